"""Readings of an English sentence's numbers that the numbers beside them settle, after each
is read alone from the parse (parse_measure.py): a count naming only an adjective takes the
noun of the count before it, and years bounding a span date a period."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipelines.extracted.fact import Fact
    from pipelines.extracted.parse_tree import Reading

_AND = re.compile(r"\s*(\([^()]*\))?\s*and\s+")  # `2001 (under Koizumi) and 2021`
_ADJECTIVE = re.compile(r"\s+([A-Za-z]+(?:-[A-Za-z]+)*)")


def elliptic_counts(doc: Doc, offset: int, facts: list[Fact], readings: list[Reading]) -> None:
    """`institutes: 59 (48 national and 11 non-profit)`: a count followed only by an adjective
    counts the noun of the count before it (national institutes), which the parse, reading the
    adjective as the noun, misses."""
    last: str | None = None
    for f, r in zip(facts, readings, strict=True):
        end = f.end - offset
        word = _ADJECTIVE.match(doc.text, end)
        rest = doc.text[word.end() :].lstrip() if word else ""
        after = next((t for t in doc if t.idx >= end), None)
        if (
            word
            and last
            and f.unit == "count"
            and after is not None
            and after.pos_ == "ADJ"
            and (not rest or rest[0] in ",;)" or rest.startswith(("and ", "or ")))
        ):
            r.measure = f"{word.group(1)} {last}"
        elif r.measure and f.fact_type != "year":
            last = r.measure


def year_spans(doc: Doc, offset: int, facts: list[Fact], readings: list[Reading]) -> None:
    """`from 2008 to 2013`, `between 2001 and 2021`: years that bound a span date a period of
    what they hang on, both ends alike (the second, after `and`, hangs on nothing)."""
    for i, (f, r) in enumerate(zip(facts, readings, strict=True)):
        if f.unit != "year":
            continue
        nxt = facts[i + 1] if i + 1 < len(facts) else None
        paired = (
            nxt is not None
            and nxt.unit == "year"
            and doc.text[max(0, f.start - offset - 8) : f.start - offset].endswith("between ")
            and _AND.fullmatch(doc.text[f.end - offset : nxt.start - offset]) is not None
        )
        if f.value_high is None and not paired:
            continue
        what = r.measure or (readings[i + 1].measure if paired else None)
        if what and not what.startswith("period of"):
            r.measure = f"period of {what}"
            if paired:
                readings[i + 1].measure = r.measure
