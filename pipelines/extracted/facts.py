"""Every quantitative statement in prose, list items, captions and table cells.

A fact is a number with its unit (scaled: `2.6757 trillion yen` -> 2675700000000 JPY), an
optional qualifier and range, the noun it counts or measures, the period and place the
sentence ties it to, the sentence, and the exact span of the number with its unit.

Matching runs on the masked text (markup blanked, offsets unchanged), so a footnote marker
glued to a number (`2013¹¹`, `<sup>3</sup>`) never changes a value and every span is exact.
Numbers that are not facts are skipped: section and list numbers, page numbers, years inside
citations, dates like 21/11/2017, phone-like strings, codes such as WP3 or H2020.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from pipelines.extracted.masking import mask_markup
from pipelines.extracted.places import Place, find_places
from pipelines.extracted.rules import (
    IGNORECASE_EXTRA,
    load_rules,
    word_alternation,
    word_start_alternation,
)
from pipelines.extracted.text_clean import clean_text

PROSE_KINDS = ("paragraph", "list_item", "heading", "caption", "figure_caption", "footnote")
MONTHS = word_alternation(load_rules("facts")["months"])
MONTHS_ANY_CASE = word_alternation(load_rules("facts")["months"], ignore_case=True)
MONTHS_REVERSED = word_alternation(
    [m[::-1] for m in load_rules("facts")["months"]], ignore_case=True
)


@dataclass(slots=True)
class Fact:
    value: float
    unit: str
    start: int  # span of the number with its unit, in the document
    end: int
    value_low: float | None = None
    value_high: float | None = None
    scale_word: str | None = None
    qualifier: str | None = None
    subject: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    geography: str | None = None
    sentence: str = ""
    fact_type: str = "quantity"  # quantity, range, year, rank, rate, count


@cache
def _word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    rules = load_rules("facts")
    return (
        frozenset(a.lower() for a in rules["abbreviations"]),
        frozenset(rules["subject_stop"]),
        frozenset(rules["spelled_not_before"]),
    )


_DIGIT = re.compile(r"\d")


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
    tail = rf"(?:-(?i:{_alt(words)}))?)(?:(?=—)|\b)" if joined else r")\b"
    lower = _alt([w.lower() for w in words])
    lower_tail = rf"(?:-(?:{lower}))?)\b" if joined else r")\b"
    return (
        re.compile(rf"(?P<word>{word_start_alternation(words)}{tail}"),
        re.compile(rf"[^\w](?P<word>(?i:{_alt(words)}){tail}"),
        re.compile(rf"[^\w](?P<word>(?:{lower}){lower_tail}".encode("ascii")),
    )


def _spelled_numbers(
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


def _has_spelled_number(text: str, start: int, end: int) -> bool:
    return next(_spelled_numbers(text, start, end, joined=False), None) is not None


def _alt(words: list[str] | dict[str, object]) -> str:
    return word_alternation(words, ignore_case=True)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    units = load_rules("units")
    rules = load_rules("facts")
    scale = _alt(units["scale_words"])
    unit = _alt(
        list(units["currency_words"]) + units["percent_words"] + list(units["measure_words"])
    )
    cur_reversed = _alt([c[::-1] for c in units["currency_symbols"]])
    qual_reversed = _alt([q[::-1] for q in rules["qualifiers"]])
    return {
        # A number and the words after it, found from its first digit (the engine skips ahead to
        # digits); the words before it (qualifier, currency) are read backwards by
        # `prefix_reversed`. The lookbehinds stand for those of a number without a prefix.
        "number": re.compile(
            r"(?P<num>\d(?<![\w.,/]\d)(?<![A-Za-z]-\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))"
            rf"(?:\s?(?P<scale>(?i:{scale}))(?![A-Za-z])\.?)?"
            rf"(?:\s?(?P<unit>(?i:{unit}))(?![A-Za-z]))?(?!\w|/\d|\.\d|,\d)"
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
            r"[A-Z][A-Za-z\-']+(?:\s(?:and|&)\s[A-Z][A-Za-z\-']+)?\s\((?:1[89]\d\d|20\d\d)[a-z]?\)"
        ),
        "skip": re.compile(  # Table 3, p. 12
            rf"{word_start_alternation(rules['numbering_words'])}\s*\d+(?:[-–.]\d+)*"
        ),
        # A numbering word read backwards from a number, over any blanks: does `skip` apply?
        "numbering_reversed": re.compile(
            rf"\s*(?:{_alt([w[::-1] for w in rules['numbering_words']])})", re.IGNORECASE
        ),
        "skip_version": re.compile(  # D2.1, Deliverable 2.1, Version 1.0
            r"[DdVv](?<!\w.)(?:(?<=D)\.?|(?<=[Dd])eliverable|(?<=[Vv])ersion|(?<=V))\s?\d+(?:\.\d+)+"
        ),
        "skip_slash": re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b"),
        "skip_web": re.compile(r"https?://\S+|www\.\S+|\S+@\S+"),
        "skip_source": re.compile(r"(?:^|(?<=\n)|(?<=\*)|(?<=\())\s*Sources?\s*[:)][^\n]*"),
        "name_year": re.compile(r"(?:1[89]|20)(?<!\w\d\d)\d\d\b(?!\s*(?:%|[-–]\s*\d))"),
        "name_before": re.compile(
            rf"(?:^|\s)(?!(?:{MONTHS}|In|From|Since|By|Until|During|After|Before)\b)"
            r"[A-Z][A-Za-z]+\s$"
        ),
        "list_index": re.compile(
            r"\s*(?:#{1,6}\s*)?(?:[-*•▶;]\s*)*(?:(?:\(?\d{1,3}[.)]|\d+(?:\.\d+)+\.?)\s*)+(?=\S)"
        ),
        "period_range": re.compile(
            rf"\b(?:from\s+|between\s+)?(?:(?:{MONTHS})\s+)?(?P<a>1[89]\d\d|20\d\d)\s*"
            rf"(?:to|–|—|-|and|~|through(?:\s+to)?)\s*(?:(?:{MONTHS})\s+)?"
            r"(?P<b>1[89]\d\d|20\d\d|\d\d)\b(?![.,]?\d|%)"
        ),
        # A year and the words that tie a number to it (`in 2013`, `FY 2008`, `as of the end of
        # March 2007`): years are found first, then the lead is matched backwards from each.
        "period_year": re.compile(r"(?:1[89]\d\d|20\d\d)\b"),
        # The same lead read backwards from the year, on the reversed text, longest first.
        "period_lead_reversed": re.compile(
            rf"\s?YF\b|(?:\s+raey)?\s+lacsif\b"
            rf"|(?:\s+(?:{MONTHS_REVERSED}))?(?:\s+fo dne)?(?:\s+eht)?\s+"
            rf"(?:{_alt(['ni', 'ecnis', 'yb', 'fo', 'fo sa', 'litnu', 'morf', 'retfa', 'gnirud'])}"
            rf"|(?:{MONTHS_REVERSED})(?:\s+fo dne)?)\b|\(",
            re.IGNORECASE,
        ),
        "period_lead": re.compile(
            rf"(?:\bFY\s?|\bfiscal\s+(?:year\s+)?|\b(?:in|since|by|of|as of|until|from|after|during|"
            rf"(?:end of\s+)?(?:{MONTHS_ANY_CASE}))\s+(?:the\s+)?(?:end of\s+)?"
            rf"(?:(?:{MONTHS_ANY_CASE})\s+)?|\()\Z",
            re.IGNORECASE,
        ),
    }


# Numbers that are not facts, one regex each so that each starts with its first character (a
# digit, `(`, `+`) and the regex engine skips ahead to it; the lookbehinds that stand for `\b`
# come after that character.
_SKIP_DIGITS = [
    re.compile(r"(?:1[89]|20)(?<!\w\d\d)\d0['’]?s\b"),  # the 1990s
    re.compile(r"\(\d{1,2}\)|\d(?<!\w\d)\d?\)"),  # (3), 3)
    re.compile(r"\+\d{1,4}(?:[-.]\d{1,4}){2,4}\b"),  # +81-3-1234-5678
    re.compile(r"\d(?<!\w\d)\d{0,3}(?:[-.]\d{1,4}){2,4}\b"),  # 03-1234-5678, 1.2.3
    re.compile(r"\d(?<=[A-Za-z]\d)\d*[A-Za-z\d]*"),  # WP3, H2020
]

_DIGIT_RUN = re.compile(r"\d+")
_WORD = re.compile(r"[A-Za-z](?:[A-Za-z&/']|-(?=[A-Za-z]))*")
_WORD_OR_MARK = re.compile(rf"{_WORD.pattern}|[^\sA-Za-z]")
_LETTER = re.compile(r"[A-Za-z]")
_PHRASE_BREAK = re.compile(r"[,;:()—]")
_FOLLOWER = re.compile(r"\s+([A-Za-z][\w\-]*)")
_YEARS_AFTER = re.compile(r"[- ]years?\b")
_FISCAL_LEAD = re.compile(r"(?:as of|FY|fiscal year|fiscal)\s*(?:the end of\s*)?\w*\s*$")
_OPEN_PAREN = re.compile(r"\s*\(\s*")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_DURATION = re.compile(r"[- ](?:year|month|week|day)s?\b(?!\s+(?:old|ago))")
_PERCENT_OF = re.compile(
    r"\s+(?:of|in)\s+(?:the\s+)?([A-Za-z][\w\- ]{2,40}?)(?=[,.;)]|\s(?:in|from|by|was|is)\b|$)"
)
_NUMBERING_REACH = 24  # characters before a number to look back for `Table`, `p.`
_LONGEST_NUMBERING = max(len(w) for w in load_rules("facts")["numbering_words"])


def _case_blind_endings(words: list[str], n: int) -> frozenset[str]:
    """The last `n` characters of the words, in every case a case-blind regex matches them in."""

    def cases(c: str) -> set[str]:
        return {c, c.lower(), c.upper(), *IGNORECASE_EXTRA.get(c.lower(), "")}

    out: set[str] = set()
    for word in words:
        endings = {""}
        for c in reversed(word[-n:]):
            endings = {variant + e for variant in cases(c) for e in endings}
        out |= endings
    return frozenset(out)


# the last two characters of a numbering word (`le` of `Table`, `p.` of `pp.`), in any case
_NUMBERING_ENDS = _case_blind_endings(load_rules("facts")["numbering_words"], 2)


def _may_hold_a_citation(
    masked: str, start: int, end: int, span: str, runs: list[tuple[int, int]]
) -> bool:
    """Whether `citation` can match here: `et al.`, or a year inside parentheses that ends a
    reference, `(Smith, 2001)`, `(Smith and Jones 2001a; ...)`, `Smith (2001)`: after a blank or
    `(`, before `,` `;` or `)` (a letter may come between)."""
    if "et al" in span:
        return True
    for a, b in runs:
        if b - a != 4 or masked[a : a + 2] not in ("18", "19", "20"):
            continue
        after = masked[b : b + 2]
        if after[:1].isascii() and after[:1].islower():
            after = after[1:]
        if not after[:1] or after[0] not in ",;)":
            continue
        before = masked[a - 1 : a] if a > start else ""
        if before == "(" or (before.isspace() and "(" in masked[start:a] and ")" in masked[b:end]):
            return True
    return False


def _skips_to_try(
    masked: str, start: int, span: str, runs: list[tuple[int, int]]
) -> list[re.Pattern[str]]:
    """The patterns of numbers that are not facts that can match in this span at all, judged by
    the characters around its runs of digits: most spans have no `(3)`, no `WP3`, no `1.2.3`, so
    those patterns need not scan them. Every test here is one the pattern's match must pass."""
    p = _patterns()
    decades, paren, plus, dotted, letter_digit = _SKIP_DIGITS
    out = []
    if "0s" in span or "0'" in span or "0’" in span:
        out.append(decades)
    closing = [b for a, b in runs if b - a <= 2 and masked[b : b + 1] == ")"]
    if closing:
        out.append(paren)
    linked = [  # a run of digits joined to the next by one `-` or `.`
        i
        for i in range(len(runs) - 1)
        if runs[i + 1][0] == runs[i][1] + 1 and masked[runs[i][1]] in "-."
    ]
    if any(i + 1 in linked for i in linked):
        out.append(dotted)
        if "+" in span:
            out.append(plus)
    if any(masked[runs[i][1]] == "." for i in linked):
        out.append(p["skip_version"])
    if any(a > 0 and masked[a - 1].isascii() and masked[a - 1].isalpha() for a, _ in runs):
        out.append(letter_digit)
    for a, _ in runs:
        before = masked[max(start, a - _NUMBERING_REACH) : a]
        words = before.rstrip()
        if len(before) - len(words) > _NUMBERING_REACH - _LONGEST_NUMBERING or (
            words[-2:] in _NUMBERING_ENDS and p["numbering_reversed"].match(before[::-1])
        ):
            out.append(p["skip"])  # a word, or so many blanks that a word may lie beyond them
            break
    return out


