"""Where the numbers of a text are, found without trying every pattern at every position.

The fact extractor (facts.py) asks this module for the runs of digits of a span, the numbers
with the words around them (`about ¥ 0.5 bn.`), spelled-out numbers, the years and the words
that tie them to a number, and which patterns of numbers that are not facts can match at all.
Each fast reading here has a property test (tests/unit/extracted/numbers/test_properties.py) holding it to the
plain left-to-right regex it stands for:

- numbers are found from their first digit, and the words before them (qualifier, currency)
  matched on the reversed text;
- spelled-out numbers are found from the mark before them, over lower-case ASCII bytes;
- a pattern of a number that is not a fact is tried on a span only when the characters around
  its runs of digits allow a match (number_gates.py); years and their leads are year_scan.py's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from pipelines.extracted.japanese.ja_numerals import exact_double, too_many_digits
from pipelines.extracted.rules import (
    load_rules,
    word_alternation,
    word_start_alternation,
)

MONTHS = word_alternation(load_rules("facts")["months"])


MONTHS_ANY_CASE = word_alternation(load_rules("facts")["months"], ignore_case=True)


MONTHS_REVERSED = word_alternation(
    [m[::-1] for m in load_rules("facts")["months"]], ignore_case=True
)


DIGIT = re.compile(r"\d")


@cache
def _spelled_patterns(
    joined: bool,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[bytes]]:
    """A spelled-out number (`seven`; with `joined`, also `twenty-six`, and one between dashes)
    at the start of a span; one after a mark or blank, in any case; and the same in lower-case
    text as bytes. The last two start with the non-word character before the word, so the regex
    engine skips to where words start instead of trying every letter; over bytes its test for a
    word character is a table lookup, not a Unicode one."""
    words = load_rules("facts")["spelled_numbers"]
    tail = rf"(?:-(?i:{alt(words)}))?)(?:(?=—)|\b)" if joined else r")\b"
    lower = alt([w.lower() for w in words])
    lower_tail = rf"(?:-(?:{lower}))?)\b" if joined else r")\b"
    return (
        re.compile(rf"(?P<word>{word_start_alternation(words)}{tail}"),
        re.compile(rf"[^\w](?P<word>(?i:{alt(words)}){tail}"),
        re.compile(rf"[^\w](?P<word>(?:{lower}){lower_tail}".encode("ascii")),
    )


def spelled_numbers(
    text: str, start: int, end: int, joined: bool = True
) -> Iterator[tuple[int, int, str]]:
    """Spelled-out numbers in [start, end) as (start, end, word), left to right."""
    at_start, after_mark, after_mark_bytes = _spelled_patterns(joined)
    first = at_start.match(text, start, end) if start < end else None
    if first is not None:
        yield first.start(), first.end(), first.group("word")
        start = first.end()
    found = _spelled_in_ascii(text, start, end, after_mark_bytes)
    if found is None:
        found = [
            (m.start("word"), m.end("word"), m.group("word"))
            for m in after_mark.finditer(text, start, end)
        ]
    yield from found


def _spelled_in_ascii(
    text: str, start: int, end: int, pattern: re.Pattern[bytes]
) -> list[tuple[int, int, str]] | None:
    """The words `pattern` finds in the lower-case text of [start, end) read as ASCII bytes,
    every other character one `?`; None where that reading may differ from the case-blind
    regex: lowering moves characters (`İ`), makes no letter the regex would not (dotless `ı`
    and long `ſ` match `i` and `s`), or a `?` stood for a letter next to a word."""
    lowered = text[start:end].lower()
    if len(lowered) != end - start or "ı" in lowered or "ſ" in lowered:
        return None
    found = []
    for m in pattern.finditer(lowered.encode("ascii", "replace")):
        a, b = start + m.start("word"), start + m.end("word")
        if not lowered.isascii() and (
            _is_word_char(text[a - 1]) or (b < end and _is_word_char(text[b]))
        ):
            return None
        found.append((a, b, text[a:b]))
    return found


def _is_word_char(c: str) -> bool:
    """What `\\w` matches in a str pattern."""
    return c.isalnum() or c == "_"


def has_spelled_number(text: str, start: int, end: int) -> bool:
    return next(spelled_numbers(text, start, end, joined=False), None) is not None


def alt(words: list[str] | dict[str, object]) -> str:
    return word_alternation(words, ignore_case=True)


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    units = load_rules("units")
    rules = load_rules("facts")
    scale = alt(units["scale_words"])
    unit = alt(
        list(units["currency_words"]) + units["percent_words"] + list(units["measure_words"])
    )
    unit_as_written = word_alternation(  # `1. Minutes of the meeting` stays an item number
        [*units["currency_words"], *units["percent_words"], *units["measure_words"]]
        + [w for w in units["scale_words"] if len(w) > 1]
    )
    cur_reversed = alt([c[::-1] for c in units["currency_symbols"]])
    qual_reversed = alt([q[::-1] for q in rules["qualifiers"]])
    return {
        # A number and the words after it, found from its first digit (the engine skips ahead to
        # digits); the words before it (qualifier, currency) are read backwards by
        # `prefix_reversed`. The lookbehinds stand for those of a number without a prefix.
        "number": re.compile(
            r"(?P<num>\d(?<![\w.,/]\d)(?<![A-Za-z]-\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?"
            r"|\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)|\d*(?:\.\d+)?))"
            rf"(?:(?:\s|-(?=[A-Za-z]{{3}}))?(?P<scale>(?i:{scale}))(?![A-Za-z])\.?)?"
            rf"(?:(?:\s|-(?=[A-Za-z]))?(?P<unit>(?i:{unit}))(?![A-Za-z]))?(?!\w|/\d|\.\d|,\d)"
        ),
        # Longest first, as a left-to-right match would start at the leftmost word it can.
        "prefix_reversed": re.compile(
            rf"\s?(?P<cur>{cur_reversed})\s+(?P<qual>{qual_reversed})"
            rf"|\s+(?P<qual_alone>{qual_reversed})|\s?(?P<cur_alone>{cur_reversed})|",
            re.IGNORECASE,
        ),
        "range_joiner": re.compile(r"^\s*(?:to|–|—|-|~)\s*$"),
        "ordinal": re.compile(
            r"(?P<num>\d(?<![\w.]\d)\d{0,2})\s{0,12}(?P<suf>st|nd|rd|th)\b", re.IGNORECASE
        ),
        "rate": re.compile(r"(?P<num>\d{2,3})\s+yen\s+to\s+the\s+(?:US\s+)?dollar", re.IGNORECASE),
        "citation": re.compile(
            r"\((?:see\s|cf\.\s|e\.g\.\s)?[A-Z][A-Za-z\-']+(?:,?\s(?:et\sal\.?|and|&|[A-Z][A-Za-z\-']+))*,?\s"
            r"(?:1[89]\d\d|20\d\d)[a-z]?(?:,\s*pp?\.\s*[\d–\-]+)?(?:;[^()]*)?\)"
            r"|\bet al\.?,?\s*\(?(?:1[89]\d\d|20\d\d)\)?"
            r"|\b(?!(?:Law|Laws|Act|Plan|Plans|Program|Programme|Project|Policy|Agreement|Initiative|"
            r"Strategy|Council|Centre|Center|Association|Foundation|Report|Forum|Conference|Era|Period)\b)"
            r"[A-Z][A-Za-z\-']+(?:,\s(?:[A-Z]\.\s?){1,3})?"  # Ito, S. (1995): a name with initials
            r"(?:\s(?:and|&)\s[A-Z][A-Za-z\-']+(?:,\s(?:[A-Z]\.\s?){1,3})?)?\s?\((?:1[89]\d\d|20\d\d)[a-z]?\)"
        ),
        # Table 3, p. 12; not after a demonstrative, which points at a part named before (`in
        # this phase 19 projects were chosen`: the number counts what follows)
        "skip": re.compile(
            r"(?<!(?i:this|that|each) )(?<!(?i:every) )"
            rf"{word_start_alternation(rules['numbering_words'])}\s*\d+(?:[-–.]\d+)*"
        ),
        # A numbering word read backwards from a number, over any blanks: does `skip` apply?
        "numbering_reversed": re.compile(
            rf"\s*(?:{alt([w[::-1] for w in rules['numbering_words']])})", re.IGNORECASE
        ),
        "skip_version": re.compile(  # D2.1, Deliverable 2.1, Version 1.0
            r"[DdVv](?<!\w.)(?:(?<=D)\.?|(?<=[Dd])eliverable|(?<=[Vv])ersion|(?<=V))\s?\d+(?:\.\d+)+"
        ),
        "skip_slash": re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b"),
        "skip_web": re.compile(r"https?://\S+|www\.\S+|\S+@\S+"),
        "skip_source": re.compile(r"(?:^|(?<=\n)|(?<=\*)|(?<=\())\s*Sources?\s*[:)][^\n]*"),
        "name_year": re.compile(r"(?:1[89]|20)(?<!\w\d\d)\d\d\b(?!\s*(?:%|[-–]\s*\d))"),
        "name_before": re.compile(
            rf"(?:^|\s)(?!(?:{MONTHS}|In|From|Since|By|Until|During|After|Before|FY"
            r"|The|This|That|These|Those|Its|Their|Our|Each|Every|An)\b)"
            rf"(?![A-Za-z]*[a-z](?:{MONTHS})[^\S\n]\Z)"  # `OpenedMarch 1994`: an infobox's date
            r"[A-Z][A-Za-z]+[^\S\n]\Z"  # a year opening its line is no part of a name
        ),
        # `1.`, `(2)`, `2.1` opening a list item or section; never a number with its unit
        # (`154.1 km2` heading a table cell): `1.` with a digit after it is a decimal's head
        "list_index": re.compile(
            r"\s*(?:#{1,6}\s*)?(?:[-*•▶;]\s*)*(?:(?:\(?\d{1,3}[.)](?!\d)|\d+(?:\.\d+)+\.?)\s*)++"
            rf"(?!(?:{unit_as_written})(?![A-Za-z]))(?=\S)"
        ),
        "period_range": re.compile(
            rf"\b(?:from\s+|between\s+)?(?:(?:{MONTHS})\s+|FY\s?)?(?P<a>1[89]\d\d|20\d\d)\s*"
            rf"(?:\([^()\d]{{1,80}}\)\s*)?"  # `between 2001 (under Koizumi) and 2021`
            rf"(?:to|–|—|-|and|~|through(?:\s+to)?)\s*(?:(?:{MONTHS})\s+|FY\s?)?"
            r"(?P<b>1[89]\d\d|20\d\d|\d\d?)\b(?![.,]?\d|%)"
        ),
        # A year and the words that tie a number to it (`in 2013`, `FY 2008`, `as of the end of
        # March 2007`, `as of April 1, 2015`: the day is blanked, its comma stays): years are
        # found first, then the lead is matched backwards from each.
        "period_year": re.compile(r"(?:1[89]\d\d|20\d\d)\b"),
        # The same lead read backwards from the year, on the reversed text, longest first.
        "period_lead_reversed": re.compile(
            rf"\s?YF\b|(?:\s+raey)?\s+lacsif\b"
            rf"|(?:(?:\s+(?:,\s*)?|,\s*)(?:{MONTHS_REVERSED}))?(?:\s+fo dne)?(?:\s+eht)?\s+"
            rf"(?:{alt(['ni', 'ecnis', 'yb', 'fo', 'fo sa', 'litnu', 'morf', 'retfa', 'gnirud'])}"
            rf"|(?:,\s*)?(?:{MONTHS_REVERSED})(?:\s+fo dne)?)\b|\(",
            re.IGNORECASE,
        ),
        "period_lead": re.compile(
            rf"(?:\bFY\s?|\bfiscal\s+(?:year\s+)?|\b(?:in|since|by|of|as of|until|from|after|during|"
            rf"(?:end of\s+)?(?:{MONTHS_ANY_CASE})(?:\s*,)?)\s+(?:the\s+)?(?:end of\s+)?"
            rf"(?:(?:{MONTHS_ANY_CASE})(?:\s*,)?\s+)?|\()\Z",
            re.IGNORECASE,
        ),
    }


DIGIT_RUN = re.compile(r"\d+")


_YEAR = re.compile(r"1[89]\d\d|20\d\d")


# Every character str.isspace() accepts, written out: computing them walks all 1.1 million code
# points, a third of a second in every process
# (tests/unit/extracted/numbers/test_number_scan.py checks the list).
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


LIST_MARKS = "#-*•▶;(" + WHITESPACE  # what may come before the digits of a list number


@dataclass(slots=True)
class NumberToken:
    """One number as written: `¥ 0.5 bn.`, `18.9%`, `1990`, `10,700`."""

    start: int
    end: int
    raw_number: str
    scale: str | None
    unit: str | None
    qualifier: str | None

    @property
    def is_year(self) -> bool:
        return self.unit is None and self.scale is None and is_year(self.raw_number)

    @property
    def number(self) -> float:
        return float(_digits(self.raw_number))

    def value(self, scale: str | None = None) -> float:
        """The number times its scale word's (or, for `0.5 to 0.8 bn.`, the other end's), in
        exact decimal arithmetic: `2.6757 trillion` is 2675700000000, not 2675699999999.9998."""
        key = self.scale or scale
        if key is None:
            return self.number  # correctly rounded, as float(Decimal(...)) is
        factor = _by_lower_case("units", "scale_words")[key.lower()]
        return float(Decimal(_digits(self.raw_number)) * Decimal(factor))


def _exact(raw: str, scale: str | None) -> bool:
    """Whether the number (times its scale word) is one the facts' DOUBLE value holds exactly."""
    value = Decimal(_digits(raw))
    if scale:
        value *= Decimal(_by_lower_case("units", "scale_words")[scale.lower().rstrip(".")])
    return exact_double(value) is not None


