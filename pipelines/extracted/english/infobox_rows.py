"""An infobox's sub-row: a short label at a line's start (`• Total15,410 ha`, `Density 1,600/km2`)
under a heading line that names what the rows break down (`Area`, `Population (2019)`). The
label alone (`Total`) says nothing a table column can use; with its heading it does (`total
area`, `population density`), and a count under a heading of people counts people. A label
cut short (`Pop. 36,000`) is named in full."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.fact import Fact
from pipelines.extracted.rules import load_rules, word_alternation

_HEADING = re.compile(r"[ \t]*(?P<h>[A-Z][A-Za-z]+(?: [A-Za-z]+)?)[ \t]*(?:\([^()\n]*\))?[ \t]*")
_SUB_ROWS = ("Total", "Density", "Land", "Water", "Urban", "Metro", "Rank")
_NOTE = re.compile(r"[ \t]*\([^()\n]*\)[ \t\[\]\d]*")
_REACH = 4  # lines up to look for the heading, past sibling rows


@cache
def _row() -> re.Pattern[str]:
    labels = word_alternation(list(_SUB_ROWS))
    return re.compile(rf"[ \t]*(?:[•·*o-][ \t]+)?(?P<label>{labels})[ \t]?")


def infobox_measure(masked: str, fact: Fact) -> str | None:
    """`total area`, `population density`: the sub-row's label with its heading; None where
    the number is no sub-row's value or no heading stands above it."""
    line = masked.rfind("\n", 0, fact.start) + 1
    row = _row().fullmatch(masked, line, fact.start)
    if row is None:
        return None
    label = row.group("label").lower()
    end = line - 1
    for _ in range(_REACH):
        if end <= 0:
            return None
        top = masked.rfind("\n", 0, end) + 1
        # a sibling row (`• Land 12 km2`) or the heading's date and note on a line of their
        # own (` (April 1, 2020)[3]`): go on up
        if _row().match(masked, top, end) is None and not _NOTE.fullmatch(masked, top, end):
            heading = _HEADING.fullmatch(masked, top, end)
            if heading is None:
                return None
            name = heading.group("h").lower()
            return f"total {name}" if label == "total" else f"{name} {label}"
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


def infobox_row(masked: str, fact: Fact) -> None:
    """The sub-row's measure on the fact; a count under a heading of people is in `people`."""
    short = _SHORT_LABEL.search(masked, max(0, fact.start - 12), fact.start)
    if short is not None:
        fact.measure = _SHORT_NAMES[short.group("w").lower()]
        return
    if fact.fact_type == "year":
        fact.measure = _event(masked, fact) or fact.measure
        return
    named = infobox_measure(masked, fact)
    if named is None:
        return
    fact.measure = named
    people = {w.lower() for w in load_rules("facts")["people_nouns"]}
    if fact.unit == "count" and named.split()[-1] in people | {"population"}:
        fact.unit = "people"
