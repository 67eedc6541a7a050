"""English numbers as facts: a number or a range of two with its unit, a duration, a year
that dates an event, with the subject, period and place its sentence gives."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipelines.extracted.english.sentence_context import SentenceContext
from pipelines.extracted.english.subjects import subject_after, subject_before
from pipelines.extracted.fact import Fact
from pipelines.extracted.numbers.number_scan import NumberToken, full_year, is_year
from pipelines.extracted.rules import load_rules

# `10 years`, `a 5-year plan`, `40 consecutive years`, `45 years ago` (how long ago: years too)
_DURATION = re.compile(
    r"(?:\s+(?i:consecutive|straight|successive|full|running))?[- ](?i:year|month|week|day)s?\b"
)


def _duration_unit(duration: re.Match[str]) -> str:
    """`years` for a span of years, `duration` for months, weeks or days."""
    return "years" if "year" in duration.group(0).lower() else "duration"


_PERCENT_OF = re.compile(
    r"\s+(?:of|in)\s+(?:the\s+)?([A-Za-z][\w\- ]{2,40}?)(?=[,.;)]|\s(?:in|from|by|was|is)\b|$)"
)


# `rose 2.1 points to 17%`: points in a sentence of shares are percentage points (`percent`)
_POINTS_AFTER = re.compile(r"\s?(?:-\s?)?(?:points?|pts?)\b")
_SHARE = re.compile(r"%|\bper\s?cent|\bshare\b|\brate\b|\bratio\b", re.IGNORECASE)


# `a city of 240,000`, `employs 3,000 in Hamamatsu`: a bare number after these counts people
_PEOPLE_BEFORE = re.compile(
    r"(?:\b(?:city|town|village|metropolis|community)\s+of|\bemploy(?:s|ed|ing)?|\bhir(?:es|ed|ing)"
    r"|\bpopulated\s+by)\s+(?:(?:about|around|some|nearly|almost|over|roughly|approximately|"
    r"more\s+than|fewer\s+than|less\s+than|a\s+total\s+of|just\s+under|just\s+over)\s+)?$"
    # a gazetteer's `Pop. (2010) 214,590; (2015) 226,963`
    r"|\bPop\.(?:[ \t]*\((?:19|20)\d\d\)[ \t]*[\d,]+;)*[ \t]*(?:\((?:19|20)\d\d\))?[ \t:]*$",
    re.IGNORECASE,
)


_NEXT_WORD = re.compile(r"\s*([A-Za-z][\w\-']*)")


RATIO_AFTER = re.compile(r"\s?(?:times\b|-?fold\b)")  # `3 times`, `three-fold`


def make_fact(
    ctx: SentenceContext, value: float, unit: str, start: int, end: int, **kw: object
) -> Fact:
    f = Fact(value=value, unit=unit, start=start, end=end, sentence=ctx.sentence, **kw)  # type: ignore[arg-type]
    if f.period_start is None and f.unit != "year":
        f.period_start, f.period_end = ctx.period(start)
    f.geography = ctx.geography(start, end, rank=f.fact_type == "rank")
    return f


def inverted(fact: Fact) -> bool:
    """A range whose end comes before its start is something else (a date, pages, a code)."""
    low, high = fact.value_low, fact.value_high
    return low is not None and high is not None and high < low


def compatible(a: NumberToken, b: NumberToken) -> bool:
    if a.is_year or b.is_year:
        short_end = len(b.raw_number) in (1, 2) and b.unit is None and b.scale is None
        return a.is_year and b.is_year or (is_year(a.raw_number) and short_end)
    if a.unit == "percent" and b.unit != "percent":
        return False  # `rose 2.1% to 5,430`: a change and the level it reached, not a range
    if a.scale and not b.scale and b.unit is None:
        return False  # `gave ¥2.5 billion to 40 firms`: an amount, then a count
    return a.unit is None or b.unit is None or a.unit == b.unit


def range_fact(
    ctx: SentenceContext, a: NumberToken, b: NumberToken, masked: str, s_end: int
) -> Fact | None:
    if is_year(a.raw_number) and a.unit is None and a.scale is None:
        start_year = int(a.raw_number)
        end_year = full_year(a.raw_number, b.raw_number)
        fact = Fact(
            value=float(start_year),
            unit="year",
            start=a.start,
            end=b.end,
            value_low=float(start_year),
            value_high=float(end_year),
            sentence=ctx.sentence,
            fact_type="year",
            period_start=start_year,
            period_end=end_year,
        )
        ctx.date_events(fact, a.start, b.end)
        fact.geography = ctx.geography(a.start, fact.end)
        return fact
    unit = a.unit or b.unit or "count"
    duration = _DURATION.match(masked, b.end, b.end + 24) if unit == "count" else None
    if duration:  # `3 to 5 years`, `2-4 months`: a duration's range
        unit = _duration_unit(duration)
    low, high = a.value(b.scale), b.value(a.scale)
    fact = Fact(
        value=low,
        unit=unit,
        start=a.start,
        end=b.end + (len(duration.group(0)) if duration else 0),
        value_low=low,
        value_high=high,
        scale_word=a.scale or b.scale,
        qualifier=a.qualifier,
        sentence=ctx.sentence,
        fact_type="range",
    )
    fact.subject = _subject(ctx, masked, fact, s_end)
    fact.period_start, fact.period_end = ctx.period(a.start)
    fact.geography = ctx.geography(a.start, fact.end)
    return fact


_OR = re.compile(r"[ \t]+or[ \t]+")


def _alternative(tok: NumberToken, nxt: NumberToken | None, masked: str) -> NumberToken | None:
    """The number after `or` whose unit and scale the first of two alternatives shares (`2 or 3
    years`, `5 or 10 million yen`, `$3 or $5 million`), else None."""
    if nxt is None or tok.is_year or nxt.is_year or tok.scale is not None:
        return None
    if not _OR.fullmatch(masked, tok.end, nxt.start) or tok.unit not in (None, nxt.unit):
        return None
    # alternatives go up (`$3 or $5 million`); `$300 or $1 million`, `120 or 7 percent` do not
    return nxt if tok.number <= nxt.number else None


def single_fact(
    ctx: SentenceContext, tok: NumberToken, masked: str, s_end: int, nxt: NumberToken | None = None
) -> Fact | None:
    """The fact of one number; `nxt`, the number after it in its sentence."""
    if tok.is_year:
        return year_fact(ctx, tok.start, tok.start + len(tok.raw_number), masked)
    alternative = _alternative(tok, nxt, masked)
    if alternative is not None and (alternative.scale or alternative.unit):
        tok = replace(tok, scale=alternative.scale, unit=alternative.unit)
    after = alternative.end if alternative is not None else tok.end
    duration = _DURATION.match(masked, after, after + 24)
    if duration and tok.unit is None:
        fact = Fact(
            value=tok.number,
            unit=_duration_unit(duration),
            start=tok.start,
            end=tok.end if alternative is not None else tok.end + len(duration.group(0)),
            sentence=ctx.sentence,
        )
        fact.subject = "duration"
        fact.period_start, fact.period_end = ctx.period(tok.start)
        fact.geography = ctx.geography(tok.start, fact.end)
        return fact
    if tok.unit is None and tok.scale == "m" and _is_length(ctx, tok, s_end):
        end = tok.end - 1 if ctx.text[tok.end - 1] == "." else tok.end  # `40 m.`: the stop
        fact = make_fact(ctx, tok.number, "m", tok.start, end, qualifier=tok.qualifier)
        fact.subject = _subject(ctx, masked, fact, s_end)
        return fact  # `a 40 m tower`, `40 m (131 ft)`: metres, no currency before them
    if tok.unit is None and tok.scale in ("m", "b", "t") and not _counted_after(tok, masked, s_end):
        return None  # "12 m" alone may be metres, "5 t" tonnes: not a fact without a currency
    ratio = RATIO_AFTER.match(masked, tok.end, s_end) if tok.unit is None else None
    if ratio and tok.scale is None:  # `3 times the number`, `2-fold`
        fact = Fact(
            value=tok.number, unit="ratio", start=tok.start, end=ratio.end(), sentence=ctx.sentence
        )
        fact.qualifier = tok.qualifier
        fact.period_start, fact.period_end = ctx.period(tok.start)
        fact.geography = ctx.geography(tok.start, fact.end)
        return fact
    unit = tok.unit or "count"
    if tok.unit is None and tok.scale is None and _points_of_a_share(ctx, tok, masked, s_end):
        unit = "percent"
    fact = Fact(
        value=tok.value(),
        unit=unit,
        start=tok.start,
        end=tok.end,
        scale_word=tok.scale,
        qualifier=tok.qualifier,
        sentence=ctx.sentence,
    )
    fact.subject = _subject(ctx, masked, fact, s_end)
    if unit == "count" and _people_before(ctx, tok, masked, s_end):
        fact.unit = "people"
    fact.period_start, fact.period_end = ctx.period(tok.start)
    fact.geography = ctx.geography(tok.start, fact.end)
    return fact


# `1.5m visitors`, `2bn foreign tourists`: a plural noun (one word may stand before it) after
# the scale makes a bare `m` or `bn` millions or billions of it; never a span of time
_COUNTED_AFTER = re.compile(r"[ \t]+(?P<a>[a-z]+)(?:[ \t]+(?P<b>[a-z]+))?")
_SPANS_OF_TIME = frozenset(["years", "months", "weeks", "days", "hours", "minutes"])


def _counted_after(tok: NumberToken, masked: str, s_end: int) -> bool:
    m = _COUNTED_AFTER.match(masked, tok.end, s_end) if tok.scale in ("m", "b") else None
    if m is None or m.group("a") in _stop_words():
        return False  # `64 m in its best year`: no noun after it
    noun = m.group("a") if m.group("a").endswith("s") else m.group("b") or ""
    plural = len(noun) > 2 and noun.endswith("s") and not noun.endswith("ss")
    return plural and noun not in _SPANS_OF_TIME and noun not in _stop_words()


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(load_rules("facts")["subject_stop"])


def _people_before(ctx: SentenceContext, tok: NumberToken, masked: str, s_end: int) -> bool:
    """`a city of 240,000`, `employs 3,000`: no noun after the number, people before it."""
    after = _NEXT_WORD.match(masked, tok.end, s_end)
    if after and after.group(1).lower() not in _NOT_HEAD:
        return False  # `employs 300 robots`: what follows is what is counted
    line = masked.rfind("\n", 0, tok.start) + 1  # `Pop.` may end a sentence of its own
    before = masked[max(line, tok.start - 60) : tok.start]
    return _PEOPLE_BEFORE.search(before) is not None


def _points_of_a_share(ctx: SentenceContext, tok: NumberToken, masked: str, s_end: int) -> bool:
    """`up 2.1 points to 17%`: a change in points where the sentence speaks of a share."""
    return bool(
        _POINTS_AFTER.match(masked, tok.end, s_end)
        and _SHARE.search(masked, ctx.start, s_end)
        and tok.number <= 100
    )


@cache
def _length_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word of length in the sentence (tall, deep, height; rules/units.yaml's length_words),
    and a restatement in feet, yards or miles right after the number."""
    words = load_rules("units")["length_words"]
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return (
        re.compile(rf"\b(?:{alt})\b", re.IGNORECASE),
        re.compile(
            r"\s*\(\s*(?:about\s+|approx\.?\s+|~)?[\d,.]+\s*(?:ft|feet|foot|yd|yards?|mi|miles?)\b"
        ),
    )


