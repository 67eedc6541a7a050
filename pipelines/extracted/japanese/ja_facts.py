"""Facts of one Japanese sentence: its numbers (ja_numbers.py) with the years (ja_periods.py)
and places it names, the noun each number counts, and the years that date an event.

The conventions are those of English text: a year that only dates another number of its
sentence is that number's period; one that dates nothing else is a fact of unit year whose
subject is the event; a decade (六十年代) is never a fact. In Japanese the period comes before
the number (平成20年度の予算額は106億円), so the year written last before a number is its
period; one written after it dates something else.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.fact import Fact
from pipelines.extracted.japanese.ja_budgets import budget_named_before
from pipelines.extracted.japanese.ja_compared import is_base
from pipelines.extracted.japanese.ja_dated_events import dates_event
from pipelines.extracted.japanese.ja_forms import fractions, or_next
from pipelines.extracted.japanese.ja_line_years import (
    AS_OF,
    column_period,
    line_period,
    told_in_past,
)
from pipelines.extracted.japanese.ja_named_places import (
    measure_place,
    number_place,
    outside_names_ja,
)
from pipelines.extracted.japanese.ja_numbers import JaNumber, numbers
from pipelines.extracted.japanese.ja_periods import YearMark
from pipelines.extracted.japanese.ja_ranks import ranked_items
from pipelines.extracted.japanese.ja_relative import (
    DURATIONS,
    compared_span,
    document_now,
    duration_period,
    existing_now,
    goes_on,
    ongoing_since,
    sentence_marks,
    story_day_year,
)
from pipelines.extracted.numbers.places import Place, without_glosses
from pipelines.extracted.rules import load_rules, word_alternation
from pipelines.extracted.structure.text_clean import clean_text

_PLACE_RANK = {"prefecture": 0, "city": 1, "area": 1, "region": 2, "country": 3, "demonym": 4}
_NOUN_BEFORE = re.compile(r"[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fffA-Za-z・ー]{1,16}$")
_TOPIC = re.compile(r"([\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fffA-Za-z・ー]{1,16})(?:は|が)")
_PARTICLES = "はがもをにでと、，, 　の"
_PARTICLE_AFTER_YEAR = re.compile(r"(?:には|からは|までに|以降|から|まで|に|は|の|、)")
_EVENT_TRIM = "、，,。:： 　にはでから・○●■□◆◇※"
_BUDGETED = ("JPY", "percent")  # a budget's sums and their changes


@cache
def _size_units() -> frozenset[str]:
    return frozenset(load_rules("japanese")["size_units"])


@cache
def _skip_words() -> re.Pattern[str]:
    words = load_rules("japanese")["subject_skip"]
    return re.compile(rf"(?:{word_alternation(words)})$")


def _unit_of_measure(n: JaNumber, measure: str | None, masked: str) -> str:
    """A count written with no counter word in the unit its measure names: 収入は約178億で is
    yen, 人口は約20万で people (rules/japanese.yaml, unit_of_measure); money only with 万/億/兆,
    which may end a number before the noun it is of too (千二百億の投資)."""
    scaled_of = n.counted and n.scale_word and masked[n.end - 1 : n.end] == n.scale_word
    if n.unit != "count" or not (n.bare or scaled_of) or not measure:
        return n.unit
    for unit, words in load_rules("japanese")["unit_of_measure"].items():
        if (unit != "JPY" or n.scale_word) and any(w in measure for w in words):
            return str(unit)
    return n.unit


def _measure_before(masked: str, lo: int, at: int) -> str | None:
    """What a number measures, from the words before it: the noun right before it when the
    particles between make it the topic or object (関連予算は約600億円, 第三セクターを十二か所),
    passing over words that only place or date it (全国の); else the sentence's topic before the
    number (工業出荷額は、…の間に約一・四倍)."""
    end = at
    for _ in range(3):
        k = at
        while k > lo and masked[k - 1] in _PARTICLES:
            k -= 1
        particles = masked[k:at].strip(" ,、，")
        m = _NOUN_BEFORE.search(masked, lo, k)
        if m is None:
            break
        word = m.group(0).strip("・ー")
        skip = _skip_words().search(word)
        if skip is not None and skip.start() == 0:
            at = m.start()
            continue
        if skip is not None:
            word = word[: skip.start()]
        if particles in ("", "は", "が", "も", "を", "では"):
            return word
        break
    topics = [t.group(1) for t in _TOPIC.finditer(masked, lo, end)]
    return next((t for t in reversed(topics) if _skip_words().search(t) is None), None)


def _is_index(masked: str, block_start: int, n: JaNumber) -> bool:
    """`1　計画の位置付け`, `(2) 地域別`: a bare number opening its block before a blank or a
    bracket is the number of a section or list item."""
    opening = not masked[block_start : n.start].strip(" \t\n(#・○●-*")
    bare = masked[n.start : n.end].isdigit()
    return opening and bare and masked[n.end : n.end + 1] in (" ", "\t", "\n", ")", ".", "")


# a decade that dates what follows (1990年代の出荷額, 昭和40年代には): its ten years are the
# period, as English `in the 1980s`; one a span starts from (から) or a part of it (前半) is not
_DATING = re.compile(r"(?:には|では|の|に|は|、)")


def _period(marks: list[YearMark], n: JaNumber, masked: str) -> tuple[int | None, int | None]:
    """The year alone (or with its month, as of: 9,200人(2017年6月末現在)) in brackets right
    after the number (12億円（平成27年度）), else the year written
    last before it: a year further after it dates what follows (15m四方の振動台をもつ施設を完成
    し,また,昭和45年度から…), and stays a fact of its own. A note (※…) between them ends the
    year's text, where a page's layout was lost (…機関 1.X 約5%増 ※続きは別表 2.見出し …約8億円)."""
    after = [y for y in marks if y.start >= n.end and not y.decade]
    opened = after and masked[n.end : after[0].start].strip() in ("(", "（", "[", "［")
    if opened and _as_of_tail().match(masked, after[0].end):
        return after[0].first, after[0].last
    before = dating_marks(marks, n.start, masked)
    # said of now, or of what goes on since the year (2001年度から19のプロジェクトで…している)
    if (
        not before
        or _said_of_now(masked, before[-1].end, n.start)
        or ongoing_since(masked, before[-1], len(masked))
    ):
        return None, None
    # 2017年度から上限額を3億円に: a number of the year a change starts from is that year's
    last = before[-1].last
    return before[-1].first, before[-1].first if last is None else last


def dating_marks(marks: list[YearMark], at: int, masked: str) -> list[YearMark]:
    """The years before the number at `at` that may date it, the nearest last: past a note
    (※) or a base of comparison, a decade only where it dates what follows."""
    note = masked.rfind("※", 0, at)
    return [
        y for y in marks
        if note < y.start and y.end <= at and (not y.decade or _DATING.match(masked, y.end))
        and not is_base(masked, y) and not _from_value_before(masked, y, at)
    ]  # fmt: skip


# a year bound to the number a change starts from (前年度の312件から…458件となった): it dates that
# number alone, not the ones the change reaches
_FROM_VALUE = re.compile(
    r"\s*の\s*約?[0-9〇一二三四五六七八九十百千][0-9,.〇一二三四五六七八九十百千万億兆・]*"
    r"[^\s、。0-9]{0,4}から"
)


def _from_value_before(masked: str, y: YearMark, at: int) -> bool:
    m = _FROM_VALUE.match(masked, y.end)
    return m is not None and m.end() <= at


# what may follow the year in the brackets after a number that date it: 12億円（平成27年度）,
# 約9,200人(2017年6月末現在), 350社（令和2年3月時点）, 12億円(2015年度予算), 346社[2018年7月末]
@cache
def _as_of_tail() -> re.Pattern[str]:
    kinds = word_alternation(load_rules("japanese")["figure_kinds"])
    kinds = rf"[^()（）、。\n]{{0,8}}?(?:{kinds})"  # 国勢調査, 経済センサス, 総務省調べ
    return re.compile(rf"[ \t0-9〇一二三四五六七八九十月日末]*(?:現在|時点|{kinds})?\s*[)）\]］]")


# 現在, 今日: a number said of the present (1986年に指定された団地には、現在120社): the year
# before dates its own clause's event; 2020年3月末現在 is the date the number is as of
_NOW = re.compile(r"現在|今日|現時点|目下")
_AS_OF_DATE = re.compile(r"[\s\d〇一二三四五六七八九十月日末時点の]*")


def _said_of_now(masked: str, year_end: int, at: int) -> bool:
    now = _NOW.search(masked, year_end, at)
    return now is not None and _AS_OF_DATE.fullmatch(masked, year_end, now.start()) is None


def _geography(places: list[Place], at: int, event: bool = False) -> str | None:
    """The place of the sentence nearest the number at `at`, before it first, a prefecture
    before a city, never a nationality (日本人); an event (a year) takes the place written
    inside a prefecture (茨城県筑波地区に決定: Tsukuba) as where it happened, a number keeps its
    prefecture (宮城県仙台市の60社)."""
    named = [p for p in places if p.kind != "demonym"]  # 日本人の研究者: a nationality
    if not named:
        return None
    if event:
        inner = {p.start for p in named if p.kind in ("city", "region")}
        named = [p for p in named if not (p.kind == "prefecture" and p.end in inner)] or named
    before = [p for p in named if p.end <= at]
    pool = before or named
    best = min(
        pool, key=lambda p: (abs(at - p.start) // 25, _PLACE_RANK[p.kind], abs(at - p.start))
    )
    return best.code


def _year_place(
    places: list[Place], marks: list[YearMark], y: YearMark, bounds: tuple[int, int]
) -> str | None:
    """The place of the event a year dates: one named after it before the next year (a
    chronology's row: 1981年 11月 京都府が…を発表), else one named before it in its sentence
    (岩手県では、平成10年に…), never one in a later clause that another year dates."""
    hi = min([m.start for m in marks if m.start >= y.end], default=bounds[1])
    after = [p for p in places if y.end <= p.start < hi]
    return _geography(after or [p for p in places if p.end <= y.start], y.start, event=True)


def _event(masked: str, s_start: int, s_end: int, mark: YearMark) -> str | None:
    """The sentence a year dates, without the year and its particle."""
    after = _PARTICLE_AFTER_YEAR.match(masked, mark.end, s_end)
    rest = masked[s_start : mark.start] + masked[after.end() if after else mark.end : s_end]
    rest = clean_text(rest).strip(_EVENT_TRIM)
    rest = re.sub(r"^[（(]\s*[）)]|[（(]\s*[）)]", "", rest).strip(_EVENT_TRIM)
    return rest[:160] or None


def japanese_facts(
    text: str,
    masked: str,
    s_start: int,
    s_end: int,
    places: list[Place],
    block_start: int,
    blocked: list[tuple[int, int]],
) -> list[Fact]:
    """Facts of the Japanese sentence [s_start, s_end) of `masked` (markup blanked, full-width
    read as ASCII), quoting `text`."""
    marks = sentence_marks(text, masked, s_start, s_end, block_start)
    # H25 is an era year here, whatever the English reader's gate for codes (WP3) said
    free_marks = [
        y
        for y in marks
        if masked[y.start].isalpha() or not any(a < y.end and y.start < b for a, b in blocked)
    ]
    sentence = clean_text(text[s_start:s_end])
    named = without_glosses(masked, [p for p in places if s_start <= p.start < s_end])
    s_places = outside_names_ja(masked, named)
    out: list[Fact] = []
    used: dict[int, list[int]] = {}  # a year that dates numbers -> where they end
    found = numbers(masked, s_start, s_end)
    or_next(masked, found)
    found += ranked_items(masked, s_start, s_end) + fractions(masked, s_start, s_end)
    for n in sorted(found, key=lambda x: x.start):
        if any(y.start < n.end and n.start < y.end for y in marks):
            continue
        if not n.bracketed and any(a < n.end and n.start < b for a, b in blocked):
            continue  # 大学（5）: the count the English list-number gate blocked as `(5)`
        if _is_index(masked, block_start, n):
            continue
        fact = _number_fact(n, masked, (s_start, s_end), free_marks, s_places, sentence, used)
        if fact.period_start is None and not any(y.start < n.start for y in marks):
            # 十五地域あるわけで: a count of what exists, as of the record's date
            fact.period_start = fact.period_end = existing_now(text, masked, n.end, s_end)
        if fact.period_start is None and _NOW.search(masked, s_start, n.start):
            # 現在までに二十四地域: said of the present, the date the document states
            now = document_now(text)
            fact.period_start = fact.period_end = now[0] if now else None
        if fact.period_start is None and not any(y.start < n.start for y in marks):
            fact.period_start = fact.period_end = story_day_year(text, masked, s_start, n.start)
        if not (n.rank and n.counted and measure_place(n.counted)):
            fact.geography = number_place(masked, named, n.start, n.end) or fact.geography
        out.append(fact)
    for k, y in enumerate(free_marks):
        if y.decade or y.cut or y.relative or masked[y.start] == "同" or is_base(masked, y):
            continue
        if AS_OF.match(masked, y.end):
            continue  # 2012年5月1日現在, 2017年度（10月時点）: the date numbers are as of, no event
        # a year something starts from (2017年度から上限額を引き上げた) is that start's date
        # as well as the period of the numbers after it
        if k in used and y.last is not None and not dates_event(masked, y.end, used[k], s_end):
            continue
        fact = Fact(
            value=float(y.first),
            unit="year",
            start=y.start,
            end=y.end,
            value_low=float(y.first) if y.last != y.first else None,
            value_high=float(y.last) if y.last is not None and y.last != y.first else None,
            subject=_event(masked, s_start, s_end, y),
            period_start=y.first,
            period_end=y.last if y.last is not None else y.first,  # as English year facts
            geography=_year_place(s_places, marks, y, (s_start, s_end)),
            sentence=sentence,
            fact_type="year",
        )
        out.append(fact)
    out.sort(key=lambda f: f.start)
    return out


def _number_fact(
    n: JaNumber,
    masked: str,
    bounds: tuple[int, int],
    marks: list[YearMark],
    places: list[Place],
    sentence: str,
    used: dict[int, list[int]],
) -> Fact:
    s_start, s_end = bounds
    # a table written with blanks under a line of years: the year heading the number's column
    period = column_period(masked, n.start) or _period(marks, n, masked)
    period = compared_span(masked, marks, n.start, n.end, period)  # 13年度に比べ19年度は9%減
    dating = [
        k for k, y in enumerate(marks)
        if (y.first, y.first if y.last is None else y.last) == period != (None, None)
    ]  # fmt: skip
    reached = masked.endswith("周年", n.start, n.end)  # 2018年10月…20周年: dated when reached
    if n.unit in DURATIONS and period[0] is not None and period[0] == period[1] and not reached:
        lasting = duration_period(masked, dating_marks(marks, n.start, masked), n.value, n.unit)
        period = lasting or period  # 令和2年度から3年間: the year dates it, no fact of its own
        dating = [] if period == (None, None) else dating
    # a number with no year before it, not said of the present nor a size (分譲面積は約120ha:
    # no event's year dates it) takes the year its line gives
    sized = n.unit in _size_units() and not told_in_past(masked, s_start, s_end)
    undated = not any(y.end <= n.start for y in marks) and not sized
    if period == (None, None) and undated and not _NOW.search(masked, s_start, n.start):
        period = line_period(masked, n.start, s_start, goes_on(masked, *bounds)) or period
    if period == (None, None) and n.unit in _BUDGETED and not dating_marks(marks, n.start, masked):
        period = budget_named_before(masked, n.start) or period  # an item of a budget named
    if n.unit in _size_units() and any(
        dates_event(masked, marks[k].end, [n.end], s_end) for k in dating
    ):
        period, dating = (None, None), []  # 昭和45年度から…長さ375メートルの施設の建設: undated
    for k in dating:
        used.setdefault(k, []).append(n.end)
    high = n.value_high
    subject = n.counted or _measure_before(masked, s_start, n.lead)
    return Fact(
        value=n.value,
        unit=_unit_of_measure(n, subject, masked),
        start=n.start,
        end=n.end,
        value_low=n.value if high is not None else None,
        value_high=high,
        scale_word=n.scale_word,
        qualifier=n.qualifier,
        subject=subject,
        period_start=period[0],
        period_end=period[1],
        # an item of a ranked list (1.山形大学) is placed by the place in its name
        geography=(n.rank and n.counted and measure_place(n.counted))
        or _geography(places, n.start),
        sentence=sentence,
        fact_type="rank" if n.rank else ("range" if high is not None else "quantity"),
    )
