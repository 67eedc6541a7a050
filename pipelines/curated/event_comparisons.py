"""Passages that date the same happening of the same thing: agree when the years are the same,
differ (or cannot tell) when they are not."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from pipelines.curated.comparison_rows import comparison_id, row
from pipelines.curated.event_names import type_of
from pipelines.curated.parsers import curation_rules


def event_years(sources: pd.DataFrame, facts: pd.DataFrame | None = None) -> list[dict[str, Any]]:
    """Passages that date the same happening of the same thing in different years: the
    Technopolis Law abolished in 1998 in a table, the Technopolis program replaced in 1999 in
    the text. Things are the same when their names are the same without a generic head word
    (`Technopolis Law`, `Technopolis program`); happenings by the groups of rules.yaml. Two
    starts of one entity the same year are entity_starts' pair (its own choice of each
    document's passage), not a second row between the same documents."""
    rules = curation_rules()["comparisons"]
    group_of = {k: g for g, kinds in rules["event_groups"].items() for k in kinds}
    heads = set(rules["generic_heads"])
    owners = (
        start_owners(sources, facts)
        if facts is not None
        else pd.Series(None, index=sources.index, dtype=object)
    )
    keyed = sources.assign(
        _stem=sources["event"].map(lambda n: _stem(n, heads)),
        _group=sources["kind"].map(group_of),
        start_owner=owners,
    ).dropna(subset=["_group"])
    out: list[dict[str, Any]] = []
    for (stem, group), g in keyed.groupby(["_stem", "_group"], sort=True):
        if not stem:
            continue
        first_of_year: dict[int, Any] = {}
        ordered = sorted(g.itertuples(), key=lambda r: (r.source_kind != "table_row", r.doc_id,
                                                         r.char_start))  # fmt: skip
        for r in ordered:
            first_of_year.setdefault(int(r.year), r)  # one passage per year it gives
        out += [_agreement(first_of_year[int(r.year)], r) for r in _firsts_per_document(ordered)
                if r.source_id != first_of_year[int(r.year)].source_id
                and not (group == "start" and _one_owner(first_of_year[int(r.year)], r))]  # fmt: skip
        years = sorted(first_of_year)
        for y, z in zip(years, years[1:], strict=False):
            a, b = first_of_year[y], first_of_year[z]
            verdict = "inconsistent_within_document" if a.doc_id == b.doc_id else "differ"
            note = f"{a.event} {a.kind} in {a.year}; {b.event} {b.kind} in {b.year}"
            if a.kind != b.kind and group != "end":
                continue  # established 2005, launched 2016: two happenings, not two dates
            if a.kind != b.kind:  # abolished 1998, replaced 1999: one may follow the other
                verdict = "cannot_tell"
                note += f": {a.kind} and {b.kind} may be two steps, not two dates of one"
            out.append(
                {
                    **row("event_year", verdict, a, b, note, measure=f"year {group}",
                           unit="year", value=float(a.year), value_b=float(b.year),
                           period_a=a.year, period_b=b.year, geography=None),
                    "comparison_id": comparison_id("event_year", a.source_id, b.source_id),
                }
            )  # fmt: skip
    return out


def alike_names(sources: pd.DataFrame) -> list[dict[str, Any]]:
    """Two events of one document and year whose names differ only by a word's form (`National
    University Incorporation Law` enacted in 2004, universities became `National University
    Corporations` in 2004): one happening told twice, they agree. Words pair when equal or one
    holds the other (six letters or more); generic head words and joins aside."""
    heads = set(curation_rules()["comparisons"]["generic_heads"])
    out: list[dict[str, Any]] = []
    for _, g in sources.groupby(["doc_id", "year"], sort=True):
        rows = sorted(g.itertuples(), key=lambda r: (r.source_kind != "table_row", r.char_start))
        for k, a in enumerate(rows):
            for b in rows[k + 1 :]:
                if a.event_id != b.event_id and _alike(str(a.event), str(b.event), heads):
                    out.append(_agreement(a, b))
    return out