_IMPERIAL_BEFORE = re.compile(r"(?:ft|feet|foot|yd|yards?|mi|miles?)\.?\s*\(\s*$")


def _is_length(ctx: SentenceContext, tok: NumberToken, s_end: int) -> bool:
    """Whether a bare lower-case `m` after a number is metres: written `m` (not `M`), and the
    sentence says a length (`40 m tall`, `a height of 40 m`, `a 40 m tower`) or the number is
    restated in feet or miles (`40 m (131 ft)`). With a currency before it, it is millions."""
    if not ctx.text[tok.start : tok.end].rstrip(".").endswith("m"):
        return False
    words, converted = _length_patterns()
    if converted.match(ctx.text, tok.end, s_end) or _IMPERIAL_BEFORE.search(
        ctx.text, max(ctx.start, tok.start - 12), tok.start
    ):
        return True  # `40 m (131 ft)`, `131 ft (40 m)`: a length restated
    return words.search(ctx.text, ctx.start, s_end) is not None


# words that end the noun phrase whose last word is the head (`researchers from abroad`)
_NOT_HEAD = frozenset(
    ["of", "in", "from", "with", "at", "for", "who", "that", "which", "to", "by", "on", "and"]
    + ["or", "as", "across", "under", "whose"]
)


@cache
def _people_nouns() -> frozenset[str]:
    return frozenset(load_rules("facts")["people_nouns"])


