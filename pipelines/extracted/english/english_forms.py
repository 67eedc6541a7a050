"""English forms read before the general number reader, each a pattern of its own: exchange
rates (`80 yen to the dollar`, `US$1=120yen`, `1 USD = 120 JPY`, `the dollar fetched 129
yen`), counts in parentheses after a name (`Chubu (4)`, which the reader of list numbers would
drop as `(4)`), a place in a ranking written `No. 2` (`ranked No. 2`, which the reader of
numbering words would drop as `No. 2`), and ratios (`twice as much`, `three times`, `3-fold`)."""

from __future__ import annotations

import re

from pipelines.extracted.english.number_facts import make_fact
from pipelines.extracted.english.sentence_context import SentenceContext
from pipelines.extracted.fact import Fact

RATE_SUBJECT = "yen per US dollar exchange rate"
_RATE_WORDS = re.compile(
    r"(?P<num>\d{2,3}(?:\.\d+)?)\s+yen\s+to\s+the\s+(?:US\s+)?dollar"
    # `the yen traded at 110 to the dollar`: in a sentence that names the yen (checked below)
    r"|(?<![\d.,])(?P<bare>\d{2,3}(?:\.\d+)?)\s+(?:to|per|against)\s+the\s+(?:US\s+|U\.S\.\s+)?dollar",
    re.IGNORECASE,
)
_RATE_EQUALS = re.compile(
    r"(?:US\$\s?1|\$\s?1|USD\s?1|1\s?(?:USD|US\s?dollars?|dollars?))(?:\.0+)?\s?=\s?"
    r"(?:(?:¥|JPY|yen)\s?(?P<a>\d{2,3}(?:\.\d+)?)|(?P<b>\d{2,3}(?:\.\d+)?)\s?(?:yen|JPY|円))"
    # ¥110/US$, 110 yen/$, JPY 110 per USD: the yen to one dollar, with a slash or `per`
    r"|(?:(?:¥|JPY)\s?(?P<c>\d{2,3}(?:\.\d+)?)|(?P<d>\d{2,3}(?:\.\d+)?)\s?(?:yen|JPY))"
    r"\s?(?:/|per\s)\s?(?:US\$|\$|USD|US\s?dollar|dollar)",
    re.IGNORECASE,
)
# the dollar's price in yen, in a market report: `the dollar fetched 129 yen`, `the dollar
# rose to the upper 130 yen level`, `the dollar stood at ¥108`; a few words of trading between
_RATE_MARKET = re.compile(
    r"\b(?:US\s+)?dollar\s+(?:(?:was|has|had|rose|fell|climbed|dropped|slipped|gained|stood|"
    r"traded|trading|changed\s+hands|fetched|bought|hit|reached|was\s+quoted|quoted|at|to|"
    r"around|about|near|some|the|upper|lower|mid|low|high|in\s+the)\s+){1,5}"
    r"(?:¥\s?(?P<a>\d{2,3}(?:\.\d+)?)(?![\d,])|(?P<b>\d{2,3}(?:\.\d+)?)(?:-|\s)?(?:yen|JPY)\b)",
    re.IGNORECASE,
)
# `ranked No. 2 among`, `was the No. 1 in Japan`: a place in a ranking, not a numbering
_RANK_NUMBER = re.compile(
    r"\b(?:(?i:rank(?:s|ed|ing)?)\s+(?:(?:only|at|as|the)\s+)?"
    r"|(?:(?<![\w.])(?:is|was|are|were|became|become|remains?|remained|as)\s+(?:the\s+)?|[,:(–—]\s*)"
    r"(?=No\.\s?\d{1,3}\s+(?:in|among|on|for|worldwide|globally|nationally)\b"
    r"(?!\s+(?:the\s+)?(?i:series|volume|issue|list|table|appendix)\b)))"
    r"No\.\s?(?P<num>\d{1,3})(?![\d.,]\d)"
)
# a capitalised name of up to four words, then the count in parentheses and the end of the item
_NAMED_COUNT = re.compile(
    # a name, perhaps with its other name in square brackets (`Kinki [Kansai] (3)`)
    r"(?P<name>[A-Z][A-Za-z.\-']+(?: [A-Z][A-Za-z.\-']+){0,3})(?P<also> \[[A-Z][A-Za-z.\-' ]{0,40}\])?"
    r" ?\((?P<num>\d{1,3})\)"
    r"(?=\s*(?:[,;:.)]|and\b|or\b|$))"
)
# `grew 2.5x`, `a 3× rise`: a ratio written with its sign glued to the number
_TIMES_SIGN = re.compile(r"(?<![\w.,])(?P<num>\d{1,3}(?:\.\d+)?)[x×](?![\w\d])")
_TWICE = re.compile(r"\b(?P<word>twice|thrice)(?=\s+(?:as|the|that|this|its|their|what)\b)", re.I)


