"""Years said earlier in the paragraph that date the numbers of a later sentence giving none:

- a chronology's entry (`1996 The First Basic Plan was enacted ● Investment of ¥17 trillion
  planned over 5 years ● ...`): the items marked by bullets after a year that opens an event
  clause are that year's, up to the next such year; where one of them says the plan runs
  `over N years`, the entry's items cover the N years from it;
- a budget's fiscal year (`... a supplementary budget for fiscal 2014. About 5 billion yen will
  be provided ...`): an amount of money in the sentence right after one that names a single
  fiscal year is that year's.
"""

from __future__ import annotations

import re

from pipelines.extracted.fact import Fact

# a year opening an event clause: `1996 The First Science and Technology Basic Plan ...`
_ENTRY = re.compile(r"[ \t]+(?:The[ \t]+)?[A-Z]")
_BULLETS = "●•■◆▪►▶"
_OVER = re.compile(r"\bover[ \t]+(?:the[ \t]+(?:next[ \t]+)?)?\Z", re.IGNORECASE)
_FISCAL = re.compile(r"\b(?:FY[ \t]?|fiscal[ \t]+(?:year[ \t]+)?)(?P<y>(?:19|20)\d\d)\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=\S)")
_REACH = 400  # characters back to the sentence before


def date_entries(masked: str, facts: list[Fact]) -> None:
    """Date the bullet items of a block's chronology entries (`facts` in text order)."""
    entries = [
        f
        for f in facts
        if f.fact_type == "year"
        and f.value_high is None
        and f.measure
        and _ENTRY.match(masked, f.end)
    ]
    for k, entry in enumerate(entries):
        stop = entries[k + 1].start if k + 1 < len(entries) else len(masked)
        items = [
            f
            for f in facts
            if entry.end <= f.start < stop
            and f.fact_type != "year"
            and f.period_start is None
            and any(b in masked[entry.end : f.start] for b in _BULLETS)  # after the entry's clause
        ]
        year = int(entry.value)
        span = next(
            (
                int(f.value)
                for f in items
                if f.unit == "years" and _OVER.search(masked, max(0, f.start - 24), f.start)
            ),
            1,
        )
        for f in items:
            f.period_start, f.period_end = year, year + span - 1


def date_by_fiscal_year_before(masked: str, facts: list[Fact], block_start: int) -> None:
    """An amount of money with no year, in the sentence right after one naming one fiscal
    year, is that fiscal year's."""
    for f in facts:
        if f.period_start is not None or not (len(f.unit) == 3 and f.unit.isupper()):
            continue
        lo = max(block_start, f.start - _REACH)
        ends = [m.end() for m in _SENTENCE_END.finditer(masked, lo, f.start)]
        if not ends:
            continue
        before_start = ends[-2] if len(ends) > 1 else lo
        years = {int(m.group("y")) for m in _FISCAL.finditer(masked, before_start, ends[-1])}
        if len(years) == 1 and not re.search(r"(?:19|20)\d\d", masked[ends[-1] : f.start]):
            f.period_start = f.period_end = years.pop()