def _alike(a: str, b: str, heads: set[str]) -> bool:
    wa, wb = (
        {_singular(w) for w in event_stem(n)} - heads for n in (a, b)
    )  # fmt: skip
    shared = wa & wb
    odd_a, odd_b = sorted(wa - wb), sorted(wb - wa)
    if len(shared) < 2 or not odd_a or len(odd_a) != len(odd_b):
        return False
    return all(
        min(len(x), len(y)) >= 6 and (x in y or y in x) for x, y in zip(odd_a, odd_b, strict=True)
    )


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _one_owner(a: Any, b: Any) -> bool:
    return isinstance(a.start_owner, str) and a.start_owner == b.start_owner


def _firsts_per_document(rows: list[Any]) -> list[Any]:
    """The first passage of each (document, year)."""
    seen: dict[tuple[str, int], Any] = {}
    for r in rows:
        seen.setdefault((r.doc_id, int(r.year)), r)
    return list(seen.values())


def _agreement(first: Any, r: Any) -> dict[str, Any]:
    note = f"{first.event} ({first.doc_id}) and {r.event} ({r.doc_id}): both {r.year}"
    return {
        **row("event_year", "agree", first, r, note, measure=f"year {r.kind}", unit="year",
               value=float(first.year), value_b=float(r.year), period_a=first.year,
               period_b=r.year, geography=None),
        "comparison_id": comparison_id("event_agree", first.source_id, r.source_id),
    }  # fmt: skip


def event_agreements(sources: pd.DataFrame) -> list[dict[str, Any]]:
    """Passages that date one event (policy_events.event_id) the same: its first passage in
    each document against the first passage of the event elsewhere, one row per pair of
    passages that are not the same sentence."""
    out: list[dict[str, Any]] = []
    for _, g in sources.groupby("event_id", sort=True):
        rows = sorted(g.itertuples(), key=lambda r: (r.source_kind != "table_row", r.doc_id,
                                                     r.char_start))  # fmt: skip
        first = rows[0]
        out += [
            _agreement(first, r)
            for r in _firsts_per_document(rows[1:])
            if (r.doc_id, r.char_start) != (first.doc_id, first.char_start)
        ]
    return out


def event_stem(name: str) -> frozenset[str]:
    """The words that tell which thing an event's name names: no generic head word, join or
    parenthesis (`Technopolis program` -> technopolis)."""
    heads = set(curation_rules()["comparisons"]["generic_heads"])
    return frozenset(_stem(_PARENS.sub(" ", name), heads).split()) - JOINS


def _stem(name: str, heads: set[str]) -> str:
    words = [w for w in re.findall(r"[\w'’-]+", name.lower()) if w not in ("the", "a", "an")]
    return " ".join(w for w in words if w not in heads)


