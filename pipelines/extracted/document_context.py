"""Period and place from the whole document, for the facts their sentence leaves without one.

- A year heading a row of a list or table (`2015  48,210`, `FY2016: 49,030`) is the period of
  the numbers on its line, never a fact of its own.
- A span of years in a heading (`Phase II (2006-2010)`, `第2期（2006～2010年度）`) is the
  period of the facts under it that have none.
- A fiscal year the document's opening names as what it reports (`調査(2009年度実績)`,
  `平成27年度 大学等における…実施状況について`) is the period of the numbers that have none:
  a survey's figures are that year's.
- The place the nearest heading names, else the document's subject place (the place it names
  most, and at least twice as often as any other), is the place of facts whose sentence names
  none; `geography_source` says which. The entity's place comes before the document's, in
  curated/fact_entities.py.
"""

from __future__ import annotations

import re
from collections import Counter

from pipelines.extracted.fact import Fact
from pipelines.extracted.japanese.ja_numbers import is_japanese, to_ascii
from pipelines.extracted.japanese.ja_periods import year_marks
from pipelines.extracted.numbers.places import (
    Place,
    find_places,
    names_the_nation,
    place_name,
    within_japan,
)

OPENING = 400  # characters in which a document names what it reports (and what it is about)
_MANY_PREFECTURES = 5
_HOME_OVER_ABROAD = 4  # mentions of Japan's places and state per foreign one, at least
# what follows a fiscal year that names the document's subject: its results or state, or (the
# document's first year) the count or sum it leads with (2019年度の共同研究件数が…1,451件)
_SURVEY = re.compile(r"[^。\n]{0,12}?(?:調査結果|統計調査|センサス)(?![^。\n]{0,6}比べ)")
_REPORTED = re.compile(r"[^。\n]{0,24}?(?:実績|実施状況|調査結果|の状況)")
_LEADS_WITH = re.compile(r"の[^。\n]{0,24}?(?:件数|総数|金額|総額)")

# a year opening a line, set off from the numbers of its row by a colon, a bar, a tab or a
# run of blanks, or by one blank when a number follows at once (`1991 171,805+33.9%`; not a
# Japanese date's month, `2004年 4月`)
_ROW_YEAR = re.compile(
    r"^[ \t]*(?:FY[ \t]?)?(?P<y>(?:19|20)\d\d)(?:年度|年)?(?:[ \t]*[:：|][ \t]*|[ \t]{2,}|\t"
    # one blank before a number written with its thousands' commas or a decimal (a table copied
    # as text, `1995 48,210+3.1%`), never before a month or a day (`1995 4 Opened`)
    r"|[ \t](?=\d{1,3}(?:,\d{3})+(?![\d,])|\d+\.\d))(?=\S)",
    re.M,
)
# a sign before a number: a change (the `±%` column of a year-by-year list), not a level
_SIGNS = "+-−▲△"
_HEADING_SPAN = re.compile(
    r"(?<!\d)(?P<a>(?:19|20)\d\d)\s*(?:年度?)?\s*[-–—~～〜]\s*(?P<b>(?:19|20)?\d\d)(?!\d)"
)
_HEADING_YEAR = re.compile(
    r"(?:FY\s?|fiscal year\s)(?P<a>(?:19|20)\d\d)\b|(?<!\d)(?P<j>(?:19|20)\d\d)年度"
)