_PAREN = re.compile(r"[()]")
_DASH_RUN = re.compile(r"-{2,}")
_DATE_LEAD = word_alternation(load_rules("facts")["date_lead_words"], ignore_case=True)
_EVENT_LEAD = re.compile(  # the words before a year that only say it is a date
    rf"(?:\b(?:{_DATE_LEAD})\s+)+$",
    re.IGNORECASE,
)
# The same words matched backwards from the year, on the reversed text: one match instead of a
# search that tries every position of the 80 characters before the year.
_DATE_LEAD_REVERSED = word_alternation(
    [w[::-1] for w in load_rules("facts")["date_lead_words"]], ignore_case=True
)
_EVENT_LEAD_REVERSED = re.compile(rf"(?:\s+(?:{_DATE_LEAD_REVERSED})\b)+", re.IGNORECASE)
_EVENT_LEAD_REACH = 80
_CLAUSE_END = re.compile(r"[,;:]")
_TWO_LETTERS = re.compile(r"[A-Za-z\u3040-\u9fff]{2,}")
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_SPACE_BEFORE_MARK = re.compile(r"\s+([.,;:])")
_BLANK_NOT_SPACE = re.compile(r"[^\S ]")
_BRACKETED = re.compile(r"\[([^\[\]]*)\]")
_WHITESPACE = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
_PLACE_AFTER = re.compile(r"^[\w\s-]{0,18}?\b(?:in|from|at)\s+(?:the\s+)?$")
_LIST_MARKS = "#-*•▶;(" + _WHITESPACE  # what may come before the digits of a list number
_SENTENCE_END = re.compile(r"[.!?。](?P<gap>[\"”’)]?\s+)(?=[\"“(A-Z0-9\u3040-\u9fff])")