def entity_starts(sources: pd.DataFrame, facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Passages that date the start of one entity the same year under different events: the
    Technopolis Law enacted in 1983 and the Technopolis programme launched in 1983, a
    programme launched in 2001 and its first phase started in 2001. The entity is the event's,
    else that of the fact the event was read from; starts are the kinds of the `start` group
    and the start of a first phase (rules.yaml). Only agreements: different years of two
    events of one entity may be two steps, and event_years says when they are one event.
    Within a document, each passage meets the one before it of another event (its table row
    first); a document's first passage meets the first passage of each other event before it
    (not every document's: one more document is one more row per event, not per document)."""
    rules = curation_rules()["comparisons"]
    first_phase = re.compile(rules["first_phase"], re.IGNORECASE)
    owner = start_owners(sources, facts)
    starts = sources[
        owner.notna()
        & (
            sources["kind"].isin(rules["event_groups"]["start"])
            | ((sources["kind"] == "phase_started") & sources["event"].str.contains(first_phase))
        )
    ].assign(start_owner=owner)
    out: list[dict[str, Any]] = []
    for _, g in starts.groupby(["start_owner", "year"], sort=True):
        # a document's table row first, as elsewhere: a table states the start year as such
        rows = sorted(g.itertuples(), key=lambda r: (r.doc_id, r.source_kind != "table_row",
                                                     r.char_start))  # fmt: skip
        firsts: dict[str, Any] = {}  # document -> its first passage
        of_event: dict[str, Any] = {}  # event -> the first of those passages that dates it
        seen: dict[str, list[Any]] = {}  # document -> its passages so far
        for r in rows:
            if r.doc_id in firsts:  # the passage before it of another event: a restatement
                others = [f for f in seen[r.doc_id] if f.event_id != r.event_id][-1:]
            else:
                others = list(of_event.values())
                firsts[r.doc_id] = r
                of_event.setdefault(r.event_id, r)
            seen.setdefault(r.doc_id, []).append(r)
            out += [_agreement(f, r) for f in others if f.event_id != r.event_id]
    return out


def start_owners(sources: pd.DataFrame, facts: pd.DataFrame) -> pd.Series:
    """Whose start each event may date: the event's entity, else that of the fact it was read
    from when the event names a policy (a law founding a programme dates the programme's start).
    Not a body set up under it (`an energy hub ... was created`: the hub's own start) nor a
    count of its parts (`nine projects of the programme`): those start their own lives."""
    fact_entity = dict(zip(facts["fact_id"], facts["entity_id"], strict=True))
    names = sources["event"].astype(str)
    own = names.map(lambda n: type_of(n) == "organisation") | names.str.match(COUNTED)
    linked = sources["entity_id"].where(~names.str.match(COUNTED))
    return linked.where(linked.notna(), sources["fact_id"].map(fact_entity).where(~own))


COUNTED = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s"


def unnamed_years(sources: pd.DataFrame, facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Two passages giving one year to a happening no event was read from, named alike (`gas
    liberalisation scheduled for 2017`, `gas system liberalisation planned for 2017`; `the 1995
    earthquake`, `the Great Earthquake Disaster in 1995`): the words of one measure, but those
    saying when, are all in the other's, and one names it in common words (two mentions of a
    body's name, `Ministry of Education`, date no one happening). Only agreements: different
    years of two happenings named alike may be two happenings."""
    rules = curation_rules()["comparisons"]
    when = set(rules["when_words"])
    written = facts["measure"].fillna("").str.lower()
    years = facts[
        (facts["unit"] == "year")
        & facts["measure"].notna()
        & ~facts["fact_id"].isin(sources["fact_id"].dropna())
        & ~written.str.startswith(tuple(rules["years_not_compared"]))
    ]
    out: list[dict[str, Any]] = []
    for _, g in years.groupby("value", sort=True):
        rows = sorted(g.itertuples(), key=lambda r: (r.doc_id, int(r.char_start)))
        for k, a in enumerate(rows):
            for b in rows[k + 1 :]:
                wa, wb = _named_by(str(a.measure), when), _named_by(str(b.measure), when)
                if not (wa and wb and (wa <= wb or wb <= wa)) or _one_passage(a, b):
                    continue
                if not (_common(str(a.measure), when) or _common(str(b.measure), when)):
                    continue  # names only (`Ministry of Education`): a body, not a happening
                note = f"{a.measure} ({a.doc_id}) and {b.measure} ({b.doc_id}): both {a.quote}"
                out.append(row("event_year", "agree", a, b, note, measure="year", geography=None))
    return out


def _common(measure: str, when: set[str]) -> bool:
    """The measure names its happening in common words (`earthquake`, `gas liberalisation`)."""
    words = [w for w in re.findall(r"[\w'’-]+", measure) if w.lower() not in when]
    return bool(words) and all(w.islower() for w in words)


def _named_by(measure: str, when: set[str]) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[\w'’-]+", measure.lower()) if w not in when)


def _one_passage(a: Any, b: Any) -> bool:
    if a.doc_id != b.doc_id:
        return False
    if isinstance(a.block_id, str):
        return bool(a.block_id == b.block_id)
    return bool(a.table_id == b.table_id and a.sentence == b.sentence)


def named_years(sources: pd.DataFrame, facts: pd.DataFrame) -> list[dict[str, Any]]:
    """A year elsewhere in a sentence that names a dated event (its name without parentheses
    and generic head words, `Law to Strengthen Industrial Technology`, or a name of three words
    or more in another order, `Science and Technology Policy Council` for the `Council for
    Science and Technology Policy`) and gives the event's year: the two passages agree.
    Passages the event was itself read from are left to event_agreements. The sentences are
    looked up by year and name, and the passages by document, so the work grows with the pairs
    found, not with sources times facts."""
    heads = set(curation_rules()["comparisons"]["generic_heads"])
    years = facts[(facts["unit"] == "year") & facts["sentence"].notna()]
    years = years.assign(
        words=years["sentence"].map(lambda s: f" {_stem(_PARENS.sub(' ', s), heads)} "),
        names=years["sentence"].map(lambda s: _names_in(s, heads)),
    )
    of_year: dict[float, list[Any]] = {}  # year -> its sentences, as their words
    for f in years.itertuples():
        of_year.setdefault(float(f.value), []).append(f)
    # passages another event of the same entity and year was read from: entity_starts' pairs
    owner = start_owners(sources, facts)
    sources = sources.assign(start_owner=owner)
    read_from = _spans_by_document(sources, ["event_id"])
    of_entity = _spans_by_document(sources[owner.notna()], ["start_owner", "year"])
    found: dict[tuple[float, str], list[Any]] = {}  # (year, name) -> the sentences naming it
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    ordered = sorted(sources.itertuples(), key=lambda r: (r.source_kind != "table_row", r.doc_id,
                                                           r.char_start))  # fmt: skip
    for r in ordered:
        stem = _stem(_PARENS.sub(" ", str(r.event)), heads)
        if len(stem.split()) < 2:
            continue  # one word (`INS`) is named by sentences about other things too
        words = frozenset(stem.split()) - JOINS
        key = (float(r.year), stem)
        if key not in found:
            found[key] = [
                f
                for f in of_year.get(key[0], [])
                if f" {stem} " in f.words or (len(words) > 2 and words in f.names)
            ]
        own = read_from[(r.event_id,)]
        other = of_entity.get((r.start_owner, r.year), {})
        for f in found[key]:
            if (r.event_id, f.fact_id) in seen:
                continue
            passages = own.get(f.doc_id, []) + other.get(f.doc_id, [])
            if any(s <= f.char_start < e for s, e in passages):
                continue
            seen.add((r.event_id, f.fact_id))
            note = (
                f"{r.event} {r.kind} in {r.year} ({r.doc_id}); {f.quote} where {f.doc_id} names it"
            )
            out.append(row("event_year", "agree", r, f, note, measure=f"year {r.kind}", unit="year",
                           value=float(r.year), value_b=float(f.value), period_a=r.year,
                           period_b=f.period_start, geography=None))  # fmt: skip
    return out


def _spans_by_document(
    sources: pd.DataFrame, keys: list[str]
) -> dict[tuple[Any, ...], dict[str, list[tuple[int, int]]]]:
    """key -> document -> the (start, end) of the passages of the sources with that key."""
    out: dict[tuple[Any, ...], dict[str, list[tuple[int, int]]]] = {}
    columns = [sources[k] for k in keys]
    spans = zip(sources["doc_id"], sources["char_start"], sources["char_end"], strict=True)
    for *key, (doc, start, end) in zip(*columns, spans, strict=True):
        out.setdefault(tuple(key), {}).setdefault(doc, []).append((start, end))
    return out


_PARENS = re.compile(r"\([^()]*\)")
JOINS = frozenset(("and", "of", "for", "on", "to", "the", "in"))
# a name as written: capitalised words, joined by lower-case `and`, `of`, `for` ...
NAME_RUN = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:(?:and|of|for|on|to|the|in)\s+)*[A-Z][\w'’&-]*)+")


def _names_in(sentence: str, heads: set[str]) -> set[frozenset[str]]:
    """The words of each name a sentence writes, but the joins and generic head words."""
    return {
        frozenset(w for w in _stem(m.group(), heads).split() if w not in JOINS)
        for m in NAME_RUN.finditer(_PARENS.sub(" ", sentence))
    }
