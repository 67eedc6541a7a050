"""A table row's events: the span of years its label gives ends the event, never before it."""

from __future__ import annotations

from pipelines.curated.event_passages import Passage
from pipelines.curated.event_rows import read_row


def _row(year: str, label: str) -> Passage:
    cells = (("Year", year, 0, len(year)), ("Framework", label, 10, 10 + len(label)))
    return Passage("doc", 0, 10 + len(label), f"{year} {label}", "", "table_row", cells)


def test_a_label_span_of_two_digits_ends_in_the_century_of_its_own_start() -> None:
    (r,) = read_row(_row("2001", "The Fourth Harbour Development Plan (2001–05)"))
    assert (r.year, r.end_year) == (2001, 2005)


def test_a_label_span_that_would_end_before_its_start_gives_no_end() -> None:
    # `(1999–12)` read from the century of 1999 would end in 1912: no span of years
    (r,) = read_row(_row("1999", "The Fourth Harbour Development Plan (1999–12)"))
    assert (r.year, r.end_year) == (1999, None)
