"""A count that refers back (`these 6`, `From these 16 projects`) against the count it refers
to: the nearest count shortly before it (rules.yaml's reference_window) of the same value, else
of the same thing (the measure's head noun); a definite period (`the entire five year period`)
against the span of years it refers to. One thing counted twice by one document."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from pipelines.curated.comparison_rows import measure_key, row, same
from pipelines.curated.parsers import curation_rules

_REFERS = re.compile(r"\b(?:these|those)\s+$", re.IGNORECASE)


def referred_counts(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Agree when the count referred to has the same value; inconsistent_within_document when
    the nearest count of the same thing before it has another (`identified 15 projects in 2016.
    From these 16 projects, ...`)."""
    rules = curation_rules()["comparisons"]
    counts = facts[
        (facts["unit"] == "count")
        & facts["value_low"].isna()
        & (facts["value"] >= rules["smallest_count"])
    ]
    out: list[dict[str, Any]] = []
    for _, g in counts.groupby("doc_id", sort=True):
        rows = sorted(g.itertuples(), key=lambda r: int(r.char_start))
        for k, f in enumerate(rows):
            if not _refers_back(f):
                continue
            before = [
                r for r in reversed(rows[:k])
                if int(f.char_start) - int(r.char_end) <= rules["reference_window"]
            ]  # fmt: skip
            found = _referent(f, before)
            if found is None:
                continue
            referent, verdict = found
            note = f"{f.quote} refers back to {referent.quote} ({f.doc_id}): " + (
                "the same count" if verdict == "agree" else "one set counted two ways"
            )
            out.append(row("same_measure", verdict, referent, f, note))
    return out


def _referent(f: Any, before: list[Any]) -> tuple[Any, str] | None:
    """The count referred to and the verdict: the nearest of the same value, else the nearest of
    the same thing with another value (a referring count with a noun of its own only)."""
    for r in before:
        if same(float(r.value), float(f.value)):
            return r, "agree"
    key = measure_key(str(f.measure)) if isinstance(f.measure, str) else ""
    if not key or not _has_noun(f):
        return None
    kin = [r for r in before if isinstance(r.measure, str) and measure_key(r.measure) == key]
    sums = {sum(float(r.value) for r in kin[: k + 1]) for k in range(1, len(kin))}
    if not kin or any(same(t, float(f.value)) for t in sums):
        return None  # nothing counted of it, or `9 in Asia and 7 in Europe. These 16 ...`: a sum
    return kin[0], "inconsistent_within_document"


def _refers_back(f: Any) -> bool:
    text = str(f.sentence)
    at = text.find(str(f.quote))
    return at > 0 and _REFERS.search(text[:at]) is not None


def _has_noun(f: Any) -> bool:
    """`these 16 projects`: the count names what it counts right after the number."""
    text = str(f.sentence)
    at = text.find(str(f.quote))
    words = re.findall(r"[\w'’-]+", text[at + len(str(f.quote)) :].lower())[:3] if at >= 0 else []
    return bool(words) and measure_key(str(f.measure)) in {measure_key(w) for w in words}


_PERIOD = re.compile(r"\bthe\s+(?:entire\s+|whole\s+|same\s+)?$", re.IGNORECASE)


def referred_periods(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """`in the period from 1996 to 2000 ... during the entire five year period`: a definite
    period of N years refers back to the nearest span of years the text (not a table set in it)
    gave before; they agree when the span runs N years, counted either way (1996 to 2000 is a
    five-year plan, 2009 to 2013 a four-year change). Only agreements: a span of another length
    may not be the one referred to."""
    window = curation_rules()["comparisons"]["period_window"]
    spans = facts[
        (facts["unit"] == "year")
        & facts["block_id"].notna()
        & facts["period_end"].notna()
        & (facts["period_end"] != facts["period_start"])
    ]
    lengths = facts[(facts["unit"] == "years") & facts["value_low"].isna()]
    out: list[dict[str, Any]] = []
    for f in lengths.itertuples():
        text = str(f.sentence)
        at = text.find(str(f.quote))
        after = text[at + len(str(f.quote)) :] if at >= 0 else ""
        if at < 0 or not _PERIOD.search(text[:at]) or not re.match(r"[\s-]*period\b", after):
            continue
        before = spans[
            (spans["doc_id"] == f.doc_id)
            & (spans["char_end"] <= f.char_start)
            & (spans["char_end"] > int(f.char_start) - window)
        ]
        if before.empty:
            continue
        span = list(before.sort_values("char_end").itertuples())[-1]
        runs = int(span.period_end) - int(span.period_start)
        if float(f.value) in (runs, runs + 1):
            note = f"{f.quote} refers back to {span.quote} ({f.doc_id}): {runs + 1} years"
            out.append(row("same_measure", "agree", span, f, note))
    return out
