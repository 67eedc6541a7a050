"""A span of years a sentence gives a plan or programme it names, short or in full (`The Third
Plan covers the period from 2006 to 2010`), against the passage that dates the named event
with the same span (a table's `The Third Science and Technology Basic Plan (2006–10)`): they
agree. Only agreements: a sentence's span of another length may be of a part of the plan."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from pipelines.curated.comparison_rows import row
from pipelines.curated.event_comparisons import JOINS, NAME_RUN
from pipelines.curated.parsers import curation_rules


def named_spans(sources: pd.DataFrame, facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Each span of years given in a sentence that names an event dated with that span, the
    event's first passage against the span as the sentence writes it; the sentence the event
    was read from is its own."""
    heads = set(curation_rules()["comparisons"]["generic_heads"])
    spans = sources[sources["end_year"].notna() & (sources["end_year"] != sources["year"])]
    dated = facts[
        facts["sentence"].notna()
        & ~((facts["unit"] == "year") & facts["entity_id"].notna())  # same_periods' own spans
        & facts["period_end"].notna()
        & (facts["period_end"] != facts["period_start"])
    ].drop_duplicates(["doc_id", "sentence", "period_start", "period_end"])
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str, int]] = set()
    for f in dated.itertuples():
        sentence = str(f.sentence)
        written = _span_in(sentence, int(f.period_start), int(f.period_end))
        offset = int(f.char_start) - sentence.find(str(f.quote))
        if written is None or sentence.find(str(f.quote)) < 0:
            continue
        named = [_words(m.group()) for m in NAME_RUN.finditer(sentence)]
        same = spans[(spans["year"] == f.period_start) & (spans["end_year"] == f.period_end)]
        for e in sorted(same.itertuples(), key=lambda r: (r.source_kind != "table_row", r.doc_id,
                                                          r.char_start)):  # fmt: skip
            words = _words(str(e.event))
            start = offset + written[0]
            own = e.doc_id == f.doc_id and e.char_start <= start < e.char_end
            if own or not any(len(n) > 1 and n - heads and n <= words for n in named):
                continue
            if (e.event_id, f.doc_id, start) in seen:
                continue
            seen.add((e.event_id, f.doc_id, start))
            side = _Passage(f.doc_id, start, offset + written[1], sentence[written[0] : written[1]])
            note = f"{e.event} ({e.year}–{e.end_year}, {e.doc_id}) and {side.quote} where "
            note += f"{f.doc_id} names it: the same period"
            out.append(row("same_measure", "agree", e, side, note, measure="period", unit="year",
                           value=float(e.year), value_b=float(e.year), period_a=e.year,
                           period_b=int(f.period_start), geography=None))  # fmt: skip
    return out


def _words(name: str) -> frozenset[str]:
    words = re.findall(r"[\w'’&-]+", re.sub(r"\([^()]*\)", " ", name).lower())
    return frozenset(w for w in words if w not in JOINS and w not in ("a", "an"))


def _span_in(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the sentence writes the span (`from 2006 to 2010`, `2006–10`)."""
    joined = r"\s*(?:to|-|–|—|until|through)\s*"
    m = re.search(rf"\b{start}\b{joined}(?:{end}|{end % 100:02d})\b", sentence)
    return (m.start(), m.end()) if m else None


class _Passage:
    """Side b: the span as the sentence writes it."""

    def __init__(self, doc_id: str, start: int, end: int, text: str) -> None:
        self.doc_id, self.char_start, self.char_end, self.quote = doc_id, start, end, text
        self.fact_id = f"{doc_id}:{start}"  # the row's id, as a fact's
