"""Facts of the numeric cells of a table row: the cell's value, unit and period as the table
reader parsed them, the column header as subject.

A header that is only a year (`FY2008`, `2008年度`, `平成20年度`) says when, not what: the
values under it take it as their period and the row's label as their measure; so does a year
heading a row, for the row's cells. A header names the item its row's label gives
(`受入額（国）`, `Firms invited (Aomori)`). A unit written once for a row or column
(`予算額（百万円）`, `Budget (million yen)`) applies to its bare numbers.
"""

from __future__ import annotations

import re
from typing import Any

from pipelines.extracted.english.number_facts import count_people
from pipelines.extracted.english.published import FULL_DATE
from pipelines.extracted.fact import Fact
from pipelines.extracted.japanese.ja_numbers import is_japanese, to_ascii
from pipelines.extracted.japanese.ja_periods import era_named, same_year, year_marks
from pipelines.extracted.numbers.quantity_forms import density_unit
from pipelines.extracted.structure.sentences import MAX_SENTENCE
from pipelines.extracted.table_units import names_a_count, names_people_ja, unit_note

_YEAR_HEADER = re.compile(
    r"(?:(?:FY|CY|fiscal year)\s?)?(?P<a>(?:19|20)\d\d)(?:\s*[-–~〜～]\s*(?P<b>(?:19|20)?\d\d))?"
    r"\s*(?:年度|年|\(?(?:FY|fiscal year)\)?)?",
    re.IGNORECASE,
)
# a cell that is a full date (`June 17, 2005`, `17 June 2005`, `2005-06-17`), in the forms a
# page's dateline takes (english/published.py)
_FULL_DATE = re.compile(FULL_DATE)
_TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
# a group's name over its column's year (`No. of staff 2010`, structure/line_tables.py); not a
# header whose year ends a phrase (`Change since 2015`, `Top 2000`)
_GROUP_YEAR = re.compile(
    r"(.*(?:[\u3040-\u9fff]|\w\s+\w+)"
    + "".join(
        rf"(?<!\b{w})" for w in ("since", "until", "after", "before", "from", "in", "by", "to")
    )
    + r")\s"
    r"((?:FY\s?)?(?:19|20)\d\d(?:年度?)?)"
)
_CAPTION_NUMBER = re.compile(r"^\s*(?:図表|表|図)\s*[\d０-９]+(?:[-－.．][\d０-９]+)*\s*")
_TREND = re.compile(r"の?(?:推移|状況|動向|概要|一覧|内訳)$")
# what a caption or label that counts or amounts to something ends in (事業所数, 受入額)
# an English row's first label names the row's item (a place, a programme) when it is this short
_ROW_NAME_WORDS = 6
_AMOUNT_ENDS = ("数", "額", "費", "率", "量", "高", "金", "人口", "収入", "支出", "割合")


def caption_measure(caption: str | None) -> str | None:
    """What a Japanese table's caption says it counts (表2 地域別の事業所数の推移（単位：事業所）
    -> 事業所数): past its number, a `〜別の` breakdown, a trailing note and a word of trend."""
    text = _CAPTION_NUMBER.sub("", caption or "").strip()
    text = _TRAILING_NOTE.sub("", text).strip()
    if not text or not is_japanese(text, 0, len(text)):
        return None
    text = re.split(r"別の?", text)[-1]
    text = _TREND.sub("", text).strip()
    return text if len(text) >= 2 and text.endswith(_AMOUNT_ENDS) else None


def column_period(header: str | None) -> tuple[int | None, int | None] | None:
    """The period of a header that is nothing but a year, fiscal year or span (`FY2008`,
    `2008年度`, `平成20年度`, `2006-2010`): the header says when, not what."""
    text = (header or "").strip()
    m = _YEAR_HEADER.fullmatch(text)
    if m:
        a, b = m.group("a"), m.group("b")
        end = int(a[:2] + b) if b and len(b) == 2 else int(b or a)
        return (int(a), end) if end >= int(a) else None
    marks = year_marks(text, 0, len(text)) if text else []
    if len(marks) == 1 and not text[: marks[0].start].strip() and not text[marks[0].end :].strip():
        return marks[0].first, marks[0].last
    return None