def date_rows(facts: list[Fact], masked: str) -> list[Fact]:
    """The numbers of a line that opens with a year take it as their period; the year's own
    fact is dropped when it dates another number of its line."""
    if not facts:
        return facts
    lo = min(f.start for f in facts)
    hi = max(f.end for f in facts)
    line_start = masked.rfind("\n", 0, lo) + 1
    rows = [m for m in _ROW_YEAR.finditer(masked, line_start, hi)]
    if not rows:
        return facts
    dropped: set[int] = set()
    before: tuple[int, int] | None = None  # the row right above: (its line's end, its year)
    for m in rows:
        year = int(m.group("y"))
        line_end = masked.find("\n", m.end())
        line_end = len(masked) if line_end < 0 else line_end
        dated = [f for f in facts if m.end() <= f.start < line_end and f.fact_type != "year"]
        # `1991 171,805 +33.9%`: a signed number after the row's first is its change since
        # the row above, and covers the years from that row's to this one's
        above = before[1] if before and before[0] + 1 == m.start() else None
        for k, f in enumerate(dated):
            signed = f.start > 0 and masked[f.start - 1] in _SIGNS
            if k and signed and above is not None and above < year:
                f.period_start, f.period_end = above, year
            else:
                f.period_start = f.period_end = year
        before = (line_end, year)
        if dated:
            dropped |= {
                id(f) for f in facts if f.fact_type == "year" and m.start("y") <= f.start < m.end()
            }
    return [f for f in facts if id(f) not in dropped]


def heading_period(headings: list[str]) -> tuple[int, int] | None:
    """The span of years (or fiscal year) the nearest heading that names one gives."""
    for heading in reversed(headings):
        span = _HEADING_SPAN.search(heading)
        if span:
            a, b = span.group("a"), span.group("b")
            end = int(a[:2] + b) if len(b) == 2 else int(b)
            if end >= int(a):
                return int(a), end
        year = _HEADING_YEAR.search(heading)
        if year:
            y = int(year.group("a") or year.group("j"))
            return y, y
        # 第Ⅲ期　平成24年度から28年度まで, 令和2年度の取組: an era's span or fiscal year
        for mark in year_marks(to_ascii(heading), 0, len(heading)):
            if (
                not mark.decade
                and mark.last is not None
                and (mark.fiscal or mark.last > mark.first)
            ):
                return mark.first, mark.last
    return None


def reported_mark(masked: str) -> tuple[int, int, int] | None:
    """(start, end, year) of the fiscal year a document's opening says it reports on: a single
    fiscal year (年度) followed in its sentence by 実績, 実施状況, 調査結果 or の状況, or, the
    document's first year, by the count or sum it leads with (件数, 総額); or any single year a
    survey's results are of (令和2年工業統計調査結果). It is the period of the document's
    numbers, never a fact of its own."""
    end = min(len(masked), OPENING)
    for k, mark in enumerate(year_marks(masked, 0, end)):
        single = mark.last in (None, mark.first)
        # 令和2年工業統計調査結果: a calendar year's, the document's first (not 前回（平成28年）)
        survey = k == 0 and _SURVEY.match(masked, mark.end)
        reported = _REPORTED.match(masked, mark.end) or (
            k == 0 and _LEADS_WITH.match(masked, mark.end)  # 2019年度の…件数, not （2019年度）と
        )
        if single and (survey or (mark.fiscal and reported)):
            return mark.start, mark.end, mark.first
    return None


