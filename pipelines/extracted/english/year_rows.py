"""What the numbers of a year-by-year list laid out as text measure (`Visitors` over `2015
48,210`, `2016  49,030 +1.7%`): the row's year is their period (document_context.py), the
list's title line above the rows (past a column-header line that opens with `Year`) what the
row's first number is, and a signed number after it that number's change since the previous row.
A header line whose columns are set off by tabs or runs of blanks names each column instead.
The parse reads the rows as one sentence and hangs their numbers on the next row's words.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.fact import Fact
from pipelines.extracted.rules import load_rules
from pipelines.extracted.structure.text_clean import line_bounds

_ROW = re.compile(r"[ \t]*(?:FY[ \t]?)?(?:19|20)\d\d[ \t:|]")
_HEADER = re.compile(r"[ \t]*(?:fiscal[ \t]+)?(?:[Yy]ears?|YEARS?)(?![a-z])")
_COLUMNS = re.compile(r"\t|[ ]{2,}|[ \t]*\|[ \t]*")
_TITLE = re.compile(r"[ \t]*(?P<t>[A-Z][A-Za-z'’&/-]*(?:[ ]+[A-Za-z'’&/-]+){0,5})[ \t]*:?[ \t]*")
_NUMBER = re.compile(r"[+\-−▲△]?\d[\d,.]*")
_SIGNS = "+-−▲△"
_REACH = 60  # rows up to look for the list's head


@cache
def _people() -> frozenset[str]:
    return frozenset(w.lower() for w in load_rules("facts")["people_nouns"]) | {"population"}


def year_row(masked: str, fact: Fact) -> None:
    """The measure of a number on a row a year opens; a count of a list of people (`Population`
    over its rows) counts people, as an infobox's does (infobox_rows.py)."""
    named = year_row_measure(masked, fact)
    if named is None:
        return
    fact.measure = named
    if fact.unit == "count" and not _people().isdisjoint(named.split()):
        fact.unit = "people"


def year_row_measure(masked: str, fact: Fact) -> str | None:
    """The measure of a number on a row a year opens, from the list's head; None elsewhere."""
    if fact.fact_type == "year" or fact.unit == "year":
        return None
    start, end = line_bounds(masked, fact.start)
    row = _ROW.match(masked, start)
    if row is None or fact.start < row.end() - 1:
        return None
    numbers = [m for m in _NUMBER.finditer(masked, row.end(), end)]
    k = next((i for i, m in enumerate(numbers) if m.start() <= fact.start < m.end() + 1), None)
    top = start
    for _ in range(_REACH):  # up past the rows above
        if top == 0:
            return None
        top = masked.rfind("\n", 0, top - 1) + 1
        if _ROW.match(masked, top) is None:
            break
    head_end = line_bounds(masked, top)[1]
    columns: list[str] = []
    if _HEADER.match(masked, top):
        columns = [c for c in _COLUMNS.split(masked[top:head_end].strip()) if c]
        if top == 0:
            return None
        top = masked.rfind("\n", 0, top - 1) + 1
    if k is not None and len(columns) == len(numbers) + 1:
        return columns[k + 1].strip()
    title = _TITLE.fullmatch(masked, top, line_bounds(masked, top)[1])
    if title is None:
        return None
    name = title.group("t").lower()
    signed = fact.start > 0 and masked[fact.start - 1] in _SIGNS
    if k == 0:
        return name
    return f"change in {name} since the previous row" if signed and k else None