def cell_period(text: str, cell: dict[str, Any]) -> tuple[int | None, int | None] | None:
    """The period of a cell that is only a year (or a full date), read where it stands in the
    document `text`, so that `同45年`, `同年度` or `21年度` heading a row takes the era or year
    named above it."""
    own = str(cell.get("text") or "").strip()
    period = column_period(own)
    if period is None and (date := _FULL_DATE.fullmatch(own)):
        year = int(next(y for y in date.groups() if y))
        return year, year  # `June 17, 2005` heading a row: when its numbers were given
    if period is not None or not (own.startswith("同") or _ERA_LESS_HEADER.fullmatch(own)):
        return period  # 同45年, 21年度 (平成20年度 in the row above): read with the text before
    start, end = int(cell["char_start"]), int(cell["char_end"])
    text = to_ascii(text)  # offsets kept; only for the rare cell that begins with 同
    marks = year_marks(text, start, end) + same_year(text, start, end, start)
    whole = [  # the mark is the whole cell, past its 同
        m
        for m in marks
        if text[start : m.start].strip() in ("", "同") and not text[m.end : end].strip()
    ]
    return (whole[0].first, whole[0].last) if len(whole) == 1 else None


_CAPTION_YEARS = re.compile(
    r"(?<![\d.,])(?P<a>(?:19|20)\d\d)(?:[ \t]*[-–~～][ \t]*(?P<b>(?:19|20)?\d\d))?(?![\d.,%])"
)


def caption_period(caption: str | None) -> tuple[int, int] | None:
    """The one year or span of years a table's title gives (`Exports by sector, 2014`,
    `図3 県別の出荷額（2015年）`, `平成27年度 …`): the period of the numbers it shows."""
    text = caption or ""
    marks = (
        {(m.first, m.last or m.first) for m in year_marks(text, 0, len(text))} if text else set()
    )
    if not marks:
        for m in _CAPTION_YEARS.finditer(text):
            a, b = m.group("a"), m.group("b")
            end = int(a[:2] + b) if b and len(b) == 2 else int(b or a)
            if end >= int(a):
                marks.add((int(a), end))
    return marks.pop() if len(marks) == 1 else None  # type: ignore[return-value]


_ERA_LESS_HEADER = re.compile(r"\s*[0-9]{1,2}\s*年度?\s*")


def _header_eras(row_cells: list[dict[str, Any]]) -> dict[str, str]:
    """Headers that are an era-less year (`19年度` after `平成18年度` in one header row) -> the
    era named by the header before them: the era carries along the row."""
    out: dict[str, str] = {}
    era = None
    for c in row_cells:
        header = str(c.get("column_header") or "")
        era = era_named(header) or era
        if era is not None and _ERA_LESS_HEADER.fullmatch(header):
            out[header] = era
    return out


def _title_row(row_cells: list[dict[str, Any]]) -> str | None:
    """An English table's header row with only its first cell filled (`| Plans approved | | |`)
    is a title spanning the table, as a merged cell copies: it says what the unnamed columns'
    numbers are. A single word there (`Year`, `Item`) names the first column only."""
    headers = [str(c.get("column_header") or "").strip() for c in row_cells]
    if len(headers) < 2 or not headers[0] or any(headers[1:]):
        return None
    title = _TRAILING_NOTE.sub("", headers[0]) or headers[0]
    if len(title.split()) < 2 or is_japanese(title, 0, len(title)) or column_period(title):
        return None
    return title


