"""Every quantitative statement in prose, list items, captions and table cells.

A fact is a number with its unit (scaled: `2.6757 trillion yen` -> 2675700000000 JPY), an
optional qualifier and range, the noun it counts or measures, the period and place the
sentence ties it to, the sentence, and the exact span of the number with its unit.

Matching runs on the masked text (markup blanked, offsets unchanged), so a footnote marker
glued to a number (`2013¹¹`, `<sup>3</sup>`) never changes a value and every span is exact.
Numbers that are not facts are skipped: section and list numbers, page numbers, years inside
citations, dates like 21/11/2017, phone-like strings, codes such as WP3 or H2020. Finding the
numbers (and the patterns that can match a span at all) fast is number_scan.py's job; this
module turns them into facts.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from pipelines.extracted.masking import mask_markup
from pipelines.extracted.number_scan import (
    DIGIT,
    DIGIT_RUN,
    LIST_MARKS,
    WHITESPACE,
    NumberToken,
    full_year,
    has_spelled_number,
    is_year,
    may_hold_a_citation,
    may_hold_a_span_of_years,
    name_before,
    number_tokens,
    patterns,
    period_lead,
    skips_to_try,
    spelled_numbers,
    years_in_runs,
)
from pipelines.extracted.places import Place, find_places
from pipelines.extracted.rules import load_rules, word_alternation
from pipelines.extracted.text_clean import clean_text

PROSE_KINDS = ("paragraph", "list_item", "heading", "caption", "figure_caption", "footnote")


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


_WORD = re.compile(r"[A-Za-z](?:[A-Za-z&/']|-(?=[A-Za-z]))*")
_WORD_OR_MARK = re.compile(rf"{_WORD.pattern}|[^\sA-Za-z]")
_LETTER = re.compile(r"[A-Za-z]")
_PHRASE_BREAK = re.compile(r"[,;:()—]")
_FOLLOWER = re.compile(r"\s+([A-Za-z][\w\-]*)")
_YEARS_AFTER = re.compile(r"[- ]years?\b")
_FISCAL_LEAD = re.compile(r"(?:as of|FY|fiscal year|fiscal)\s*(?:the end of\s*)?\w*\s*$")
_OPEN_PAREN = re.compile(r"\s*\(\s*")
_DURATION = re.compile(r"[- ](?:year|month|week|day)s?\b(?!\s+(?:old|ago))")
_PERCENT_OF = re.compile(
    r"\s+(?:of|in)\s+(?:the\s+)?([A-Za-z][\w\- ]{2,40}?)(?=[,.;)]|\s(?:in|from|by|was|is)\b|$)"
)


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
_PLACE_AFTER = re.compile(r"^[\w\s-]{0,18}?\b(?:in|from|at)\s+(?:the\s+)?$")
_SENTENCE_END = re.compile(r"[.!?。](?P<gap>[\"”’)]?\s+)(?=[\"“(A-Z0-9\u3040-\u9fff])")


MAX_SENTENCE = 1000  # characters: a longer run without a sentence end is cut at a space


def sentences(masked: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans inside [start, end) of the masked text; abbreviations do not end one, and
    none is longer than MAX_SENTENCE, so a line with no punctuation costs what its length does."""
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
        yield from _bounded(masked, s, m.start("gap"))
        s = m.end()
    if s < end:
        yield from _bounded(masked, s, end)