def _digits(raw: str) -> str:
    """`10,700` and `25 000` (spaced thousands) as plain digits."""
    return raw.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")


@cache
def _by_lower_case(rules: str, words: str) -> dict[str, Any]:
    """A word list of the rules keyed by its words in lower case, for words matched in any case."""
    return {k.lower(): v for k, v in load_rules(rules)[words].items()}


@cache
def _unit_words() -> dict[str, str]:
    """Unit word (lower case) -> unit; the pattern matches words in any case."""
    units = load_rules("units")
    words = {w.lower(): "percent" for w in units["percent_words"]}
    words.update({w.lower(): str(u) for w, u in units["measure_words"].items()})
    words.update({w.lower(): str(u) for w, u in units["currency_words"].items()})
    return words


def unit_word(word: str) -> str:
    return _unit_words()[word.lower()]


def _prefix_allowed(masked: str, at: int) -> bool:
    r"""What `(?<![\w.,/])(?<![A-Za-z]-)` says before a number's words: `\w` is what `str.isalnum`
    or `_` is, as in the regex engine."""
    if at == 0:
        return True
    c = masked[at - 1]
    if c.isalnum() or c in "_.,/":
        return False
    return not (c == "-" and at >= 2 and masked[at - 2].isascii() and masked[at - 2].isalpha())


