"""Years before 1800, which the number reader (number_scan.is_year: 1800-2099) reads as counts:
`794 AD`, `the Kōrokan (794 AD)`, `invasions in 1274 and 1281`. A year dates an event; read as a
count it would be a count of nothing."""

from __future__ import annotations

import re

from pipelines.extracted.fact import Fact

# an era's mark after the number (`794 AD`, `794 A.D.`, `1600 CE`) or before it (`AD 794`)
_ERA_AFTER = re.compile(r"[ \t]?(?:AD|A\.D\.|CE)(?![A-Za-z])")
_ERA_BEFORE = re.compile(r"(?<![A-Za-z])(?:AD|A\.D\.)[ \t]?$")
# a four-digit number after a preposition of time, closing its phrase: `in 1274`, `since 1603,`
_TIME_WORD_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:in|since|until|till|from|by|before|after|around|circa|c\.)[ \t]+$", re.I
)
_CLOSES_PHRASE = re.compile(r"[ \t]*(?:[,.;:)(]|and\b|or\b|to\b|[-–]|$)", re.M)
# the other year of `in 1274 and 1281`, `from 1590 to 1603`
_PAIRED_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:in|since|from|between)[ \t]+1[0-7]\d\d[ \t]*(?:and|or|to|[-–])[ \t]*$", re.I
)


def read_old_years(facts: list[Fact], masked: str) -> None:
    """Make the counts that are years before 1800 years (`794 AD`, `in 1274 and 1281`)."""
    for f in facts:
        if f.unit != "count" or f.fact_type not in ("count", "quantity") or f.value_high:
            continue
        raw = masked[f.start : f.end]
        if not raw.isdigit() or not 1 <= f.value < 1800:
            continue
        lead = masked[max(0, f.start - 24) : f.start]
        if era := _ERA_AFTER.match(masked, f.end):
            f.end = era.end()
        elif _ERA_BEFORE.search(lead):
            pass
        elif not (
            len(raw) == 4
            and raw[0] == "1"
            and (_TIME_WORD_BEFORE.search(lead) or _PAIRED_BEFORE.search(lead))
            and _CLOSES_PHRASE.match(masked, f.end)
        ):
            continue
        f.unit, f.fact_type = "year", "year"
        f.period_start = f.period_end = int(f.value)
        f.subject = f.measure = None