def _bounded(masked: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """[start, end) in pieces of at most MAX_SENTENCE characters, cut at the last space of each
    piece's second half (mid-word only where it has none)."""
    while end - start > MAX_SENTENCE:
        cut = masked.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield start, cut
        start = cut + 1 if masked[cut] == " " else cut
    if start < end:
        yield start, end


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
        p = patterns()
        years = years_in_runs(masked, end, runs)
        self.ranges = [
            r
            for m in (
                p["period_range"].finditer(masked, start, end)
                if may_hold_a_span_of_years(masked, runs)
                else ()
            )
            if (r := (m.start(), int(m.group("a")), full_year(m.group("a"), m.group("b"))))[2]
            >= r[1]
        ]
        self.years: list[tuple[int, int]] = []
        self.open_years: set[int] = set()
        for at, year in years:
            lead = period_lead(masked, max(start, at - 60), at)
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
        if soon and not DIGIT.search(self.masked[pos : soon[0][0]].split(" ", 1)[-1][:-1] or ""):
            return self._year_period(soon[0])
        if self.ranges:
            r = min(self.ranges, key=lambda r: abs(r[0] - pos))
            return r[1], r[2]
        if self.years:
            following = [
                y
                for y in self.years
                if 0 < y[0] - pos <= 30
                and not DIGIT.search(
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


def facts_in_text(text: str) -> list[Fact]:
    """Facts of a text on its own (a sentence, a paragraph), for callers without a document;
    places are looked up only when the text has a number at all."""
    masked = mask_for_facts(text)
    runs = [m.span() for m in DIGIT_RUN.finditer(masked)]
    if not runs and not has_spelled_number(masked, 0, len(masked)):
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
    p = patterns()
    spelled = load_rules("facts")["spelled_numbers"]
    not_before = _word_sets()[2]
    if runs is None:
        runs = [m.span() for m in DIGIT_RUN.finditer(masked, start, end)]
        if not runs and not has_spelled_number(masked, start, end):
            return []
    out: list[Fact] = []
    dated: dict[int, tuple[Fact, int, int, int, int]] = {}  # the year facts' events, by id
    span = masked[start:end]
    blocked = [
        m.span()
        for r in skips_to_try(masked, start, span, runs)
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
            if m and name_before(masked, max(start, a - 40), a):
                blocked.append((m.start(), m.end()))
    if ("(" in span or "et al" in span) and may_hold_a_citation(masked, start, end, span, runs):
        blocked += [(m.start(), m.end()) for m in p["citation"].finditer(masked, start, end)]
    # `1.`, `(2)`, `- 3)` opening a list item: only blanks, `#`, bullets or `(` before its digits
    if runs and not masked[start : runs[0][0]].strip(LIST_MARKS):
        index = p["list_index"].match(masked, start)
        if index:
            blocked.append((index.start(), index.end()))

    # Only what lies near the sentence can overlap a number of it: the blocked spans that reach
    # into it and the facts of it and the sentence before, so a long block costs linear time.
    blocked.sort()
    near_blocked: list[tuple[int, int]] = []
    next_blocked = 0
    near_from = 0  # index in `out` of the first fact of the previous sentence

    def free(a: int, b: int) -> bool:
        # loops, not any() over generators: this runs for every number and costs half as much
        for x, y in near_blocked:
            if a < y and x < b:
                return False
        for i in range(near_from, len(out)):
            f = out[i]
            if a < f.end and f.start < b:
                return False
        return True

    has_dollar = "dollar" in span.lower()  # exchange rates: `80 yen to the dollar`
    run_starts = [a for a, _ in runs]
    sentence_from = 0
    for s_start, s_end in sentences(masked, start, end):
        near_from, sentence_from = sentence_from, len(out)
        while next_blocked < len(blocked) and blocked[next_blocked][0] < s_end:
            near_blocked.append(blocked[next_blocked])
            next_blocked += 1
        near_blocked = [(x, y) for x, y in near_blocked if y > s_start]
        first_run = bisect.bisect_left(run_starts, s_start)
        has_digit = first_run < len(runs) and run_starts[first_run] < s_end
        if not has_digit and not has_spelled_number(masked, s_start, s_end):
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
        tokens = number_tokens(masked, s_start, s_end, s_runs)
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
        for w_start, w_end, w_text in spelled_numbers(masked, s_start, s_end):
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


def _compatible(a: NumberToken, b: NumberToken) -> bool:
    if a.is_year or b.is_year:
        return a.is_year and b.is_year or (is_year(a.raw_number) and len(b.raw_number) == 2)
    return a.unit is None or b.unit is None or a.unit == b.unit


def _range(
    ctx: _SentenceContext, a: NumberToken, b: NumberToken, masked: str, s_end: int
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


def _single(ctx: _SentenceContext, tok: NumberToken, masked: str, s_end: int) -> Fact | None:
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
    cleaned = cleaned.lstrip("#▶►•-–;,*" + WHITESPACE).rstrip("(~–-" + WHITESPACE)
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
    """Facts of the numeric cells of one table row: the column header is the subject. The row's
    texts are joined once (and bounded), so a row of 10,000 cells costs linear time."""
    out: list[Fact] = []
    sentence = " | ".join(str(c["text"]) for c in row_cells if c.get("text"))[:MAX_SENTENCE]
    labels = "; ".join(
        str(c["text"]) for c in row_cells if c.get("text") and c.get("value_number") is None
    )[:160]
    for cell in row_cells:
        value = cell.get("value_number")
        if value is None or value != value:  # NaN
            continue
        unit = cell.get("unit") or "count"
        header = cell.get("column_header")
        subject = re.sub(r"\s*\([^()]*\)\s*$", "", str(header)) if header else (labels or None)
        start, end = int(cell["char_start"]), int(cell["char_end"])
        fact = Fact(
            value=float(value),
            unit=str(unit),
            start=start,
            end=end,
            subject=subject,
            sentence=sentence,
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
