"""One fact: the record every fact extractor (English numbers, Japanese numbers, table cells)
makes, and the kinds of block whose prose is read for facts."""

from __future__ import annotations

from dataclasses import dataclass

PROSE_KINDS = ("paragraph", "list_item", "heading", "caption", "figure_caption", "footnote")
# units of a span of time: a duration is of no year, so no page date or heading dates it
DURATION_UNITS = frozenset({"years", "months", "days", "hours", "minutes", "duration"})


@dataclass(slots=True)
class Fact:
    value: float
    unit: str
    start: int  # span of the number with its unit, in the document
    end: int
    value_low: float | None = None
    value_high: float | None = None
    scale_word: str | None = None
    qualifier: str | None = None
    subject: str | None = None
    measure: str | None = None  # what the number measures (measures.py)
    period_start: int | None = None
    period_end: int | None = None
    geography: str | None = None
    sentence: str = ""
    fact_type: str = "quantity"  # quantity, range, year, rank, rate, count
    direction: str | None = None  # up or down, for a change (parse_route.py)
    owner: str | None = None  # whose number it is, as its sentence's parse names it
