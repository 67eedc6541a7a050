"""An infobox's sub-row: a short label at a line's start (`• Total15,410 ha`, `Density 1,600/km2`)
under a heading line that names what the rows break down (`Area`, `Population (2019)`), whose
year (or the date on a line of its own under it) is the rows' period. The
label alone (`Total`) says nothing a table column can use; with its heading it does (`total
area`, `population density`), and a count under a heading of people counts people. A label
cut short (`Pop. 36,000`) is named in full."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.fact import Fact
from pipelines.extracted.rules import load_rules, word_alternation

_HEADING = re.compile(
    r"[ \t]*(?P<h>[A-Z][A-Za-z]+(?: [A-Za-z]+)?)[ \t]*(?:\((?P<d>[^()\n]*)\))?(?:\[\w+\])*[ \t]*"
)
# the date a heading's figures are as of, on a line of its own under it (`(April 1, 2021)[2]`)
_AS_OF = re.compile(
    r"[ \t]*\((?P<d>(?:[A-Z][a-z]+\.?[ \t]+)?(?:\d{1,2},?[ \t]+)?(?:19|20)\d\d)\)(?:\[\w+\])*[ \t]*"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SUB_ROWS = ("Total", "Density", "Land", "Water", "Urban", "Metro", "Rank")
_NOTE = re.compile(r"[ \t]*\([^()\n]*\)[ \t\[\]\d]*")
_REACH = 4  # lines up to look for the heading, past sibling rows


@cache
def _row() -> re.Pattern[str]:
    """A sub-row's label: one of `_SUB_ROWS`, or after a bullet any short label (`• Special
    city`, `• Prefecture`), the bullet marking the row as the heading's part."""
    labels = word_alternation(list(_SUB_ROWS))
    return re.compile(
        rf"[ \t]*(?:(?:[•·*o-][ \t]+)?(?P<label>{labels})"
        r"|[•·][ \t]+(?P<part>[A-Z][a-z]+(?: [a-z]+)?))[ \t]?"
    )


def infobox_measure(
    masked: str, fact: Fact, text: str | None = None
) -> tuple[str, int | None] | None:
    """(`total area`, `population density`: the sub-row's label with its heading, the year its
    heading says the rows are as of: `Population (2019)`, or `(April 1, 2021)` on a line of
    its own under it, read in `text`, the document unmasked: a date's digits are masked);
    None where the number is no sub-row's value or no heading is above it."""
    source = masked if text is None else text
    line = masked.rfind("\n", 0, fact.start) + 1
    row = _row().fullmatch(masked, line, fact.start)
    if row is None:
        return None
    label = (row.group("label") or row.group("part")).lower()
    end = line - 1
    dated: str | None = None
    for _ in range(_REACH):
        if end <= 0:
            return None
        top = masked.rfind("\n", 0, end) + 1
        as_of = _AS_OF.fullmatch(source, top, end)
        if as_of is not None and dated is None:
            dated = as_of.group("d")
        elif _row().match(masked, top, end) is None and not _NOTE.fullmatch(masked, top, end):
            # neither a sibling row (`• Land 12 km2`) nor a note on a line of its own: a heading
            heading = _HEADING.fullmatch(source, top, end)
            if heading is None:
                return None
            name = heading.group("h").lower()
            year = _YEAR.search(dated or heading.group("d") or "")
            named = f"total {name}" if label == "total" else f"{name} {label}"
            if row.group("part"):
                named = f"{name} of {label}"  # `• Special city` under `Area`: area of the city
            return named, int(year.group(0)) if year else None
        end = top - 1
    return None


@cache
def _event_row() -> re.Pattern[str]:
    events = load_rules("measures")["event_verbs"]
    verbs = word_alternation([v.capitalize() for v in events if v.endswith("ed")])
    return re.compile(rf"[ \t]*(?P<verb>{verbs})[ \t]?(?:\w+[ \t]+){{0,2}}")


def _event(masked: str, fact: Fact) -> str | None:
    """`OpenedOctober 1994`, `Established 1987`: a year on a row whose label is a verb of an
    event dates that event (`opening`)."""
    line = masked.rfind("\n", 0, fact.start) + 1
    row = _event_row().fullmatch(masked, line, fact.start)
    if row is None:
        return None
    return str(load_rules("measures")["event_verbs"][row.group("verb").lower()])


# a gazetteer's or infobox's label cut short before its value (`Pop. 36,000`, `Est. 1889`)
_SHORT_LABEL = re.compile(r"\b(?P<w>[Pp]op|[Ee]st|[Ee]lev|[Aa]lt)\.[ \t]*:?[ \t]*$")
_SHORT_NAMES = {"pop": "population", "est": "establishment", "elev": "elevation", "alt": "altitude"}


def infobox_row(masked: str, fact: Fact, text: str | None = None) -> None:
    """The sub-row's measure (and the year it is as of) on the fact; a count under a heading of
    people is in `people`."""
    short = _SHORT_LABEL.search(masked, max(0, fact.start - 12), fact.start)
    if short is not None:
        fact.measure = _SHORT_NAMES[short.group("w").lower()]
        return
    if fact.fact_type == "year":
        fact.measure = _event(masked, fact) or fact.measure
        return
    found = infobox_measure(masked, fact, text)
    if found is None:
        return
    named, year = found
    fact.measure = named
    if year is not None and fact.period_start is None:
        fact.period_start = fact.period_end = year
    people = {w.lower() for w in load_rules("facts")["people_nouns"]}
    words = named.split()  # the heading's word first or last (`population metro`, `total staff`)
    if fact.unit == "count" and {words[0], words[-1]} & (people | {"population"}):
        fact.unit = "people"
