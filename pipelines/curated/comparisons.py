"""fact_comparisons: where the corpus's numbers agree, disagree or changed over time. Precision
first: a pair is made only of facts of the same measure and the same entity (or place), and
every row carries both sides' passages. The checks of one passage against a second number it
gives are in passage_checks, a count that refers back in count_references, the years passages
give one event in event_comparisons."""

from __future__ import annotations

import itertools
import re
from operator import attrgetter
from typing import Any

import pandas as pd

from pipelines.curated.comparison_rows import COLUMNS, measure_key, row, same, unbracketed
from pipelines.curated.count_references import referred_counts, referred_periods
from pipelines.curated.decade_starts import decade_starts, since_starts
from pipelines.curated.designations import designation_years
from pipelines.curated.event_comparisons import (
    alike_names,
    entity_starts,
    event_agreements,
    event_years,
    named_years,
    unnamed_years,
)
from pipelines.curated.named_spans import named_spans
from pipelines.curated.parsers import curation_rules
from pipelines.curated.passage_checks import (
    announced_counts,
    conversions,
    listed_parts,
    range_bounds,
    shares_of_totals,
    totals_of_parts,
)
from pipelines.curated.top_ranks import top_ranks
from pipelines.curated.twice_dated import twice_dated


def same_measure_pairs(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Facts of the same measure, unit and entity (or, without one, place) in different
    passages: agree, changed (both dated, different periods) or differ (a real disagreement:
    the same period, or a side without one); within one document `inconsistent_within_document`.
    Numbers of one sentence are one statement and are compared only when the sentence tells a
    change over time (`from 24.2% in 2009 to 31.3% in 2013`)."""
    rules = curation_rules()["comparisons"]
    usable = facts[
        facts["measure"].notna()
        & ~facts["unit"].isin(rules["units_not_compared"])
        & (facts["entity_id"].notna() | facts["geography"].notna())
        & facts["value_low"].isna()
        & ~((facts["unit"] == "count") & (facts["value"] < rules["smallest_count"]))
    ].copy()
    # with an entity, facts of one head noun count the same thing of it; without one, only
    # facts of the same measure as written, and never of a measure too general to say so
    named = usable["entity_id"].notna()
    written = usable["measure"].map(unbracketed).str.lower()
    usable["cmp_key"] = usable["measure"].map(measure_key).where(named, written)
    usable = usable[named | ~written.isin(rules["measures_not_compared"])]
    usable["cmp_owner"] = usable["entity_id"].fillna("@" + usable["geography"].fillna(""))
    usable["cmp_passage"] = usable["block_id"].fillna(
        usable["table_id"] + "\x1f" + usable["sentence"]
    )
    group = ["cmp_key", "cmp_owner", "unit"]
    usable["cmp_parts"] = (
        usable.groupby([*group, "cmp_passage", "sentence"])["value"].transform("nunique").gt(1)
    )
    # an entity-less fact also meets the facts of its measure as written and its place that
    # the linker gave an entity (`50 jobs` said twice, once near a named organisation)
    plain = usable["measure"].map(unbracketed).str.lower()
    loose = usable[~plain.isin(rules["measures_not_compared"]) & usable["geography"].notna()]
    loose = loose.assign(cmp_key=plain[loose.index], cmp_owner="@" + loose["geography"])
    out: list[dict[str, Any]] = _part_sums(usable, group)
    for frame, mixed in ((usable, False), (loose, True)):
        for choices in _grouped_pairs(frame, group, rules["largest_group"]):
            for a, b in choices:  # the first pair of the choices that is one
                if mixed and pd.isna(a.entity_id) == pd.isna(b.entity_id):
                    continue
                verdict = _verdict(a, b)
                if verdict is not None:
                    note = f"{_stated(a)} against {_stated(b)}: {verdict[1]}"
                    out.append(row("same_measure", verdict[0], a, b, note))
                    break
    return out


def _part_sums(usable: pd.DataFrame, group: list[str]) -> list[dict[str, Any]]:
    """`End 15 regions, Active 3 regions` against `18 designated cluster areas`: the parts of one
    statement (one passage and sentence, one period or none) summed equal a count of the same
    measure and owner elsewhere. Only agreements: a sum that differs need not be a whole."""
    out: list[dict[str, Any]] = []
    largest = curation_rules()["comparisons"]["largest_group"]
    for _, g in usable.groupby(group):
        if len(g) > largest:
            continue  # too generic a measure to pair, as for single facts
        singles = g[~g["cmp_parts"]]
        statements = g[g["cmp_parts"]].groupby(["cmp_passage", "sentence"])
        for parts in (run for _, st in statements for run in _statements(st)):
            if len({p.period_start for p in parts}) > 1 or len(parts) < 2:
                continue
            total = float(sum(p.value for p in parts))
            last = parts[-1]
            said = " + ".join(str(p.quote) for p in parts)
            for r in singles.itertuples():
                if r.cmp_passage != last.cmp_passage and same(float(r.value), total):
                    note = f"{_stated(r)} against the parts {said} ({last.doc_id}): their sum"
                    out.append(row("same_measure", "agree", r, last, note, value_b=total))
    return out


def _statements(parts: pd.DataFrame) -> list[list[Any]]:
    """One sentence's parts cut where a numbered item or a stage begins between two of them
    (`1) 1st stage: End 15 regions, Active 3 regions 2nd stage: Active 9 regions`)."""
    words = "|".join(curation_rules()["comparisons"]["phase_words"])
    cut = re.compile(rf"\b\d\)|\b\d(?:st|nd|rd|th)\b|\b(?:{words})\b", re.IGNORECASE)
    runs: list[list[Any]] = []
    previous = None
    for r in sorted(parts.itertuples(), key=lambda r: int(r.char_start)):
        text = str(r.sentence)
        between = (
            ""
            if previous is None
            else text[text.find(str(previous.quote)) : text.find(str(r.quote))]
        )
        if (
            previous is None
            or cut.search(between)
            or pd.isna(r.period_start) != pd.isna(previous.period_start)
        ):
            runs.append([])
        runs[-1].append(r)
        previous = r
    return runs


def _grouped_pairs(
    frame: pd.DataFrame, group: list[str], largest: int
) -> list[list[tuple[Any, Any]]]:
    """The candidate pairs of each group of facts no larger than `largest`."""
    frame = frame[frame.groupby(group)["cmp_key"].transform("size") <= largest]
    frame = frame.assign(cmp_period=frame["period_start"].fillna(-1)).sort_values(
        [*group, "cmp_period", "doc_id", "char_start"], kind="stable"
    )
    pairs: list[list[tuple[Any, Any]]] = []
    # sorted by the group first, so each group's rows are consecutive (and none has a missing
    # key: the size filter dropped those); one pass over the rows, not a frame per group
    for _, rows in itertools.groupby(frame.itertuples(), key=attrgetter(*group)):
        pairs += _candidate_pairs(list(rows))
    return pairs


def _candidate_pairs(rows: list[Any]) -> list[list[tuple[Any, Any]]]:
    """Each fact beside the next of its group in the order of periods, documents and places
    (what any pair could show, a disagreement or a change over time, shows between neighbours,
    and the rows grow with the facts, not with their square); and facts of one value each
    document's first against every other document's first, and each against the statement
    before it in its document that it repeats: a list of choices, the nearest first (for `the
    eight projects`, the parts singled out before first: what a definite count picks up)."""
    pairs = [[(a, b)] for a, b in zip(rows, rows[1:], strict=False) if a.value != b.value]
    by_value: dict[float, list[Any]] = {}
    for r in sorted(rows, key=lambda r: (r.doc_id, pd.isna(r.period_start), r.char_start)):
        by_value.setdefault(round(float(r.value), 6), []).append(r)
    for same_value in by_value.values():
        firsts: dict[str, Any] = {}
        for k, r in enumerate(same_value):
            if r.doc_id not in firsts:
                pairs += [[(f, r)] for f in firsts.values()]
                firsts[r.doc_id] = r
                continue
            earlier = sorted(
                (e for e in same_value[:k] if e.doc_id == r.doc_id),
                key=lambda e: (not (_refers_back(r) and _is_part(e)), -int(e.char_start)),
            )
            pairs.append([(e, r) for e in earlier])
    seen: set[frozenset[str]] = set()
    out = []
    for choices in pairs:
        kept = [
            (a, b) for a, b in choices
            if a.fact_id != b.fact_id and frozenset((a.fact_id, b.fact_id)) not in seen
        ]  # fmt: skip
        seen.update(frozenset((a.fact_id, b.fact_id)) for a, b in kept)
        if kept:
            out.append(kept)
    return out


def _verdict(a: Any, b: Any) -> tuple[str, str] | None:
    """The verdict on two facts of one measure and owner, or None when they are no pair."""
    dated = pd.notna(a.period_start) and pd.notna(b.period_start)
    same_doc = a.doc_id == b.doc_id
    if a.cmp_passage == b.cmp_passage and a.sentence == b.sentence:
        if dated and a.period_start != b.period_start or _tells_change(a, b):
            return "changed", "one sentence tells a change over time"
        if _phase_series(a, b):
            return "changed", "one sentence gives the numbers of successive phases"
        return None  # one statement's numbers are of parts or of one thing
    if a.cmp_passage == b.cmp_passage:
        return None  # one passage's numbers: different things of one kind
    if isinstance(a.table_id, str) and a.table_id == b.table_id and not _repeated(a, b):
        return None  # one table's rows: different things of one kind, unless said twice
    if _is_part(a) != _is_part(b) and not (_refers_back(a) or _refers_back(b)):
        return None  # a part of a whole the sentence names against a new count of no part
    if same(float(a.value), float(b.value)):
        return "agree", "the same value"
    if dated and a.period_start != b.period_start:
        return "changed", "both dated, different periods: a change over time"
    if same_doc and not dated:
        return None  # one document's undated counts of a thing are most often of parts
    if any(f.cmp_parts and pd.isna(f.period_start) for f in (a, b)):
        return None  # `End 15 regions, Active 3 regions`: an undated part of one statement
    verdict, why = hedged_verdict(a, b)
    if verdict == "differ" and same_doc:
        verdict = "inconsistent_within_document"
    return verdict, why


def _repeated(a: Any, b: Any) -> bool:
    """One statement said twice (`X is one of the leading networks with over 500 firms` in two
    rows of a table): the same value with the same words around it."""
    return same(float(a.value), float(b.value)) and _around(a) == _around(b) != ([], [])


def _around(f: Any) -> tuple[list[str], list[str]]:
    """The words just before and after a fact's number in its sentence."""
    text, quote = str(f.sentence), str(f.quote)
    at = text.find(quote)
    if at < 0:
        return [], []
    before = re.findall(r"\w+", text[:at].lower())[-_AROUND:]
    return before, re.findall(r"\w+", text[at + len(quote) :].lower())[:_AROUND]


_AROUND = 6  # words each side: enough to tell a repeated statement from a row of its own


def _is_part(f: Any) -> bool:
    """`From these 16 projects, nine were started in 2015`: the number counts a part of a whole
    its sentence names, so the same number elsewhere most often counts another thing."""
    text = str(f.sentence)
    at = text.find(str(f.quote))
    if at < 0:
        return False
    part = curation_rules()["comparisons"]["part_of_whole"]
    return re.search(part, text[max(0, at - 80) : at], re.IGNORECASE) is not None


def _refers_back(f: Any) -> bool:
    """`Among the eight EU-Japan projects`: a definite count names a set already counted (a
    part counted before may be it)."""
    text = str(f.sentence)
    at = text.find(str(f.quote))
    return at > 0 and re.search(r"\b(?:the|these|those)\s+$", text[:at], re.IGNORECASE) is not None


def _tells_change(a: Any, b: Any) -> bool:
    """`from 360 yen … to 80 yen`, `about 7% … fell to around 4%`: the sentence moves from the
    earlier number to the later one."""
    words = curation_rules()["comparisons"]["change_words"]
    first, second = sorted((a, b), key=lambda f: int(f.char_start))
    text = str(a.sentence)
    at, to = text.find(str(first.quote)), text.find(str(second.quote))
    if at < 0 or to <= at:
        return False
    between = text[at + len(str(first.quote)) : to].lower()
    before = text[max(0, at - 40) : at].lower()
    moved = re.search(r"\bto\s+(?:\w+\s+){0,2}$", between) is not None
    changing = any(re.search(rf"\b{w}", before + between) for w in words)
    return moved and (changing or re.search(r"\bfrom\b", before + between) is not None)


def _phase_series(a: Any, b: Any) -> bool:
    """`Phase 1: 19 projects Phase 2: 18 projects`: each number right after a phase of its own."""
    words = "|".join(curation_rules()["comparisons"]["phase_words"])
    label = re.compile(rf"\b(?:{words})\s+(\w+)\s*:?\s*$", re.IGNORECASE)
    text = str(a.sentence)
    phases = []
    for f in (a, b):
        at = text.find(str(f.quote))
        m = label.search(text[max(0, at - 20) : at]) if at >= 0 else None
        if m is None:
            return False
        phases.append(m.group(1).lower())
    return phases[0] != phases[1]


def same_periods(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Two passages giving one entity the same span of years (`in the period from 1996 to 2000`
    and `(1996–2000)`): they agree. Spans of one entity that differ are most often of different
    things (terms, plans), so only agreements are said."""
    spans = facts[
        (facts["unit"] == "year")
        & facts["entity_id"].notna()
        & facts["period_end"].notna()
        & (facts["period_end"] != facts["period_start"])
    ]
    out: list[dict[str, Any]] = []
    for _, g in spans.groupby(["entity_id", "period_start", "period_end"], sort=True):
        rows = sorted(g.itertuples(), key=lambda r: (r.doc_id, r.char_start))
        for a, b in zip(rows, rows[1:], strict=False):
            if (a.block_id, a.table_id) == (b.block_id, b.table_id):
                continue
            note = f"{a.quote} ({a.doc_id}) and {b.quote} ({b.doc_id}): the same period"
            out.append(row("same_measure", "agree", a, b, note, period_b=b.period_start))
    return out


def _stated(f: Any) -> str:
    """`about 5,000 (undated, edgington-...)`: a side's value as the passage hedges and dates it."""
    hedge = f"{f.qualifier} " if isinstance(f.qualifier, str) else ""
    when = f"{int(f.period_start)}" if pd.notna(f.period_start) else "undated"
    return f"{hedge}{f.quote} ({when}, {f.doc_id})"


def hedged_verdict(a: Any, b: Any) -> tuple[str, str]:
    """Two different values: a lower bound the other meets agrees (`over 200`, 290); a side
    hedged (`about`) or undated against a dated one cannot tell a disagreement from growth;
    else they differ."""
    lower = set(curation_rules()["comparisons"]["lower_bounds"])
    for x, y in ((a, b), (b, a)):
        if x.qualifier in lower and float(y.value) >= float(x.value):
            return "agree", f"{y.quote} meets the bound {x.qualifier} {x.quote}"
    hedged = [f for f in (a, b) if isinstance(f.qualifier, str) or pd.isna(f.period_start)]
    if (hedged and len(hedged) < 2) or any(isinstance(f.qualifier, str) for f in (a, b)):
        return "cannot_tell", "one side hedged or undated against a dated one: both readings hold"
    return "differ", "the same period (or none) and different values beyond the hedges"


def build_fact_comparisons(
    facts: pd.DataFrame, sources: pd.DataFrame, texts: dict[str, str]
) -> pd.DataFrame:
    """Every comparison of these facts and event sources; `texts` needs hold only the
    documents of facts that announce a count (see curated/assets.py)."""
    rows = (
        same_measure_pairs(facts)
        + same_periods(facts)
        + conversions(facts)
        + announced_counts(facts, texts)
        + totals_of_parts(facts)
        + listed_parts(facts)
        + shares_of_totals(facts)
        + range_bounds(facts)
        + referred_counts(facts)
        + referred_periods(facts)
        + top_ranks(facts)
        + event_years(sources, facts)
        + event_agreements(sources)
        + entity_starts(sources, facts)
        + named_years(sources, facts)
        + alike_names(sources)
        + unnamed_years(sources, facts)
        + decade_starts(sources, facts)
        + since_starts(sources, facts)
        + designation_years(sources, facts)
        + twice_dated(facts)
        + named_spans(sources, facts)
    )
    out = pd.DataFrame(rows, columns=COLUMNS).drop_duplicates("comparison_id")
    return out.sort_values(["check_type", "doc_id", "char_start", "comparison_id"]).reset_index(
        drop=True
    )