def count_people(facts: list[Fact]) -> None:
    """A count of people is in `people`: the head noun of what it counts (its measure or its
    subject) names people (`1,200 foreign researchers`, `Population: 180,000`); the head is
    the last word before a preposition or relative (`researchers from abroad`)."""
    for f in facts:
        if f.unit == "count" and any(_names_people(w) for w in (f.measure, f.subject)):
            f.unit = "people"


# `faculty members`, `staff members`: members that are people (`member firms` are not)
_PEOPLE_MEMBERS = re.compile(
    r"\b(?:faculty|staff|team|crew|board|family|household)\s+members\b", re.I
)


def _names_people(phrase: str | None) -> bool:
    return _head(phrase) in _people_nouns() or bool(_PEOPLE_MEMBERS.search(phrase or ""))


# words after the head that say where or how many in all (`employees worldwide`)
_AFTER_HEAD = frozenset(
    ["worldwide", "nationwide", "globally", "overall", "total", "alone", "combined", "each"]
    + ["today", "now", "annually", "locally", "abroad", "overseas", "altogether"]
)


_VERBS = frozenset(
    ["grew", "shrank", "fell", "rose", "stood", "reached", "totalled", "totaled", "numbered"]
    + ["was", "were", "is", "are", "has", "had", "live", "lives", "work", "works", "came"]
    + ["dropped", "climbed", "topped", "exceeded", "declined", "increased", "decreased"]
)


