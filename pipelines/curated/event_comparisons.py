"""Passages that date the same happening of the same thing: agree when the years are the same,
differ (or cannot tell) when they are not."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from pipelines.curated.comparison_rows import comparison_id, row
from pipelines.curated.parsers import curation_rules


def event_years(sources: pd.DataFrame) -> list[dict[str, Any]]:
    """Passages that date the same happening of the same thing in different years: the
    Technopolis Law abolished in 1998 in a table, the Technopolis program replaced in 1999 in
    the text. Things are the same when their names are the same without a generic head word
    (`Technopolis Law`, `Technopolis program`); happenings by the groups of rules.yaml."""
    rules = curation_rules()["comparisons"]
    group_of = {k: g for g, kinds in rules["event_groups"].items() for k in kinds}
    heads = set(rules["generic_heads"])
    keyed = sources.assign(
        _stem=sources["event"].map(lambda n: _stem(n, heads)),
        _group=sources["kind"].map(group_of),
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
                if r.source_id != first_of_year[int(r.year)].source_id]  # fmt: skip
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
    Each document's first passage meets the first passage of each other event before it (not
    every document's: one more document is one more row per event, not per document)."""
    rules = curation_rules()["comparisons"]
    first_phase = re.compile(rules["first_phase"], re.IGNORECASE)
    fact_entity = dict(zip(facts["fact_id"], facts["entity_id"], strict=True))
    linked = sources["entity_id"]
    owner = linked.where(linked.notna(), sources["fact_id"].map(fact_entity))
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
        for r in rows:
            if r.doc_id in firsts:
                others = [firsts[r.doc_id]]
            else:
                others = list(of_event.values())
                firsts[r.doc_id] = r
                of_event.setdefault(r.event_id, r)
            out += [_agreement(f, r) for f in others if f.event_id != r.event_id]
    return out


def named_years(sources: pd.DataFrame, facts: pd.DataFrame) -> list[dict[str, Any]]:
    """A year elsewhere in a sentence that names a dated event (its name without parentheses
    and generic head words, `Law to Strengthen Industrial Technology`) and gives the event's
    year: the two passages agree. Passages the event was itself read from are left to
    event_agreements. The sentences are looked up by year and name, and the passages by
    document, so the work grows with the pairs found, not with sources times facts."""
    heads = set(curation_rules()["comparisons"]["generic_heads"])
    years = facts[(facts["unit"] == "year") & facts["sentence"].notna()]
    years = years.assign(
        words=years["sentence"].map(lambda s: f" {_stem(_PARENS.sub(' ', s), heads)} ")
    )
    of_year: dict[float, list[Any]] = {}  # year -> its sentences, as their words
    for f in years.itertuples():
        of_year.setdefault(float(f.value), []).append(f)
    # passages another event of the same entity and year was read from: entity_starts' pairs
    fact_entity = dict(zip(facts["fact_id"], facts["entity_id"], strict=True))
    owner = sources["entity_id"].where(
        sources["entity_id"].notna(), sources["fact_id"].map(fact_entity)
    )
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
        key = (float(r.year), stem)
        if key not in found:
            found[key] = [f for f in of_year.get(key[0], []) if f" {stem} " in f.words]
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
