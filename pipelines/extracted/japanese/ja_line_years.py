"""Years a Japanese number's line gives it when its sentence gives none: the year heading its
line (a chronology's `昭和五十九年　地域指定を受け…。目標は約二千億円` dates the line's later
sentences too) or the one year its earlier sentences name, or the span or fiscal year of the
short line right above it or above the list it is an item of (`第Ⅲ期　平成24年度から28年度まで`
over `・共同研究　37件`), as a heading dates what lies under it; and the counter a line over rows
of bare numbers states for them (人 over `研究者  2,791`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pipelines.extracted.japanese.ja_periods import YearMark, year_marks
from pipelines.extracted.rules import load_rules, word_alternation
from pipelines.extracted.structure.text_clean import line_bounds

_BULLETS = "・-*＊○●◦•‐"
_LINE_OPENING = re.compile(r"[ \t\u3000]*")
# what parts a heading year from its line's text: a blank, a dash or a colon
_AFTER_HEADING_YEAR = re.compile(r"[ \t\u3000]+|\s*[-－‐―—:：]\s*")
_HEADING_MAX = 40  # characters of a line a list hangs under
# a line that reads as a heading: no comma, and not opening with kana that carries on a sentence
# wrapped from the line before (a Diet record's `ども、昭和五十六年から六十年までの第三次`)
_HEADING_LIKE = re.compile(r"(?![\u3041-\u309f])[^、]*")
# a year a heading opens or closes a time with (平成15年度以降の成果, 令和2年度まで): no one
# year or span of the items under it
_OPEN_AFTER = re.compile(r"\s*(?:以降|以来|から|より|まで|以前)")
# a calendar year a heading names what it is of (2020年の実績, 2019年の主な動き): the year of the
# list under it; a calendar year alone on a heading may be an event's date
_OF_AFTER = re.compile(r"の(?=[^\s0-9])")
# a date numbers are as of (2012年5月1日現在, 2017年度（10月時点）): a heading's date dates the
# list under it (施設数(H28年3月31日現在) over `大学 5施設`)
AS_OF = re.compile(r"度?[ \t(（]*(?:[0-9 \t]{0,4}月)?(?:[0-9 \t]{0,4}日)?[ \t]*(?:現在|時点)")


def _period(mark: YearMark) -> tuple[int, int]:
    return mark.first, mark.last if mark.last is not None else mark.first


def paragraph_start(masked: str, at: int) -> int:
    """Where the paragraph of `at` starts: its line's start, or, where the text was wrapped
    (a Diet record's lines break inside sentences), the start of the lines before that end
    inside a sentence: prose (a 、 or 。 in it) that does not end in 。."""
    start, _ = line_bounds(masked, at)
    while start > 0:
        prev_start, prev_end = line_bounds(masked, start - 1)
        line = masked[prev_start:prev_end].rstrip(" \t\u3000")
        if not line or line.endswith(_SENTENCE_ENDS) or not any(c in line for c in "、。"):
            break
        start = prev_start
    return start


_SENTENCE_ENDS = ("。", "．", "」", "）", ")", "!", "！", "?", "？")


def heading_year(masked: str, at: int) -> YearMark | None:
    """The year that opens the line of `at`, parted from the line's text by a blank, a dash or
    a colon (昭和五十九年　…, 1990年 - …)."""
    start, end = line_bounds(masked, at)
    opening = _LINE_OPENING.match(masked, start).end()  # type: ignore[union-attr]
    marks = year_marks(masked, opening, min(end, opening + 16))
    if not marks or marks[0].start != opening or marks[0].decade:
        return None
    if not _AFTER_HEADING_YEAR.match(masked, marks[0].end):
        return None
    return marks[0]


def line_period(
    masked: str, at: int, s_start: int, ongoing: bool = False
) -> tuple[int, int] | None:
    """The period the line of the number at `at` gives it: the year heading the line when the
    number's sentence (from `s_start`) comes after it, or the one year the sentences before it
    on its line name; else the span or fiscal year of the
    short line right above (a phase's line over its paragraph: 第Ⅰ期（2001~05年）：立ち上げ期;
    a calendar year only as what the heading is of, 2020年の実績, or the date it is as of,
    2016年3月末現在),
    past the items of a list for one of them (the line the list hangs under) and past the line
    of its columns' names over rows (人数 over `事務　120人`). A sentence that tells what goes
    on now (`ongoing`: …を進めている) takes no year of the sentences before it."""
    start = paragraph_start(masked, at)
    heading = heading_year(masked, at)
    if heading is not None and heading.end <= s_start:
        return _period(heading)
    # 本日、平成28年度の交付対象を決定しました。今回は305事業…: the sentence before on its line
    # gave one year, the time the paragraph goes on speaking of
    told = {_period(m) for m in year_marks(masked, start, s_start) if not m.decade}
    if len(told) == 1 and len(set(next(iter(told)))) == 1 and not ongoing:
        return told.pop()  # one year, not a plan's span (…年度から…年度までの計画でした)
    bulleted = masked[start:at].lstrip(" \t\u3000").startswith(tuple(_BULLETS))
    in_row = not bulleted and _row(masked, *line_bounds(masked, at))[1] > 0
    k, header = start - 1, None
    while k > 0:
        prev_start, _ = line_bounds(masked, k)
        line = masked[prev_start:k].strip(" \t\u3000")
        if line.startswith(tuple(_BULLETS)) and not bulleted:
            return None  # a paragraph after a list: the list's heading is not its own
        # a row of the same list written without bullets (大学 5施設 over 研究機関 101施設)
        row = in_row and bool(line) and _row(masked, prev_start, k)[1] > 0
        if line and not line.startswith(tuple(_BULLETS)) and not row:
            if (in_row or bulleted) and line.endswith(_LEAD_IN):
                return _lead_in_year(masked, prev_start)
            if len(line) > _HEADING_MAX or "。" in line or not _HEADING_LIKE.fullmatch(line):
                return None
            marks = [
                m for m in year_marks(masked, prev_start, k)
                if not m.decade and not _OPEN_AFTER.match(masked, m.end)
            ]  # fmt: skip
            spans = [
                m for m in marks
                if m.fiscal or (m.last or m.first) > m.first
                or (m.month is None and _OF_AFTER.match(masked, m.end))
                or AS_OF.match(masked, m.end)
            ]  # fmt: skip
            if spans:
                return _period(spans[0])
            # the rows' column header (人(内数:外国人数)) under the heading: one line of no number
            if not (in_row and header is None and not any(c.isdigit() for c in line)):
                return None
            header = line
        k = prev_start - 1
    return None


@cache
def _unit_line() -> re.Pattern[str]:
    """A line over rows of bare numbers that states only what they count, maybe with a note (人,
    件, 人(内数:外国人数), 単位：社): a counter of people or things (rules/japanese.yaml)."""
    counters = load_rules("japanese")["counters"]
    words = word_alternation([w for w, (u, _) in counters.items() if u in ("people", "count")])
    note = r"[ \t]*(?:[(（][^()（）\n]{0,24}[)）])?"
    return re.compile(rf"(?:単位[ \t]*[:：][ \t]*)?(?P<w>{words}){note}")


_UNIT_ROWS_MAX = 40  # rows looked up through for the line of their counter


def row_unit(masked: str, at: int) -> str | None:
    """The counter the line over the rows of the number at `at` states for them (人(内数:外国
    人数) over `研究者  2,791  ( 86)`): the line right above the rows, past the rows themselves."""
    start, end = line_bounds(masked, at)
    if _row(masked, start, end)[1] == 0:
        return None
    for above_start, above_end in _lines_above(masked, start, _UNIT_ROWS_MAX):
        cells = _cells(masked, above_start, above_end)
        if not cells or _trailing_values(masked, cells) == 0:
            line = masked[above_start:above_end].strip(" \t\u3000")
            unit = _unit_line().fullmatch(line)
            return unit.group("w") if unit else None
    return None


def _lines_above(masked: str, start: int, most: int) -> Iterator[tuple[int, int]]:
    """The bounds of up to `most` lines above the line starting at `start`, nearest first."""
    k = start - 1
    for _ in range(most):
        if k <= 0:
            return
        above = line_bounds(masked, k)
        yield above
        k = above[0] - 1


# a paragraph's last words that the list under it completes (…でひろってみると、, 内訳は：)
_LEAD_IN = ("、", "：", ":")


def _lead_in_year(masked: str, at: int) -> tuple[int, int] | None:
    """The one year the paragraph leading into a list names (2010年の当初予算が内示された。
    …重点事業を挙げると、 over `…事業  313956千円`): the period of the list's rows."""
    start = paragraph_start(masked, at)
    while start > 0 and masked[start - 1] == "\n" and masked[max(0, start - 2)] != "\n":
        start = line_bounds(masked, start - 2)[0]  # the lines of the paragraph above, to a blank
    told = {_period(m) for m in year_marks(masked, start, at) if not m.decade}
    if len(told) == 1 and len(set(next(iter(told)))) == 1:
        return told.pop()
    return None


# what parts the cells of a row written with blanks (件数　　15件　　22件; the text read here has
# its wide blanks read as ASCII)
_CELL_GAP = re.compile(r"(?<![(（])[ \t\u3000]+")
# a cell that holds one number and its unit (15件, 約1,200万円, △3.5%), or a part of it in
# brackets after it (2,791  ( 86): 86 of them foreign)
_VALUE_CELL = re.compile(r"[(（]?[ \t]*[約△▲+\-－]?[0-9][0-9,.]*[^\s0-9]{0,4}")
_ROWS_MAX = 12  # rows of a table written with blanks under its line of years


def _cells(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _CELL_GAP.finditer(masked, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return out


_ROWS: dict[tuple[int, int], tuple[list[tuple[int, int]], int]] = {}
_ROWS_TEXT: list[str] = []  # the text _ROWS holds the lines of: one document's at a time


def _row(masked: str, start: int, end: int) -> tuple[list[tuple[int, int]], int]:
    """The cells of the line [start, end) and how many at its end hold a value, found once per
    line of a document: each number of a long row asks them of its whole line."""
    if not _ROWS_TEXT or _ROWS_TEXT[0] is not masked:
        _ROWS.clear()
        _ROWS_TEXT[:] = [masked]
    if (start, end) not in _ROWS:
        cells = _cells(masked, start, end)
        _ROWS[start, end] = cells, _trailing_values(masked, cells)
    return _ROWS[start, end]


def _trailing_values(masked: str, cells: list[tuple[int, int]]) -> int:
    n = 0
    for a, b in reversed(cells):
        if not _VALUE_CELL.fullmatch(masked, a, b):
            break
        n += 1
    return n


def _trailing_years(masked: str, cells: list[tuple[int, int]]) -> list[YearMark]:
    out: list[YearMark] = []
    for a, b in reversed(cells):
        marks = year_marks(masked, a, b)
        if len(marks) != 1 or (marks[0].start, marks[0].end) != (a, b) or marks[0].decade:
            break
        out.insert(0, marks[0])
    return out


def column_period(masked: str, at: int) -> tuple[int, int] | None:
    """The year heading the column of a number in a table written with blanks (a line of
    years, `指標　平成30年度　令和元年度`, over rows `件数　15件　22件`): the year in the same place
    counted from the right, where the line of years has as many as the row has numbers."""
    start, end = line_bounds(masked, at)
    cells, values = _row(masked, start, end)
    place = next((i for i, (a, b) in enumerate(cells) if a <= at < b), None)
    if place is None or values < 2 or len(cells) - place > values:
        return None
    for above_start, above_end in _lines_above(masked, start, _ROWS_MAX):
        above = _cells(masked, above_start, above_end)
        years = _trailing_years(masked, above)
        if len(years) == values:
            return _period(years[len(years) - (len(cells) - place)])
        if not above or _trailing_values(masked, above) != values:
            return None  # a blank line or a line of another shape: no table over the row
    return None


# a sentence told in the past (…となった, …を確保した, …でした): an event's part of a paragraph's
# story, where one told in the present (面積は約80haです, …である) states what stands
_PAST_END = re.compile(r"(?:た|だ)[)）」』]?[。．]?\s*$")


def told_in_past(masked: str, s_start: int, s_end: int) -> bool:
    """Whether the sentence [s_start, s_end) ends in the past tense: a size it gives is of
    the year its paragraph tells (二区画は五ヘクタールとなった), not a standing one."""
    return _PAST_END.search(masked, s_start, s_end) is not None
