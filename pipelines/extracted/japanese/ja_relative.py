"""Years Japanese text names relative to another: to the date the document states (本年度,
今年度, 来年度, 昨年度, 本年, 来年: a Diet record's meeting date, a press release's or an
evaluation sheet's date), or to the year just named (翌年, 翌年度: the year after it; 前年,
前年度: the year before the one named earlier in its sentence, else before the document's date,
else before the year just named). Where the text gives no year to count from, none is read:
an undated 来年度 is left without a period rather than guessed.

A year a number is compared with (前年度に比べ二億円の増) is the base of the comparison
(ja_compared.is_base), never the year another relative year counts from; 前年度比 and 前年比 are
no years at all.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from pipelines.extracted.japanese.ja_compared import is_base
from pipelines.extracted.japanese.ja_numbers import to_ascii
from pipelines.extracted.japanese.ja_periods import (
    KANJI_DIGITS,
    YearMark,
    fiscal_year,
    merge_twice_dated,
    numeral,
    same_year,
    year_marks,
)
from pipelines.extracted.japanese.ja_published import news_dateline
from pipelines.extracted.rules import load_rules, word_alternation

if TYPE_CHECKING:
    from pipelines.extracted.fact import Fact

_OPENING = 400  # characters in which a document states its date
_NOW_WORDS = {"本年": 0, "今年": 0, "来年": 1, "昨年": -1, "明年": 1, "去年": -1}
_RELATIVE = re.compile(
    r"(?P<w>本年|今年|来年|昨年|明年|去年|翌年|前年)(?P<fy>度)?(?![度代比間]|同期)"
)
# what may stand on the line of a document's date beside it: a label (評価年月：, 発行日),
# the day and the weekday in brackets
_DATE_LINE_REST = re.compile(r"[\s\d〇一二三四五六七八九十日()（）月火水木金土曜:：]*")
# a date written in figures on a line of its own (2016.08.26, 2016/8/26 10:00), a page's
# publication date, with a short label before it
_FIGURE_DATE_LINE = re.compile(
    r"^[^\n\d]{0,10}?(?P<y>(?:19|20)[0-9]{2})[./](?P<m>0?[1-9]|1[0-2])[./][0-3]?[0-9]"
    r"(?:\s+[0-2]?[0-9]:[0-5][0-9])?[ \t\u3000]*$",
    re.M,
)
_DATE_LABEL = 10
_KANJI_BEFORE = re.compile(r"[\u3400-\u9fff々]")


@cache
def _date_line_rest() -> re.Pattern[str]:
    """The day, the weekday, a time, and a word saying what the date is of (2015年3月1日（日）
    配信: rules/japanese.yaml, date_line_words)."""
    words = word_alternation(load_rules("japanese")["date_line_words"])
    return re.compile(rf"{_DATE_LINE_REST.pattern}(?:{words})?\s*")


@lru_cache(maxsize=8)
def document_now(text: str) -> tuple[int, int] | None:
    """(calendar year, fiscal year) of the date the document states in its opening: a year
    with its month on a line of its own, but for a short label or the day and weekday (昭和六十
    三年四月十三日（水曜日）, 評価年月：令和2年3月, 平成28年8月26日). A year with a month inside a
    sentence dates an event, not the document; else the date its address states (a Diet
    record's meeting id: rules/japanese.yaml, address_dates). `text` is the document unmasked
    (the mask blanks whole dates)."""
    masked = to_ascii(text[:_OPENING])
    end = len(masked)
    for mark in year_marks(masked, 0, end):
        if mark.month is None or mark.last != mark.first:
            continue
        line_start = masked.rfind("\n", 0, mark.start) + 1
        line_end = masked.find("\n", mark.end)
        line_end = len(masked) if line_end < 0 else line_end
        before = masked[line_start : mark.start].strip()
        after = masked[mark.end : line_end]
        if len(before) <= _DATE_LABEL and _date_line_rest().fullmatch(after):
            return mark.first, fiscal_year(mark.first, mark.month)
    figures = _FIGURE_DATE_LINE.search(masked)
    if figures:
        year, month = int(figures.group("y")), int(figures.group("m"))
        return year, fiscal_year(year, month)
    return publication_date(text) or _address_date(text, "address_dates")


def publication_date(text: str) -> tuple[int, int] | None:
    """(calendar year, fiscal year) of the day a news page or a magazine says it was
    published: its dateline (ja_published.news_dateline), else the date in a news page's
    address (rules/japanese.yaml, news_address_dates); not a record's meeting date."""
    news = news_dateline(text)  # 2015.10.28., 『…新聞』2005年5月24日付, 2007年3月号
    if news:
        return news[0], fiscal_year(*news)
    return _address_date(text, "news_address_dates")


def _address_date(text: str, rules: str) -> tuple[int, int] | None:
    first_line = text[: text.find("\n")] if "\n" in text else text
    if first_line.startswith(("http://", "https://")):
        for pattern in load_rules("japanese")[rules]:
            m = re.search(pattern, first_line)
            if m:
                y = m.group("y")  # /160629/: a two-digit year is of this century
                year, month = int(y) + (2000 if len(y) == 2 else 0), int(m.group("m"))
                return year, fiscal_year(year, month)
    return None


def relative_years(
    text: str, masked: str, start: int, end: int, named: list[YearMark]
) -> list[YearMark]:
    """The relative years in [start, end) of `masked` (`text` unmasked) as marks of the year
    they name; `named`: the years written in the sentence; a 翌年 with none before it in its
    sentence counts from the year written last in the text before."""
    out: list[YearMark] = []
    now = document_now(text)
    for m in _RELATIVE.finditer(masked, start, end):
        if _KANJI_BEFORE.match(masked, max(0, m.start() - 1)) and m.start() > 0:
            continue  # 日本年金, 以前年: the letters are part of a longer word
        word, fiscal = m.group("w"), m.group("fy") is not None
        year: int | None = None
        if word in _NOW_WORDS:
            if now is not None:
                year = (now[1] if fiscal else now[0]) + _NOW_WORDS[word]
        else:
            step = 1 if word == "翌年" else -1
            earlier = [
                y for y in named + out
                if y.end <= m.start() and not y.decade and not is_base(masked, y)
            ]  # fmt: skip
            if word == "前年" and not earlier and now is not None:
                year = (now[1] if fiscal else now[0]) - 1
            else:
                if not earlier:
                    said = now[0] if now else None
                    before = year_marks(masked, max(0, m.start() - 400), m.start(), said)
                    earlier = [y for y in before if not y.decade and not is_base(masked, y)]
                if earlier:
                    last = max(earlier, key=lambda y: y.end)
                    year = (last.last if last.last is not None else last.first) + step
        if year is not None:
            out.append(YearMark(m.start(), m.end(), year, year, fiscal, relative=True))
    return out + _years_later(masked, start, end, named) + _length_spans(masked, start, end, named)


# その後5年間で, 5年後の, 十年後には: the year that many years after the one named before it in
# the sentence (2005年の409億円から、その後5年間で2.5倍に: 2010)
_LATER = re.compile(
    rf"(?:(?:その後|以後|それから)\s*(?P<a>[0-9]{{1,2}}|[{KANJI_DIGITS}]{{1,3}})年間?で"
    rf"|(?P<b>[0-9]{{1,2}}|[{KANJI_DIGITS}]{{1,3}})年後(?:に|の|には))"
)


def _years_later(masked: str, start: int, end: int, named: list[YearMark]) -> list[YearMark]:
    """The years written as so many years after the year named before in the sentence, as
    marks of no width at the end of their words (the duration itself stays a number)."""
    out: list[YearMark] = []
    for m in _LATER.finditer(masked, start, end):
        earlier = [
            y for y in named + out
            if y.end <= m.start() and not y.decade and not is_base(masked, y)
        ]  # fmt: skip
        n = numeral(m.group("a") or m.group("b"))
        if not earlier or n is None:
            continue
        last = max(earlier, key=lambda y: y.end)
        year = (last.last if last.last is not None else last.first) + n
        out.append(YearMark(m.end(), m.end(), year, year, last.fiscal, relative=True))
    return out


# a count said to exist, in its clause right after it (新産地域十五地域と工特地域六地域あるわけで,
# 二十六地域ございます): as of the time the document speaks; not the copula (〜である, 〜でございます)
_TIMES = ("回", "度")
_EXISTS = re.compile(r"[^、。,\d年]{0,16}?(?<!で)(?:ある(?!いは)|あり(?:ま|[、,])|ございま|存在)")


def existing_now(text: str, masked: str, end: int, s_end: int) -> int | None:
    """The calendar year of the date the document states, for a number whose clause says that
    many things exist (十五地域ある) and whose sentence names no year before it: a count as of
    then."""
    if masked[:end].rstrip().endswith(_TIMES) or _EXISTS.match(masked, end, s_end) is None:
        return None  # 二回の石油危機がございまして: times are of events, not of what exists now
    now = document_now(text)
    return now[0] if now else None


# a duration's period is the span of years it is the length of (平成2年度から6年度までの5年間)
DURATIONS = ("years", "months", "days")


def duration_period(
    masked: str, before: list[YearMark], value: float, unit: str
) -> tuple[int | None, int | None] | None:
    """The period of a duration that one year before it dates: the years from that year on,
    when the year is where it starts (令和3年度から5年間: 2021-2025); none when the year is a
    day's, written with its month (平成14年4月に…1~3年間の試行事業: a length that event does not
    date); else None, for the year's period to stand (2002年度に始まり…5年間支援する)."""
    start = before[-1] if before else None
    if start is None or start.first != start.last:
        return None
    if start.month is not None:
        return None, None
    if unit == "years" and value == int(value) and _FROM_OR_TO.match(masked, start.end):
        return _lasting(masked, start, int(value))
    return None


# a length of years from a year or up to it (令和3年度から5年間, 2015年度までの5年間で)
_FROM_OR_TO = re.compile(r"から|までの")
_LENGTH = re.compile(
    rf"(?:から|までの)\s*(?P<n>[0-9]{{1,2}}|[{KANJI_DIGITS}]{{1,3}})\s*(?:か年|カ年|ヶ年|年)間"
)


def _lasting(masked: str, start: YearMark, n: int) -> tuple[int, int]:
    if masked.startswith("から", start.end):
        return start.first, start.first + n - 1
    return start.first - n + 1, start.first


def _length_spans(masked: str, start: int, end: int, named: list[YearMark]) -> list[YearMark]:
    """The span a length of years from or up to a year names (2015年度までの5年間で総額約50億円:
    2011-2015), as a mark of no width after the length, for the numbers after it."""
    out: list[YearMark] = []
    for y in named:
        m = _LENGTH.match(masked, y.end, end)
        n = numeral(m.group("n")) if m else None
        if m is None or n is None or y.start < start or y.first != y.last or y.month:
            continue
        first, last = _lasting(masked, y, n)
        out.append(YearMark(m.end(), m.end(), first, last, y.fiscal, relative=True))
    return out


def sentence_marks(
    text: str, masked: str, s_start: int, s_end: int, block_start: int
) -> list[YearMark]:
    """The years of the sentence [s_start, s_end): written, 同年, relative (本年度, 翌年)."""
    now = document_now(text)
    year = now[0] if now else None
    marks = year_marks(masked, s_start, s_end, year)
    marks += same_year(masked, s_start, s_end, block_start, year)
    marks += relative_years(text, masked, s_start, s_end, sorted(marks, key=lambda y: y.start))
    return merge_twice_dated(masked, sorted(marks, key=lambda y: y.start))


# a number that is the change itself (約9%の減少, 二割減, 30億円の増): not a level it reached
# (120億円に増加), which is the later year's
_CHANGE_AFTER = re.compile(
    r"\s*(?:[(（][^()（）]{0,12}[)）])?\s*(?:の|も)?(?:増|減|伸び|上昇|低下)"
)


def compared_span(
    masked: str, marks: list[YearMark], at: int, end: int, period: tuple[int | None, int | None]
) -> tuple[int | None, int | None]:
    """The period of a change measured from a written year to a later one (平成13年度に比べて
    平成19年度では約9%の減少): the years from the base to the year it is dated by, where more
    than one year lies between (a change over one year, 前年度に比べ, is that year's)."""
    last = period[1]
    if last is None or period[0] != last or not _CHANGE_AFTER.match(masked, end):
        return period
    bases = [
        y for y in marks
        if y.end <= at and not y.relative and not y.decade and is_base(masked, y)
    ]  # fmt: skip
    base = bases[-1].first if bases else None
    return (base, last) if base is not None and base < last - 1 else period


_RUNNING = re.compile(r"\s*連続")
_PAST = re.compile(r"(?:過去|直近|ここ)\s*(?:の\s*)?$")  # 過去5年間: the years up to now


def consecutive_years(masked: str, fact: Fact) -> None:
    """`3年連続で100億円を超える` or `過去5年間で最多` in a year's report: the run of years that ends
    in the year it is dated by (2015 -> 2013-2015, 2011-2015), not that year alone."""
    last = fact.period_end
    if fact.unit != "years" or last is None or fact.period_start != last:
        return
    running = _RUNNING.match(masked, fact.end) or _PAST.search(
        masked, max(0, fact.start - 8), fact.start
    )
    if fact.value == int(fact.value) >= 2 and running:
        fact.period_start = last - int(fact.value) + 1


# a sentence that ends in the progressive or in what has gone on until now (推進している,
# 実施しております, 続けてきた), a note in brackets after it (第1-1-3図) aside
_ONGOING_END = re.compile(
    r"(?:て(?:い|お)(?:る|ます)|てきた|てきました|中である|中です)"
    r"(?=\s*(?:[(（][^()（）]{0,20}[)）])?\s*[。．]?\s*$)"
)


def ongoing_since(masked: str, mark: YearMark, s_end: int) -> bool:
    """Whether the year opens a time that goes on until the sentence's present (2001年度から全国
    19のプロジェクトにおいて…を推進している): the numbers after it are of what goes on, not of
    that year; a year a change is made from (2017年度から上限額を3億円に引き上げた) dates them."""
    if mark.last is not None or not masked.startswith("から", mark.end):
        return False
    stop = masked.find("。", mark.end, s_end)
    end = s_end if stop < 0 else stop + 1
    return _ONGOING_END.search(masked, mark.end, end) is not None


def goes_on(masked: str, s_start: int, s_end: int) -> bool:
    """Whether the sentence [s_start, s_end) tells what goes on now (…が参加し、…を進めている):
    its numbers are of the present, not of a year a sentence before it told."""
    stop = masked.find("。", s_start, s_end)
    return _ONGOING_END.search(masked, s_start, s_end if stop < 0 else stop + 1) is not None


# a date in a document's opening, with its day: 2020年7月14日, 2020.07.14, 2020/7/14, or run
# together as a saved picture's name writes it (20200714)
_OPENING_DATE = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?:(?:年|[./])\s*(?:[1-9]|1[0-2]|0[1-9])(?:月|[./])\s*"
    r"(?P<d>[0-3]?[0-9])|(?:0[1-9]|1[0-2])(?P<dd>[0-2][0-9]|3[01]))(?![0-9])"
)
# a news story's day without its month (内閣府は14日、…; 同社は3日に発表した): not 14日間, 3日目
_STORY_DAY = re.compile(
    r"(?<![0-9月〇一二三四五六七八九十])(?P<d>[1-9]|[12][0-9]|3[01])日(?=[、,，に])"
)


def story_day_year(text: str, masked: str, start: int, at: int) -> int | None:
    """The year of the document's date where the sentence before `at` (from `start`) gives only
    its day (内閣府は14日、…4都市圏を選んだ) and a date in the document's opening has that day:
    the news of the day the story was dated, so the numbers it tells are of that year."""
    days = {int(m.group("d")) for m in _STORY_DAY.finditer(to_ascii(text[start:at]))}
    if not days:
        return None
    years = {
        int(m.group("y"))
        for m in _OPENING_DATE.finditer(to_ascii(text[:_OPENING]))
        if int(m.group("d") or m.group("dd")) in days
    }
    return years.pop() if len(years) == 1 else None