def _is_verb(word: str) -> bool:
    return word in _VERBS


# what a table's measure says after its header (`Researchers (Alpha)`: the row's label)
_TRAILING_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")


def _head(phrase: str | None) -> str:
    words: list[str] = []
    for w in re.findall(r"[A-Za-z][A-Za-z\-']*", _TRAILING_BRACKETS.sub("", phrase or "")):
        if (
            w.lower() == "of"
            and words
            and words[-1] in ("number", "numbers", "total", "count", "no")
        ):
            words = []  # `the number of people moving`, `No. of employees`: the people counted
            continue
        if w.lower() in _NOT_HEAD and words:
            break
        if words and words[-1].endswith("s") and w.endswith(("ing", "ed")) and len(w) > 5:
            break  # `firms training workers`, `researchers sent by`: a participle starts a clause
        words.append(w.lower())
    while len(words) > 1 and (words[-1] in _AFTER_HEAD or _is_verb(words[-1])):
        words.pop()  # `the working-age population shrank`: the noun before the verb
    return words[-1] if words else ""


def _subject(ctx: SentenceContext, masked: str, fact: Fact, s_end: int) -> str | None:
    after = subject_after(masked, fact.end, s_end)
    if after == "" and fact.unit == "count":
        return None  # "26 were chosen": what was counted is not in these words
    if masked[fact.end : s_end].lstrip().startswith("("):
        after = None
    if fact.unit in ("count",) and after:
        return after
    if fact.unit == "percent":
        m = _PERCENT_OF.match(masked, fact.end, s_end)
        if m:
            return m.group(1).strip()
    before = subject_before(masked, ctx.start, fact.start)
    return before or after or None


def year_fact(ctx: SentenceContext, start: int, end: int, masked: str) -> Fact:
    year = int(masked[start:end])
    first, last = ctx.span_ends.get(start, (year, year))  # an end of `between 2001 and 2021`
    fact = Fact(
        value=float(year),
        unit="year",
        start=start,
        end=end,
        sentence=ctx.sentence,
        fact_type="year",
        period_start=first,
        period_end=last,
    )
    ctx.date_events(fact, start, end)
    fact.geography = ctx.geography(start)
    return fact