def table_cell_facts(
    text: str,
    row_cells: list[dict[str, Any]],
    places_of_row: str | None,
    caption: str | None = None,
    table_unit: tuple[float, str] | None = None,
) -> list[Fact]:
    """Facts of the numeric cells of one table row: the column header is the subject, or the
    row's label under a header that only gives a period (with what a Japanese caption says the
    table counts, where the label is an item: 事業所数（東北）). `table_unit` is the unit the
    table states once (`（単位：億円）` above it), for bare numbers whose header and label state
    none and name no count. The row's texts are read and joined once (and bounded), so a row
    of 10,000 cells costs linear time."""
    out: list[Fact] = []
    sentence = " | ".join(str(c["text"]) for c in row_cells if c.get("text"))[:MAX_SENTENCE]
    # the row's texts: a year (平成20年度, 同45年) says when, the rest what
    said = [
        (str(c["text"]), cell_period(text, c))
        for c in row_cells
        if c.get("text") and c.get("value_number") is None
    ]
    row_periods = [p for _, p in said if p is not None]
    label_cells = [t for t, p in said if p is None]
    titled = caption_period(caption)  # a year in the table's title: when its numbers are
    labels = "; ".join(label_cells)[:160]
    era_of = _header_eras(row_cells)
    title = _title_row(row_cells)
    for cell in row_cells:
        value = cell.get("value_number")
        if value is None or value != value:  # NaN
            continue
        unit = cell.get("unit") or "count"
        header = cell.get("column_header")
        period = (cell.get("period_start"), cell.get("period_end"))
        header_period = column_period(str(header)) if header else None
        grouped = _GROUP_YEAR.fullmatch(str(header)) if header and not header_period else None
        if grouped:  # `No. of staff 2010`: a group's name over its year (structure/line_tables)
            header, header_period = grouped.group(1), column_period(grouped.group(2))
        if header_period is None and str(header) in era_of:
            header_period = column_period(era_of[str(header)] + str(header).strip())
        dated_by_header = header_period is not None and grouped is None
        if header_period is not None and period == (None, None):
            period = header_period
        elif row_periods and not dated_by_header:
            period = row_periods[0]  # a year heading the row dates its cells
        elif period == (None, None) and titled is not None and unit != "year":
            period = titled
        if header and not (dated_by_header and labels):
            named = _TRAILING_NOTE.sub("", str(header)) or str(header)
            if labels and is_japanese(named, 0, len(named)):  # 受入額（国）: header and item
                items = "・".join(_TRAILING_NOTE.sub("", t) or t for t in label_cells)
                named = f"{named}（{items}）"[:160]
            elif label_cells:  # `Firms invited (Aomori)`: the row's own name says of which
                item = _TRAILING_NOTE.sub("", label_cells[0]) or label_cells[0]
                if 0 < len(item.split()) <= _ROW_NAME_WORDS and item.lower() not in named.lower():
                    named = f"{named} ({item})"
            subject: str | None = named
        else:
            subject = "; ".join(_TRAILING_NOTE.sub("", t) or t for t in label_cells)[:160] or None
            if title and not header_period and subject and title.lower() not in subject.lower():
                subject = f"{title} ({subject})"  # `Plans approved` over `1st round | 374`
            counted = caption_measure(caption) if subject else None
            item = str(subject)  # 東北: an item of what the caption counts, 事業所数 its own name
            if counted and is_japanese(item, 0, len(item)) and not item.endswith(_AMOUNT_ENDS):
                subject = f"{counted}（{item}）"
        if unit == "count":  # a bare number: the unit its row or column states
            note = unit_note(str(header) if header else None) or next(
                (n for n in map(unit_note, label_cells) if n), None
            )
            if note is None and not any(map(names_a_count, [str(header or ""), *label_cells])):
                note = table_unit or unit_note(caption)
            if note is not None:
                value, unit = float(value) * note[0], note[1]
            density = density_unit(f"{header or ''} {labels}")
            if density is not None and note is None:
                unit = density  # `Density (per km²)`, `人口密度（人/km2）`: a density, no count
        start, end = int(cell["char_start"]), int(cell["char_end"])
        fact = Fact(
            value=float(value),
            unit=str(unit),
            start=start,
            end=end,
            subject=subject,
            measure=subject,
            sentence=sentence,
            fact_type="year" if unit == "year" else "quantity",
            period_start=period[0],
            period_end=period[1],
            geography=places_of_row,
        )
        if unit == "year":
            fact.period_start = fact.period_end = int(value)
        out.append(fact)
    count_people(out)  # a column of `Employees`, a row of `Researchers`: people
    for f in out:  # a column of 研究者数, 人口: people (rules/japanese.yaml, unit_of_measure)
        head = _TRAILING_NOTE.sub("", f.measure or "")
        if f.unit == "count" and is_japanese(head, 0, len(head)) and names_people_ja(head):
            f.unit = "people"
    return out
