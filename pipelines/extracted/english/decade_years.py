"""A term in brackets spanning a decade or decades is a span of years of its own, as `Phase II
(2006-2010)` is, valued at its first decade's first year: a heading's `(1970s to mid-1990s)`,
`(since mid-1990s)`. Any other decade (`in the 1980s`, `the 1990s boom`, `since the 1990s`)
only dates what its sentence says (sentence_context.py gives a number there its ten years) and
stays the non-fact numbers/non_facts.py sets aside (the bundled labels, tests/labels, count no
decade in prose); so does every decade of a sentence with a number to date."""

from __future__ import annotations

import re

from pipelines.extracted.english.sentence_context import SentenceContext
from pipelines.extracted.fact import Fact

_DECADE = re.compile(r"(?<![\w.,])(?P<y>(?:1[89]|20)\d0)['’]?s\b")
# the words before a decade that make it the date of its clause: a preposition, `the`, and a
# part of the decade (`the middle of the`, `mid-`, `early`)
_PART = r"(?:(?:early|late|mid|middle)(?:-|\s+)(?:of\s+the\s+)?)?"
_LEAD = re.compile(rf"\((?:since\s+|from\s+|until\s+)?(?:the\s+)?{_PART}\Z", re.IGNORECASE)
_CLOSE = re.compile(r"\s*\)")
# `1970s to mid-1990s`: a span of decades, its end the second
_TO = re.compile(rf"\s*(?:to|–|—|-|~|through)\s*(?:the\s+)?{_PART}\Z", re.IGNORECASE)
_REACH = 40  # characters before a decade in which its lead is read


def has_decade(text: str, start: int, end: int) -> bool:
    return _DECADE.search(text, start, end) is not None


def decade_facts(
    ctx: SentenceContext, text: str, s_start: int, s_end: int, sentence_facts: list[Fact]
) -> list[Fact]:
    """The decades of the sentence [s_start, s_end) of `text` that date an event of their own;
    `sentence_facts`, the facts already read in it (a number there leaves every decade a date)."""
    if any(f.fact_type != "year" for f in sentence_facts):
        return []
    decades = list(_DECADE.finditer(text, s_start, s_end))
    out: list[Fact] = []
    skip = -1
    for i, m in enumerate(decades):
        if i == skip:
            continue
        lead = _LEAD.search(text, max(s_start, m.start() - _REACH), m.start())
        if lead is None:
            continue
        first, end, last = int(m.group("y")), m.end(), int(m.group("y"))
        nxt = decades[i + 1] if i + 1 < len(decades) else None
        if nxt is not None and _TO.fullmatch(text, m.end(), nxt.start()):
            end, last, skip = nxt.end(), int(nxt.group("y")), i + 1
        if not _CLOSE.match(text, end):
            continue  # `(in the 1980s, exports ...`: no term of its own
        fact = Fact(
            value=float(first),
            unit="year",
            start=m.start(),
            end=end,
            value_low=float(first) if last != first else None,
            value_high=float(last) if last != first else None,
            sentence=ctx.sentence,
            fact_type="year",
            period_start=first,
            period_end=last + 9,
        )
        ctx.date_events(fact, m.start(), end)
        fact.geography = ctx.geography(m.start(), end)
        out.append(fact)
    return out
