"""Which years are facts of their own: a year that only dates another number of its sentence is
that number's period, not a fact (facts.py hands every sentence's facts here), unless it dates an
event of its own too."""

from __future__ import annotations

import re

from pipelines.extracted.english.year_events import dated_event, event_before
from pipelines.extracted.fact import Fact
from pipelines.extracted.japanese.ja_dated_events import dates_event
from pipelines.extracted.japanese.ja_numbers import is_japanese
from pipelines.extracted.numbers.dating_rules import dating_year, fiscal_only, relative_span

_ADJECTIVE_DURATION = re.compile(r"-(?:year|month)$")
_OPEN_PAREN = re.compile(r"\s*\(\s*")
_JA_CLAUSE = 300  # characters after a Japanese year in which its event word is looked for


def tidy_facts(
    facts: list[Fact], masked: str, dated: dict[int, tuple[Fact, int, int, int, int]]
) -> list[Fact]:
    """Years that only date another number of their sentence are its period, not facts; a number in
    parentheses right after another converts it and shares its subject. The years kept get the
    event they date as their subject."""
    kept: list[Fact] = []
    for f in facts:
        if f.unit == "years" and relative_span(masked, f.start, f.end):
            continue  # その後5年間で: the span only counts on from a year said before it
        if f.fact_type == "year":
            lead = masked[max(0, f.start - 24) : f.start]
            others = [
                g
                for g in facts
                if g.fact_type != "year"
                and not (g.fact_type == "count" and g.value == 1)  # `one programme ... since 2007`
                and g.sentence == f.sentence
                and not _ADJECTIVE_DURATION.search(masked, g.start, g.end)
                and (
                    (g.period_start, g.period_end) == (f.period_start, f.period_end)
                    or (f.value_high is None and int(f.value) in (g.period_start, g.period_end))
                )
            ]
            if others and not _own_event(masked, f, others):
                continue
            numbers = any(g.fact_type != "year" and g.sentence == f.sentence for g in facts)
            if fiscal_only(lead, numbers) and not _event_verb(masked, f):
                continue  # `FY 2010 10.9 billion yen`, `FY 2012 Budget`: labels of numbers
            if dating_year(masked, f.start, f.end, _event_verb(masked, f)):
                continue  # as of 2010, 2005年度調査: the date of numbers, no event
        event = dated.get(id(f))
        if event is not None and event[0] is f:
            f.subject = dated_event(masked, *event[1:])
        if kept and f.subject is None and _OPEN_PAREN.fullmatch(masked, kept[-1].end, f.start):
            f.subject = kept[-1].subject
        kept.append(f)
    return kept


def _own_event(masked: str, f: Fact, others: list[Fact]) -> bool:
    """Whether a year that dates other numbers of its sentence dates an event of its own too:
    `the line, which was opened in 2005` (an event verb right before it), `Koizumi (2001-6)` (a
    name's term), `1983年に…3府県によって設立された` (ja_dated_events.dates_event), `2017年度から` (the
    start of what follows): it stays a fact as well as the other numbers' period."""
    if is_japanese(masked, f.start, min(len(masked), f.end + 40)):
        if f.value_high is None and masked.startswith("から", f.end):
            return True  # 2017年度から上限額を3億円に: the year a change starts from is its date
        limit = min(len(masked), f.end + _JA_CLAUSE)
        return dates_event(masked, f.end, [g.end for g in others if g.start >= f.end], limit)
    return event_before(masked, f.start, f.end)


def _event_verb(masked: str, f: Fact) -> bool:
    """Whether an event verb dates the year (`was opened in 2005`, 1998年に設立)."""
    if is_japanese(masked, f.start, min(len(masked), f.end + 40)):
        return dates_event(masked, f.end, [], min(len(masked), f.end + _JA_CLAUSE))
    return event_before(masked, f.start, f.end)