def rates(ctx: SentenceContext, masked: str, start: int, end: int) -> list[Fact]:
    """Exchange rates of yen to the US dollar, in words or with `=`."""
    span = masked[start:end]
    found: list[tuple[int, int, str]] = []
    named_yen = "yen" in span.lower() or "¥" in span
    if "ollar" in span:  # dollar, Dollar
        found += [
            (m.start(), m.end(), m.group("num") or m.group("bare"))
            for m in _RATE_WORDS.finditer(masked, start, end)
            if m.group("num") or named_yen
        ]
    if "ollar" in span and ("yen" in span or "¥" in span or "JPY" in span):
        found += [
            (m.start(), m.end(), m.group("a") or m.group("b"))
            for m in _RATE_MARKET.finditer(masked, start, end)
        ]
    if "=" in span or "/" in span or " per " in span:
        found += [
            (m.start(), m.end(), m.group("a") or m.group("b") or m.group("c") or m.group("d"))
            for m in _RATE_EQUALS.finditer(masked, start, end)
        ]
    return [
        make_fact(ctx, float(num), "yen_per_usd", a, b, fact_type="rate", subject=RATE_SUBJECT)
        for a, b, num in sorted(found)
    ]


def ranked_numbers(ctx: SentenceContext, masked: str, start: int, end: int) -> list[Fact]:
    """`ranked No. 2 among`: the place in a ranking, its `No.` no numbering of the text."""
    if "No." not in masked[start:end]:
        return []
    return [
        make_fact(
            ctx, float(m.group("num")), "rank", m.start("num"), m.end("num"), fact_type="rank"
        )
        for m in _RANK_NUMBER.finditer(masked, start, end)
    ]


def named_counts(ctx: SentenceContext, masked: str, start: int, end: int) -> list[Fact]:
    """`Hokkaido (2), Tohoku (5)`: the count of each name, its subject the name; a list of two
    or more such, or one after a place's name."""
    if "(" not in masked[start:end]:
        return []
    found = list(_NAMED_COUNT.finditer(masked, start, end))
    if len(found) < 2:  # `Performance of INS (1)` numbers a slide; one place's count is a count
        found = [m for m in found if any(m.start() <= p.start < m.end("num") for p in ctx.places)]
    out = []
    for m in found:
        fact = make_fact(
            ctx,
            float(m.group("num")),
            "count",
            m.start("num"),
            m.end("num"),
            subject=m.group("name"),
        )
        named = [p for p in ctx.places if m.start() <= p.start < m.end("num")]
        if named:  # the count is the named place's
            fact.geography = named[-1].code
        out.append(fact)
    return out


def times_signs(ctx: SentenceContext, masked: str, start: int, end: int) -> list[Fact]:
    """`grew 2.5x`: a ratio, which the number reader passes over (a letter is glued to it)."""
    span = masked[start:end]
    if "x" not in span and "×" not in span:
        return []
    return [
        make_fact(ctx, float(m.group("num")), "ratio", m.start(), m.end())
        for m in _TIMES_SIGN.finditer(masked, start, end)
    ]


def has_twice(masked: str, start: int, end: int) -> bool:
    span = masked[start:end]
    return ("wice" in span or "hrice" in span) and _TWICE.search(masked, start, end) is not None


def twice(ctx: SentenceContext, masked: str, start: int, end: int) -> list[Fact]:
    """`twice as much`, `thrice the number`: a ratio of 2 or 3."""
    if not has_twice(masked, start, end):
        return []
    return [
        make_fact(
            ctx,
            2.0 if m.group("word").lower() == "twice" else 3.0,
            "ratio",
            m.start(),
            m.end(),
        )
        for m in _TWICE.finditer(masked, start, end)
    ]