_MAX_PREFIX = 100  # qualifier, currency and the blanks between them, in characters


_CURRENCY_ENDS = frozenset(
    c
    for sign in load_rules("units")["currency_symbols"]
    for c in (sign[-1].lower(), sign[-1].upper())
)


def number_tokens(
    masked: str, start: int, end: int, runs: list[tuple[int, int]] | None = None
) -> list[NumberToken]:
    """Numbers with their units, qualifier and currency, left to right, not overlapping.

    Numbers are found first, at the runs of digits (`runs`, found here when not given): a
    number starts a run. The words before each are matched on the reversed text, longest
    first, and a longer prefix gives way to a shorter one when the character before it is part
    of a word: what one left-to-right regex finds, without trying it at every position."""
    p = patterns()
    out: list[NumberToken] = []
    cursor = start
    if runs is None:
        runs = [m.span() for m in DIGIT_RUN.finditer(masked, start, end)]
    for run_start, _ in runs:
        if run_start < cursor:
            continue
        m = p["number"].match(masked, run_start, end)
        if m is None:
            continue
        if too_many_digits(m.group("num")) or not _exact(m.group("num"), m.group("scale")):
            cursor = m.end()
            continue  # an id or noise, or past what a DOUBLE holds exactly: refused whole
        num_start = m.start()
        lo = max(cursor, num_start - _MAX_PREFIX)
        # a qualifier or currency ends with a blank or the currency's sign right before the number
        just_before = masked[num_start - 1] if num_start > lo else ""
        words = just_before.isspace() or just_before in _CURRENCY_ENDS
        backwards = masked[lo:num_start][::-1] if words else ""
        limit = len(backwards)
        while True:
            pre = p["prefix_reversed"].match(backwards, 0, limit)
            assert pre is not None  # every group is optional
            if pre.end() == 0 or _prefix_allowed(masked, num_start - pre.end()):
                break
            limit = pre.end() - 1
        cur_group = "cur" if pre.group("cur") else "cur_alone"
        cur = pre.group(cur_group)
        qual = pre.group("qual") or pre.group("qual_alone")
        scale, word = m.group("scale"), m.group("unit")
        unit = None
        if cur:
            unit = _by_lower_case("units", "currency_symbols")[cur[::-1].lower()]
        if word:
            unit = unit_word(word)
        out.append(
            NumberToken(
                num_start - pre.end(cur_group) if cur else num_start,
                m.end(),
                m.group("num"),
                scale.lower().rstrip(".") if scale else None,
                unit,
                qualifier_of(qual[::-1] if qual else None),
            )
        )
        cursor = m.end()
    return out


def full_year(a: str, b: str) -> int:
    """The end of a span of years written short: `2007-08` -> 2008, `2008–9` -> 2009."""
    return int(a[: 4 - len(b)] + b) if len(b) < 4 else int(b)


def is_year(num: str | None) -> bool:
    return bool(num and _YEAR.fullmatch(num))


def qualifier_of(word: str | None) -> str | None:
    if not word:
        return None
    return _by_lower_case("facts", "qualifiers").get(word.lower())
