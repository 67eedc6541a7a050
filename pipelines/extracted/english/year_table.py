"""A year-by-year table copied as text: a header row (`Year Pop. ±%`, or glued as a page's copy
leaves it, `YearPop.±%`) over rows that each open with a year (`1995 48,210+3.1%`). The year
dates the row (document_context.date_rows); the header's column after `Year` says what the
row's first number is (`population`), which no sentence around it says, and a count of people
is in `people`; a percent column after it (`±%`) is that number's change."""

from __future__ import annotations

import re

from pipelines.extracted.fact import Fact
from pipelines.extracted.rules import load_rules

# a row: a year opening the line, then its first number (over a blank or a tab)
_ROW = re.compile(r"[ \t]*(?:19|20)\d\d[ \t]+")
_ROW_START = re.compile(r"[ \t]*(?:19|20)\d\d[ \t]")
# the header: `Year`, then the next column's name (a word, or a word cut short with its dot),
# glued or one blank apart as a page's copy leaves it (columns set apart: year_rows.py)
_HEADER = re.compile(r"[ \t]*Years?[ \t]?(?P<col>[A-Z][A-Za-z]+\.?(?:[ \t][a-z]+)?)")
_SHORT = {"pop.": "population", "est.": "estimate", "no.": "number"}
_REACH = 60  # rows up to look for the header


def year_table_measure(masked: str, fact: Fact) -> None:
    """The header's column name as the measure of a row's first number (`population`), its
    change for a percent later in the row; the rows above are skipped on the way up to the
    header. Nothing changes off such a table."""
    if fact.fact_type == "year" or fact.unit not in ("count", "people", "percent"):
        return
    line = masked.rfind("\n", 0, fact.start) + 1
    first = _ROW.fullmatch(masked, line, fact.start) is not None
    if not first and not (fact.unit == "percent" and _ROW_START.match(masked, line)):
        return
    end = line - 1
    for _ in range(_REACH):
        if end <= 0:
            return
        top = masked.rfind("\n", 0, end) + 1
        if _ROW_START.match(masked, top, end) is None:
            header = _HEADER.match(masked, top, end)
            if header is None:
                return
            col = header.group("col").lower()
            name = _SHORT.get(col, col.rstrip("."))
            if not first:  # the `±%` column: the change since the row before
                if "%" in masked[header.end() : end]:
                    fact.measure = f"change in {name}"
                return
            fact.measure = name
            people = {w.lower() for w in load_rules("facts")["people_nouns"]}
            if fact.measure.split()[-1] in people:
                fact.unit = "people"
            return
        end = top - 1
