"""Datelines a Japanese page opens with that ja_relative.document_now's own line (a date alone,
or with its day, weekday and what it is of) does not read: a news site's (`2015.10.28.`, a
source's name before it, `『日本経済新聞』2005年5月24日付`; an issue's number after it,
`平成20年5月 第2316号`) or a magazine issue's (`産業立地2007年3月号`). A line of the date
alone, never a sentence that opens with a date, a cover's date and office (平成29年3月 港湾局)
nor a date glued to a headline (`20200714見出し`: a story day of it dates its story,
ja_relative.story_day_year, but no more).

A news item states its numbers as of its date: a Japanese number whose sentence, heading and
document give it no year is of the page's date's year, as a reader of the page takes it; not
the figures of a survey whose results the page reports (they are of the year surveyed, which
the page may not say), a duration (5年間), a year (an event of its own), nor a number its
clause gives as a plan, a goal or a forecast (計画, 目標, 当初, 予想).
"""

from __future__ import annotations

import re

from pipelines.extracted.fact import DURATION_UNITS
from pipelines.extracted.japanese.ja_numbers import to_ascii
from pipelines.extracted.japanese.ja_periods import era_year

_OPENING = 600  # characters in which a page gives its date on a line of its own
_ERAS = "明治|大正|昭和|平成|令和"
_MONTH = r"(?P<m>0?[1-9]|1[0-2])"
# a line that opens with a date to the month: a source's name in brackets may come first
# (『日本経済新聞』), and the year is western or of an era
_DATELINE = re.compile(
    r"^[ \t•・■◆]*(?:[『「【〔(（][^』」】〕)）\n]{1,24}[』」】〕)）][ \t]*)?"
    rf"(?:(?P<w>(?:19|20)\d\d)[ \t]*(?:年[ \t]*{_MONTH}[ \t]*月|[./][ \t]*(?P<m2>0?[1-9]|1[0-2])[./])"
    rf"|(?P<era>{_ERAS})[ \t]*(?P<n>\d{{1,2}}|元)[ \t]*年[ \t]*(?P<m3>0?[1-9]|1[0-2])[ \t]*月)",
    re.MULTILINE,
)
# what may follow a dateline's month on its line: the day, 付, the weekday, the time, the
# issue's number (第2316号) and the day again in brackets; not an office's or a title's words
# (平成29年3月 港湾局: a cover's date, ja_relative.document_now's to read)
_DATELINE_REST = re.compile(r"[\s\d.:：/()（）日付第号月火水木金土曜]*")
# a magazine's issue, `産業立地2007年3月号`: its articles are of the issue's date
_ISSUE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[ \t]*年[ \t]*(?P<m>0?[1-9]|1[0-2])[ \t]*月号")
# a page that reports a survey's results: its figures are of the year surveyed
_SURVEY_RESULTS = re.compile(r"実施状況|調査結果|統計調査|調査の結果|の結果を(?:発表|公表)")
# a clause that states a plan, a goal or a forecast (総面積約2千haの計画だったが, 当初300社が
# 集積した段階で, 人口2万5千人都市を掲げた): its number is of no year the page's date gives
_PLANNED = re.compile(r"計画|目標|当初|予想|想定|見込|掲げ")
_CLAUSE_ENDS = "、。，,\n"


def _line(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[at : len(text) if end < 0 else end]


def news_dateline(text: str) -> tuple[int, int] | None:
    """(year, month) of the magazine issue or the news dateline the page's opening gives."""
    opening = to_ascii(text[:_OPENING])
    issue = _ISSUE.search(opening)
    if issue:
        return int(issue.group("y")), int(issue.group("m"))
    for m in _DATELINE.finditer(opening):
        if not _DATELINE_REST.fullmatch(_line(opening, m.end())):
            continue  # 昭和45年5月,「…法」が制定され: a sentence that opens with a date
        month = int(next(x for x in m.group("m", "m2", "m3") if x))
        if m.group("era"):
            n = m.group("n")
            year = era_year(m.group("era"), 1 if n == "元" else int(n))
            if year is None:
                continue
            return year, month
        return int(m.group("w")), month
    return None


def reports_survey(text: str) -> bool:
    """Whether the page's opening says it reports a survey's results."""
    return _SURVEY_RESULTS.search(text[:_OPENING]) is not None


def dated_by_publication(
    fact_type: str, unit: str, period_start: int | None, text: str, start: int, end: int
) -> bool:
    """Whether a Japanese number [start, end) of `text` left without a year takes the page's:
    not a year (an event of its own), a duration, nor a number of a plan, goal or forecast."""
    if period_start is not None or fact_type == "year" or unit in DURATION_UNITS:
        return False
    begin = max(text.rfind(c, 0, start) for c in _CLAUSE_ENDS) + 1
    ends = [e for e in (text.find(c, end) for c in _CLAUSE_ENDS) if e >= 0]
    return _PLANNED.search(text, begin, min(ends, default=len(text))) is None