def sentences(masked: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans inside [start, end) of the masked text; abbreviations do not end one."""
    abbrev = _word_sets()[0]
    s = start
    for m in _SENTENCE_END.finditer(masked, start, end):
        before = masked[s : m.start("gap")].rstrip('.!?"”’)')
        i = len(before)
        while i and not before[i - 1].isspace():
            i -= 1
        last = before[i:].lower().strip("(")
        if last in abbrev or (len(last) == 1 and last.isalpha()):
            continue
        yield s, m.start("gap")
        s = m.end()
    if s < end:
        yield s, end


@dataclass(slots=True)
class _Token:
    """One number as written: `¥ 0.5 bn.`, `18.9%`, `1990`, `10,700`."""

    start: int
    end: int
    raw_number: str
    scale: str | None
    unit: str | None
    qualifier: str | None

    @property
    def is_year(self) -> bool:
        return self.unit is None and self.scale is None and _is_year(self.raw_number)

    @property
    def number(self) -> float:
        return float(self.raw_number.replace(",", ""))

    def value(self, scale: str | None = None) -> float:
        """The number times its scale word's (or, for `0.5 to 0.8 bn.`, the other end's), in
        exact decimal arithmetic: `2.6757 trillion` is 2675700000000, not 2675699999999.9998."""
        key = self.scale or scale
        if key is None:
            return self.number  # correctly rounded, as float(Decimal(...)) is
        factor = _by_lower_case("units", "scale_words")[key.lower()]
        return float(Decimal(self.raw_number.replace(",", "")) * Decimal(factor))


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


def _unit_word(word: str) -> str:
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


def _tokens(
    masked: str, start: int, end: int, runs: list[tuple[int, int]] | None = None
) -> list[_Token]:
    """Numbers with their units, qualifier and currency, left to right, not overlapping.

    Numbers are found first, at the runs of digits (`runs`, found here when not given): a
    number starts a run. The words before each are matched on the reversed text, longest
    first, and a longer prefix gives way to a shorter one when the character before it is part
    of a word: what one left-to-right regex finds, without trying it at every position."""
    p = _patterns()
    out: list[_Token] = []
    cursor = start
    if runs is None:
        runs = [m.span() for m in _DIGIT_RUN.finditer(masked, start, end)]
    for run_start, _ in runs:
        if run_start < cursor:
            continue
        m = p["number"].match(masked, run_start, end)
        if m is None:
            continue
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
            unit = _unit_word(word)
        out.append(
            _Token(
                num_start - pre.end(cur_group) if cur else num_start,
                m.end(),
                m.group("num"),
                scale.lower().rstrip(".") if scale else None,
                unit,
                _qualifier(qual[::-1] if qual else None),
            )
        )
        cursor = m.end()
    return out


def _subject_after(masked: str, pos: int, limit: int) -> str | None:
    stop = _word_sets()[1]
    words: list[str] = []
    for m in _WORD_OR_MARK.finditer(masked, pos, limit):
        w = m.group(0)
        if not w[0].isalpha():
            if words or w not in "(":
                break
            continue
        lower = w.lower()
        if lower in stop:
            if words or lower == "of":
                break
            continue
        if words and len(w) > 4 and lower.endswith("ed"):
            break  # "200 SMEs joined": a verb ends the noun phrase
        words.append(w)
        if len(words) == 4:
            break
    return " ".join(words) or None


def _subject_before(masked: str, lo: int, pos: int) -> str | None:
    stop = _word_sets()[1]
    chunks = _PHRASE_BREAK.split(masked[lo:pos])
    chunk = chunks[-1]
    if not _LETTER.search(chunk) and len(chunks) > 1 and masked[lo:pos].rstrip().endswith("("):
        chunk = chunks[-2]
    words = _WORD.findall(chunk)
    while words and words[-1].lower() in stop:
        words.pop()
    while words and words[0].lower() in stop:
        words.pop(0)
    return " ".join(words[-5:]) or None


class _SentenceContext:
    def __init__(
        self,
        text: str,
        masked: str,
        start: int,
        end: int,
        places: list[Place],
        runs: list[tuple[int, int]],
        dated: dict[int, tuple[Fact, int, int, int, int]],
    ) -> None:
        self.start, self.end = start, end
        self.dated = dated
        self.masked = masked
        self.text = text
        if places and (places[0].start < start or places[-1].start >= end):
            lo = bisect.bisect_left(places, start, key=lambda p: p.start)
            hi = bisect.bisect_left(places, end, key=lambda p: p.start)
            places = places[lo:hi]
        self.places = places
        p = _patterns()
        years = _years(masked, end, runs)
        self.ranges = [
            r
            for m in (
                p["period_range"].finditer(masked, start, end)
                if _may_hold_a_span_of_years(masked, runs)
                else ()
            )
            if (r := (m.start(), int(m.group("a")), _full_year(m.group("a"), m.group("b"))))[2]
            >= r[1]
        ]
        self.years: list[tuple[int, int]] = []
        self.open_years: set[int] = set()
        for at, year in years:
            lead = _period_lead(masked, max(start, at - 60), at)
            if lead is not None:
                self.years.append((at, year))
                if lead[:5].lower() in ("since", "from "):
                    self.open_years.add(at)
        # the years that do not start a span of years (the span is the period then)
        self.years_alone = [
            y for y in self.years if not any(r[0] <= y[0] <= r[0] + 20 for r in self.ranges)
        ]
        self.named_places = [p for p in self.places if p.kind != "demonym"]

    def date_events(self, fact: Fact, start: int, end: int) -> None:
        """The subject of a year fact is the event it dates (`_event`), read only for the year
        facts that are kept (most years only date another number of their sentence)."""
        self.dated[id(fact)] = (fact, self.start, self.end, start, end)

    def _year_period(self, y: tuple[int, int]) -> tuple[int | None, int | None]:
        return (y[1], None) if y[0] in self.open_years else (y[1], y[1])

    @property
    def sentence(self) -> str:
        if not hasattr(self, "_sentence"):
            self._sentence = clean_text(self.text[self.start : self.end])
        return self._sentence

    def period(self, pos: int) -> tuple[int | None, int | None]:
        if not self.years and not self.ranges:
            return None, None
        soon = [y for y in self.years_alone if 0 < y[0] - pos <= 30]
        if soon and not _DIGIT.search(self.masked[pos : soon[0][0]].split(" ", 1)[-1][:-1] or ""):
            return self._year_period(soon[0])
        if self.ranges:
            r = min(self.ranges, key=lambda r: abs(r[0] - pos))
            return r[1], r[2]
        if self.years:
            following = [
                y
                for y in self.years
                if 0 < y[0] - pos <= 30
                and not _DIGIT.search(
                    self.masked[pos : y[0]].split(None, 1)[-1]
                    if " " in self.masked[pos : y[0]]
                    else "",
                )
            ]
            y = following[0] if following else min(self.years, key=lambda y: abs(y[0] - pos))
            return self._year_period(y)
        return None, None

    def geography(self, pos: int, end: int | None = None) -> str | None:
        named = self.named_places
        if not named:
            return self.places[0].code if self.places else None
        if end is not None:  # "five in Germany": a place right after the number is its place
            for p in named:
                if 0 <= p.start - end <= 30 and _PLACE_AFTER.match(self.masked[end : p.start]):
                    return p.code
        if len(named) == 1:
            return named[0].code
        before = [p for p in named if p.end <= pos]
        pool = before or named
        best = min(
            pool, key=lambda p: (abs(pos - p.start) // 25, _PLACE_RANK[p.kind], abs(pos - p.start))
        )
        return best.code


_PLACE_RANK = {"prefecture": 0, "city": 1, "region": 2, "country": 3}  # nearest first, then
_YEARS_JOINED = re.compile(rf"\s*(?:to|–|—|-|and|~|through(?:\s+to)?)\s*(?:(?:{MONTHS})\s+)?")


def _may_hold_a_span_of_years(masked: str, runs: list[tuple[int, int]]) -> bool:
    """Whether `period_range` can match here: a span of years (`1990 to 2005`, `2007-08`) is a
    run of four digits that starts a year, joined by `to`, a dash or `and` to a run of two or
    four digits."""
    return any(
        b - a == 4
        and masked[a : a + 2] in ("18", "19", "20")
        and runs[i + 1][1] - runs[i + 1][0] in (2, 4)
        and _YEARS_JOINED.fullmatch(masked, b, runs[i + 1][0])
        for i, (a, b) in enumerate(runs[:-1])
    )


_NOT_A_NAME = frozenset(
    load_rules("facts")["months"]
    + ["In", "From", "Since", "By", "Until", "During", "After", "Before"]
)


def _name_before(masked: str, lo: int, at: int) -> bool:
    """Whether a capitalised word and a blank end at `at` (`Horizon 2020`), the word starting
    at or after `lo` after a blank (or the text's start), and not a month or `In`, `Since`...:
    what `name_before` finds, read from the end."""
    blanks = [at - 1]  # the blank before `at`; `$` also matches before a final newline
    if at - 2 >= lo and masked[at - 1] == "\n":
        blanks.append(at - 2)
    for blank in blanks:
        if blank < lo or not masked[blank].isspace():
            continue
        first = blank
        while first > lo and masked[first - 1].isascii() and masked[first - 1].isalpha():
            first -= 1
        word = masked[first:blank]
        if (
            len(word) >= 2
            and "A" <= word[0] <= "Z"
            and ((first > lo and masked[first - 1].isspace()) or first == 0)
            and word not in _NOT_A_NAME
        ):
            return True
    return False


def _years(masked: str, end: int, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    r"""(start, year) of what `(?:1[89]\d\d|20\d\d)\b` finds before `end` in these runs of
    digits: a year ends where its run ends (`\b`), so it is a run's last four digits."""
    out = []
    for a, b in runs:
        if (
            b - a >= 4
            and masked[b - 4 : b - 2] in ("18", "19", "20")
            and (b == end or not (masked[b].isalnum() or masked[b] == "_"))
        ):
            out.append((b - 4, int(masked[b - 4 : b])))
    return out


def _period_lead(masked: str, lo: int, at: int) -> str | None:
    """The words that tie the year at `at` to a number (`in`, `FY`, `as of the end of March`),
    starting at or after `lo`; None when there are none."""
    backwards = masked[max(0, lo - 1) : at][::-1]  # one character more, for `\b`
    lead = _patterns()["period_lead_reversed"].match(backwards)
    if lead is None:
        return None
    if lead.end() > at - lo:  # ran past `lo`: let the forward search decide
        found = _patterns()["period_lead"].search(masked, lo, at)
        return found.group(0) if found else None
    return backwards[: lead.end()][::-1]


def _full_year(a: str, b: str) -> int:
    return int(a[:2] + b) if len(b) == 2 else int(b)


def facts_in_text(text: str) -> list[Fact]:
    """Facts of a text on its own (a sentence, a paragraph), for callers without a document;
    places are looked up only when the text has a number at all."""
    masked = mask_for_facts(text)
    runs = [m.span() for m in _DIGIT_RUN.finditer(masked)]
    if not runs and not _has_spelled_number(masked, 0, len(masked)):
        return []
    return facts_in_span(text, masked, 0, len(text), find_places(masked), runs)


def facts_in_span(
    text: str,
    masked: str,
    start: int,
    end: int,
    places: list[Place],
    runs: list[tuple[int, int]] | None = None,
) -> list[Fact]:
    """Facts of one block (or any span) of a document; `runs`, the runs of digits of the span,
    from a caller that has found them and knows the span has a number."""
    p = _patterns()
    spelled = load_rules("facts")["spelled_numbers"]
    not_before = _word_sets()[2]
    if runs is None:
        runs = [m.span() for m in _DIGIT_RUN.finditer(masked, start, end)]
        if not runs and not _has_spelled_number(masked, start, end):
            return []
    out: list[Fact] = []
    dated: dict[int, tuple[Fact, int, int, int, int]] = {}  # the year facts' events, by id
    span = masked[start:end]
    blocked = [
        m.span()
        for r in _skips_to_try(masked, start, span, runs)
        for m in r.finditer(masked, start, end)
    ]
    if "/" in span:
        blocked += [(m.start(), m.end()) for m in p["skip_slash"].finditer(masked, start, end)]
    if "http" in span or "www." in span or "@" in span:
        blocked += [(m.start(), m.end()) for m in p["skip_web"].finditer(masked, start, end)]
    if "Source" in span:
        blocked += [(m.start(), m.end()) for m in p["skip_source"].finditer(masked, start, end)]
    for a, b in runs:  # WIINTECH 2020, Horizon 2020: a year that is part of a name
        if b - a == 4 and masked[a : a + 2] in ("18", "19", "20"):
            m = p["name_year"].match(masked, a, end)
            if m and _name_before(masked, max(start, a - 40), a):
                blocked.append((m.start(), m.end()))
    if ("(" in span or "et al" in span) and _may_hold_a_citation(masked, start, end, span, runs):
        blocked += [(m.start(), m.end()) for m in p["citation"].finditer(masked, start, end)]
    # `1.`, `(2)`, `- 3)` opening a list item: only blanks, `#`, bullets or `(` before its digits
    if runs and not masked[start : runs[0][0]].strip(_LIST_MARKS):
        index = p["list_index"].match(masked, start)
        if index:
            blocked.append((index.start(), index.end()))

    def free(a: int, b: int) -> bool:
        # loops, not any() over generators: this runs for every number and costs half as much
        for x, y in blocked:
            if a < y and x < b:
                return False
        for f in out:  # noqa: SIM110
            if a < f.end and f.start < b:
                return False
        return True

    has_dollar = "dollar" in span.lower()  # exchange rates: `80 yen to the dollar`
    run_starts = [a for a, _ in runs]
    for s_start, s_end in sentences(masked, start, end):
        first_run = bisect.bisect_left(run_starts, s_start)
        has_digit = first_run < len(runs) and run_starts[first_run] < s_end
        if not has_digit and not _has_spelled_number(masked, s_start, s_end):
            continue
        s_runs = runs[first_run : bisect.bisect_left(run_starts, s_end, first_run)]
        ctx = _SentenceContext(text, masked, s_start, s_end, places, s_runs, dated)
        rates = p["rate"].finditer(masked, s_start, s_end) if has_dollar else ()
        for m in rates:
            if free(m.start(), m.end()):
                out.append(
                    _fact(
                        ctx,
                        float(m.group("num")),
                        "yen_per_usd",
                        m.start(),
                        m.end(),
                        fact_type="rate",
                        subject="yen per US dollar exchange rate",
                    )
                )
        ordinals = [  # an ordinal is a run of one to three digits: `10th`, `24th`
            o for a, b in s_runs if b - a <= 3 and (o := p["ordinal"].match(masked, a, s_end))
        ]
        for m in ordinals:
            if free(m.start(), m.end()):
                subject = _subject_before(masked, s_start, m.start())
                out.append(
                    _fact(
                        ctx,
                        float(m.group("num")),
                        "rank",
                        m.start(),
                        m.end(),
                        fact_type="rank",
                        subject=subject,
                    )
                )
        tokens = _tokens(masked, s_start, s_end, s_runs)
        tokens = [t for t in tokens if free(t.start, t.end)]
        k = 0
        while k < len(tokens):
            tok = tokens[k]
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if (
                nxt is not None
                and p["range_joiner"].match(masked[tok.end : nxt.start])
                and _compatible(tok, nxt)
            ):
                fact = _range(ctx, tok, nxt, masked, s_end)
                k += 2
                if fact is not None and _inverted(fact):  # `2013-10`, `38-11`: not a range
                    fact = _single(ctx, tok, masked, s_end)
                    k -= 1
            else:
                fact = _single(ctx, tok, masked, s_end)
                k += 1
            if fact is not None and free(fact.start, fact.end):
                out.append(fact)
        for w_start, w_end, w_text in _spelled_numbers(masked, s_start, s_end):
            word = w_text.lower()
            parts = word.split("-")
            value = sum(spelled[w] for w in parts)
            dashed = masked[max(0, w_start - 1) : w_start] == "—" and masked.startswith(
                "—", w_end, s_end
            )
            follower = _FOLLOWER.match(masked, w_end, s_end)
            if not dashed and (
                follower is None
                or follower.group(1).lower() in not_before
                or follower.group(1).lower() in spelled
            ):
                continue
            if word == "one" and not dashed:
                continue
            years = _YEARS_AFTER.match(masked, w_end, s_end)
            if years and free(w_start, years.end()):
                out.append(
                    _fact(
                        ctx,
                        float(value),
                        "years",
                        w_start,
                        years.end(),
                        fact_type="count",
                        subject="duration",
                    )
                )
            elif free(w_start, w_end):
                subject = (
                    _subject_after(masked, w_end, s_end)
                    if not dashed
                    else _subject_before(masked, s_start, w_start - 1)
                )
                out.append(
                    _fact(
                        ctx,
                        float(value),
                        "count",
                        w_start,
                        w_end,
                        fact_type="count",
                        subject=subject,
                    )
                )
    out.sort(key=lambda f: f.start)
    return _tidy_facts(out, masked, dated)


def _tidy_facts(
    facts: list[Fact], masked: str, dated: dict[int, tuple[Fact, int, int, int, int]]
) -> list[Fact]:
    """Years that only date another number of their sentence are its period, not facts; a number in
    parentheses right after another converts it and shares its subject. The years kept get the
    event they date as their subject."""
    kept: list[Fact] = []
    for f in facts:
        if f.fact_type == "year":
            lead = masked[max(0, f.start - 16) : f.start]
            dates_other = any(
                g.fact_type != "year"
                and g.sentence == f.sentence
                and (
                    (g.period_start, g.period_end) == (f.period_start, f.period_end)
                    or (f.value_high is None and int(f.value) in (g.period_start, g.period_end))
                )
                for g in facts
            )
            if dates_other or _FISCAL_LEAD.search(lead):
                continue
        event = dated.get(id(f))
        if event is not None and event[0] is f:
            f.subject = _event(masked, *event[1:])
        if kept and f.subject is None and _OPEN_PAREN.fullmatch(masked, kept[-1].end, f.start):
            f.subject = kept[-1].subject
        kept.append(f)
    return kept


def _fact(
    ctx: _SentenceContext, value: float, unit: str, start: int, end: int, **kw: object
) -> Fact:
    f = Fact(value=value, unit=unit, start=start, end=end, sentence=ctx.sentence, **kw)  # type: ignore[arg-type]
    if f.period_start is None and f.unit != "year":
        f.period_start, f.period_end = ctx.period(start)
    f.geography = ctx.geography(start, end)
    return f


def _inverted(fact: Fact) -> bool:
    """A range whose end comes before its start is something else (a date, pages, a code)."""
    low, high = fact.value_low, fact.value_high
    return low is not None and high is not None and high < low


def _compatible(a: _Token, b: _Token) -> bool:
    if a.is_year or b.is_year:
        return a.is_year and b.is_year or (_is_year(a.raw_number) and len(b.raw_number) == 2)
    return a.unit is None or b.unit is None or a.unit == b.unit


def _is_year(num: str | None) -> bool:
    return bool(num and _YEAR.fullmatch(num))


def _qualifier(word: str | None) -> str | None:
    if not word:
        return None
    return _by_lower_case("facts", "qualifiers").get(word.lower())


def _range(ctx: _SentenceContext, a: _Token, b: _Token, masked: str, s_end: int) -> Fact | None:
    if _is_year(a.raw_number) and a.unit is None and a.scale is None:
        start_year = int(a.raw_number)
        end_year = _full_year(a.raw_number, b.raw_number)
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
    low, high = a.value(b.scale), b.value(a.scale)
    fact = Fact(
        value=low,
        unit=unit,
        start=a.start,
        end=b.end,
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


def _single(ctx: _SentenceContext, tok: _Token, masked: str, s_end: int) -> Fact | None:
    if tok.is_year:
        return _year(ctx, tok.start, tok.start + len(tok.raw_number), masked)
    duration = _DURATION.match(masked, tok.end, tok.end + 12)
    if duration and tok.unit is None:
        fact = Fact(
            value=tok.number,
            unit="years" if "year" in duration.group(0) else "duration",
            start=tok.start,
            end=tok.end + len(duration.group(0)),
            sentence=ctx.sentence,
        )
        fact.subject = "duration"
        fact.period_start, fact.period_end = ctx.period(tok.start)
        fact.geography = ctx.geography(tok.start, fact.end)
        return fact
    if tok.unit is None and tok.scale in ("m", "b", "k"):
        return None  # "12 m" alone may be metres: not a fact without a currency
    fact = Fact(
        value=tok.value(),
        unit=tok.unit or "count",
        start=tok.start,
        end=tok.end,
        scale_word=tok.scale,
        qualifier=tok.qualifier,
        sentence=ctx.sentence,
    )
    fact.subject = _subject(ctx, masked, fact, s_end)
    fact.period_start, fact.period_end = ctx.period(tok.start)
    fact.geography = ctx.geography(tok.start, fact.end)
    return fact


def _subject(ctx: _SentenceContext, masked: str, fact: Fact, s_end: int) -> str | None:
    after = _subject_after(masked, fact.end, s_end)
    if masked[fact.end : s_end].lstrip().startswith("("):
        after = None
    if fact.unit in ("count",) and after:
        return after
    if fact.unit == "percent":
        m = _PERCENT_OF.match(masked, fact.end, s_end)
        if m:
            return m.group(1).strip()
    before = _subject_before(masked, ctx.start, fact.start)
    return before or after


def _year(ctx: _SentenceContext, start: int, end: int, masked: str) -> Fact:
    fact = Fact(
        value=float(masked[start:end]),
        unit="year",
        start=start,
        end=end,
        sentence=ctx.sentence,
        fact_type="year",
        period_start=int(masked[start:end]),
        period_end=int(masked[start:end]),
    )
    ctx.date_events(fact, start, end)
    fact.geography = ctx.geography(start)
    return fact


def _event(masked: str, s_start: int, s_end: int, start: int, end: int) -> str | None:
    """The clause a year dates, without the year phrase.

    `In 1983, the X Law was enacted` -> `the X Law was enacted`.
    """
    sentence = masked[s_start:s_end]
    a, b = start - s_start, end - s_start
    opened = sentence.rfind("(", 0, a)
    closed = _PAREN.search(sentence, b)
    if opened >= 0 and ")" not in sentence[opened:a] and closed and closed.group(0) == ")":
        # "(1950~)", "(as of 2008)", "(before 1992)": drop the parenthetical
        a, b = opened, closed.end()
    else:
        a -= _event_lead_length(sentence, a)
    rest = sentence[:a] + " " + sentence[b:]
    # the clause around the year: from the mark before it to the mark after it
    clause_start = max(rest.rfind(",", 0, a), rest.rfind(";", 0, a), rest.rfind(":", 0, a)) + 1
    clause_end = _CLAUSE_END.search(rest, a)
    chosen = rest[clause_start : clause_end.start() if clause_end else len(rest)]
    cleaned = clean_text(chosen)
    first = _TWO_LETTERS.search(cleaned)
    if first is None or _TWO_LETTERS.search(cleaned, first.end()) is None:
        cleaned = clean_text(rest)
    cleaned = cleaned.lstrip("#▶►•-–;,*" + _WHITESPACE).rstrip("(~–-" + _WHITESPACE)
    if "(" in cleaned:
        cleaned = _EMPTY_PARENS.sub("", cleaned)
    if (
        " ." in cleaned or " ," in cleaned or " ;" in cleaned or " :" in cleaned
    ) or _BLANK_NOT_SPACE.search(cleaned):
        cleaned = _SPACE_BEFORE_MARK.sub(r"\1", cleaned)
    cleaned = cleaned.strip()
    if "[" in cleaned:
        cleaned = _BRACKETED.sub(r"\1", cleaned)
    return cleaned[:160] or None


def _event_lead_length(sentence: str, at: int) -> int:
    """Length of the date words (`in the year`, `as of the end of`) that end at `at`."""
    lo = max(0, at - _EVENT_LEAD_REACH)
    # one character more than the reach, for the word boundary where the words start
    backwards = sentence[max(0, lo - 1) : at][::-1]
    lead = _EVENT_LEAD_REVERSED.match(backwards)
    if lead is None:
        return 0
    if lead.end() > at - lo:  # ran past the reach: let the forward search decide
        found = _EVENT_LEAD.search(sentence, lo, at)
        return at - found.start() if found else 0
    return lead.end()


def table_cell_facts(
    text: str, row_cells: list[dict[str, Any]], places_of_row: str | None
) -> list[Fact]:
    """Facts of the numeric cells of one table row: the column header is the subject."""
    out: list[Fact] = []
    for cell in row_cells:
        value = cell.get("value_number")
        if value is None or value != value:  # NaN
            continue
        unit = cell.get("unit") or "count"
        header = cell.get("column_header")
        subject = re.sub(r"\s*\([^()]*\)\s*$", "", str(header)) if header else None
        if subject is None:
            others = [
                str(c["text"])
                for c in row_cells
                if c is not cell and c.get("text") and c.get("value_number") is None
            ]
            subject = "; ".join(others)[:160] or None
        start, end = int(cell["char_start"]), int(cell["char_end"])
        fact = Fact(
            value=float(value),
            unit=str(unit),
            start=start,
            end=end,
            subject=subject,
            sentence=" | ".join(str(c["text"]) for c in row_cells if c.get("text")),
            fact_type="year" if unit == "year" else "quantity",
            period_start=cell.get("period_start"),
            period_end=cell.get("period_end"),
            geography=places_of_row,
        )
        if unit == "year":
            fact.period_start = fact.period_end = int(value)
        out.append(fact)
    return out


def mask_for_facts(text: str) -> str:
    """Markup blanked, and dash runs (`Staff --- 795`) blanked so they do not read as minus signs."""
    masked = mask_markup(text)
    if "--" in masked:
        masked = _DASH_RUN.sub(lambda m: " " * len(m.group(0)), masked)
    return masked
