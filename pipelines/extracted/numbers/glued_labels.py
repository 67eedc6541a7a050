"""An infobox copied as text glues each row's label to its value (`• Total15,410 ha`,
`Density1,600/km2`), and text scraped from a PDF loses the blank between a month or the fiscal
year's mark and its year (`December1995`, `until FY2014`): the number reader (number_scan.py)
passes over such digits as part of a word. At a line's start, after a label of
rules/facts.yaml's `infobox_labels`, and after a month or `FY`, a year, the number is read as
if a blank stood before its digits."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.numbers.number_scan import MONTHS, NumberToken, number_tokens
from pipelines.extracted.rules import load_rules, word_alternation


@cache
def _glued_label() -> re.Pattern[str]:
    labels = word_alternation(load_rules("facts")["infobox_labels"])
    return re.compile(rf"[ \t]*(?:[•·*o-][ \t]+)?(?:{labels})")


# a month or `FY` glued to the year after it (`December1995`, `FY2014`), itself a word of its own
_GLUED_DATE = re.compile(rf"(?<![A-Za-z])(?:{MONTHS}|FY)\Z")
_YEAR = re.compile(r"(?:1[89]|20)\d\d(?!\d)")
_DATE_REACH = 9  # the longest month's letters
# a bulleted infobox row of any label (`• Urban area1,200 km2`): read only where the number,
# with its unit, is all the row holds (a note in brackets may follow), never an address's digits
_BULLETED_ROW = re.compile(r"[ \t]*[•·][ \t]+[A-Z][A-Za-z ]{0,30}[a-z]")
_ROW_END = re.compile(r"[ \t]*(?:\(|$)", re.MULTILINE)


def glued_label_tokens(
    masked: str, start: int, end: int, runs: list[tuple[int, int]]
) -> list[NumberToken]:
    """The numbers an infobox row's label is glued to at a line's start (`• Total15,410 ha`,
    `Density1,600/km2`, `• Urban area1,200 km2`) and the years glued to a month or `FY`, which
    `number_tokens` passes over as part of a word: read as if a blank stood before the digits."""
    out: list[NumberToken] = []
    for run_start, _ in runs:
        if run_start == start or not masked[run_start - 1].isalpha():
            continue
        line = masked.rfind("\n", 0, run_start) + 1
        labelled = _glued_label().fullmatch(masked, line, run_start) is not None
        row = not labelled and _BULLETED_ROW.fullmatch(masked, line, run_start) is not None
        if (
            not row
            and not labelled
            and not (
                _YEAR.match(masked, run_start)
                and _GLUED_DATE.search(masked, max(line, run_start - _DATE_REACH), run_start)
            )
        ):
            continue
        patched = f"{masked[: run_start - 1]} {masked[run_start:end]}"
        out += [t for t in number_tokens(patched, run_start, end, [(run_start, 0)])[:1]
                if t.start == run_start
                and (not row or _ROW_END.match(masked, t.end))]  # fmt: skip
    return out