def subject_place(
    places: list[Place],
    names_the_nation: int = 0,
    japanese: bool = False,
    address: str | None = None,
) -> str | None:
    """The place a document is about: named most, at least twice, and twice as often as the
    next (a document about Iwate that mentions Tokyo once is about Iwate; Japan, which holds
    it, is no rival). Where no place
    leads, Japan when the places named lie in it and the document names several, or names
    Japan's state (a ministry, 全国, 政府; `names_the_nation` counts how often): a national
    survey or white paper is about Japan, and a few foreign places it compares Japan with
    (_HOME_OVER_ABROAD times fewer than Japan's, its state's mentions counted) do not change that.
    A `japanese` document that names no place at all (a dictionary's entry on a programme) is
    about Japan too: no Japanese text about somewhere else leaves that place unsaid.
    A document naming _MANY_PREFECTURES prefectures or more lists them (the regions a ministry
    selected): no one of them is what it is about, however often it names one; a region that
    holds them (Tohoku and its six prefectures) still can be, and an area across prefectures
    (Keihanna) counts the mentions of its own prefectures as its own. Where none leads, the
    one of those named twice or more that the page's `address` names (`/tsukuba/english/`) is
    what it is about: a site files a page under its subject."""
    # an area's own prefectures (Keihanna's Kyoto) are parts of it, not its rivals: they count
    # for it where the document names it
    part_of = {c: p.code for p in places if p.kind == "area" for c in p.code.split("; ")}
    counts = Counter(part_of.get(p.code, p.code) for p in places if p.kind != "demonym")
    listed = (
        len({p.code for p in places if p.kind == "prefecture" and p.code not in part_of})
        >= _MANY_PREFECTURES
    )
    if counts:
        top, n = counts.most_common(1)[0]
        # Japan, named as the country of a page about Fukuoka, holds its subject: no rival
        rest = [
            (c, k)
            for c, k in counts.most_common()
            if c != top and not (c == "JP" and within_japan(top))
        ][:1]
        one_of_a_list = listed and top.startswith("JP-") and ";" not in top
        if n >= 2 and not (rest and rest[0][1] * 2 > n) and not one_of_a_list:
            return top
        filed = _in_address(address, [c for c, k in counts.items() if k >= 2])
        if filed is not None and not (listed and filed.startswith("JP-")):
            return filed
    abroad = sum(not _in_japan(p) for p in places)
    if abroad and len(places) - abroad + names_the_nation < _HOME_OVER_ABROAD * abroad:
        return None
    return "JP" if names_the_nation or len(counts) >= 2 or (japanese and not counts) else None


_ADDRESS_WORD = re.compile(r"[a-z]+")


def _in_address(address: str | None, codes: list[str]) -> str | None:
    """The one place of `codes` whose name is a word of the page's `address`, else None."""
    if not address:
        return None
    words = set(_ADDRESS_WORD.findall(address.lower()))
    named = [c for c in codes if place_name(c).lower().replace(" ", "") in words]
    return named[0] if len(named) == 1 else None


def _in_japan(place: Place) -> bool:
    """Prefectures (JP-03), Japan itself, and the regions and cities of the gazetteer, which
    are all Japan's."""
    return place.code == "JP" or place.code.startswith("JP-") or place.kind in ("region", "city")


def heading_place(headings: list[str]) -> str | None:
    """The place the nearest heading that names places names (`## Aichi Prefecture` over
    `Population: 7.5 million`), when it names one only: a section's figures are its place's."""
    for heading in reversed(headings):
        codes = {p.code for p in find_places(heading) if p.kind != "demonym"}
        if codes:
            return codes.pop() if len(codes) == 1 else None
    return None


def fill_from_document(
    fact: Fact, headings: list[str], place: str | None, reported: int | None = None
) -> str | None:
    """Period from the headings, else the year the document reports on, and place where the
    sentence named none: the nearest heading's (not for an English sentence that names the
    state: MEXT, the Cabinet), else the document's; returns the geography's source (sentence,
    heading, document or None)."""
    if fact.period_start is None and fact.fact_type != "year":
        period = heading_period(headings) or ((reported, reported) if reported else None)
        if period is not None:
            fact.period_start, fact.period_end = period
    if fact.geography is not None:
        return "sentence"
    # `MEXT launched the scheme in 2002` under `Sendai Cluster`: the state acts for the whole
    # document, not the section (a Japanese sentence's ministry is often an institute's parent,
    # 無機材質研究所(科学技術庁), and leaves the section its place)
    national = names_the_nation(fact.sentence) and not is_japanese(
        fact.sentence, 0, len(fact.sentence)
    )
    heading = None if national else heading_place(headings)
    if heading is not None and heading != place:  # the same as the document's: the document's
        fact.geography = heading
        return "heading"
    if national and place is not None and within_japan(place):
        fact.geography = "JP"  # `a Cabinet Decision in 2001` in a page about Sendai: Japan's
        return "document"
    if place is not None:
        fact.geography = place
        return "document"
    return None
