"""Years said earlier in the paragraph that date the numbers of a later sentence giving none:

- a chronology's entry (`1996 The First Basic Plan was enacted ● Investment of ¥17 trillion
  planned over 5 years ● ...`): the items marked by bullets after a year that opens an event
  clause are that year's, up to the next such year; where one of them says the plan runs
  `over N years`, the entry's items cover the N years from it;
- a year opening the sentence right before (`Looking at 2012 output by prefecture, Fukushima
  ranked fourth. The region as a whole accounted for 13.1%`): the time the paragraph speaks of;
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
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# or a year that is the sentence's subject (`2013 saw strong growth.`), or the year of the
# statistics it cites (`According to statistics of 1995, ...`)
_OPENING_YEAR = re.compile(
    r"\W*(?:(?:In|By|As of|At the end of|During|Looking at|For|According to[ \t]+(?:the[ \t]+)?"
    r"(?:statistics|figures|data|survey)[ \t]+(?:of|for))[ \t]+(?:the[ \t]+)?"
    r"(?:(?:fiscal[ \t]+(?:year[ \t]+)?|FY[ \t]?))?(?P<y>(?:19|20)\d\d)\b(?![ \t]*[-–~])"
    r"|(?P<subject>(?:19|20)\d\d)[ \t]+(?:saw|was|marked|brought|witnessed)\b)"
)
_NOW = re.compile(r"\b(?:now|currently|today|presently|at present)\b", re.IGNORECASE)
_UNDATED = frozenset({"km", "km2", "m2", "ha", "m", "minutes", "hours", "years", "duration"})


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


def date_by_sentence_before(masked: str, facts: list[Fact], block_start: int) -> None:
    """A number with no year, in the sentence right after one that opens with a year (`In
    2012, ...`, `Looking at 2012 output by prefecture, ...`, `2012 saw ...`), is that year's,
    unless said of now or a standing property (a distance, an area, a travel time); an amount of money with
    no year, right after a sentence naming one fiscal year, is that fiscal year's."""
    for f in facts:
        if f.period_start is not None or f.fact_type == "year" or f.unit in _UNDATED:
            continue
        lo = max(block_start, f.start - _REACH)
        ends = [m.end() for m in _SENTENCE_END.finditer(masked, lo, f.start)]
        if not ends or _YEARS.search(masked, ends[-1], f.start):
            continue
        before_start = ends[-2] if len(ends) > 1 else lo
        if before_start == lo and lo > block_start:
            continue  # the sentence before starts out of reach
        opening = _OPENING_YEAR.match(masked, before_start, ends[-1])
        stop = masked.find(".", f.end)
        now = _NOW.search(masked, ends[-1], len(masked) if stop < 0 else stop)
        if opening is not None and now is None:
            f.period_start = f.period_end = int(opening.group("y") or opening.group("subject"))
            continue
        if not (len(f.unit) == 3 and f.unit.isupper()):
            continue
        years = {int(m.group("y")) for m in _FISCAL.finditer(masked, before_start, ends[-1])}
        if len(years) == 1:
            f.period_start = f.period_end = years.pop()
