"""Years of Japanese text: calendar years (1983年), era years (昭和62年, 平成元年, H25), fiscal
years (2012年度, 平成24年度: FY N runs from April N to March N+1 and is given as N), spans of
years (2011~2015年度, 平成23年度から平成27年度まで, 平成18年度～22年度), decades (六十年代, never a
fact), 同年 / 同年度 (the year just named) and era-less years (六十二年の四月に) in a text that
speaks of one era.

Era names and their first years come from japanera; numerals are read by kanjize. Offsets are
those of the text given: callers pass the text with full-width digits read as ASCII
(`ja_numbers.to_ascii`, which keeps every offset).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import japanera
from kanjize import kanji2number

from pipelines.extracted.japanese.ja_compared import is_base
from pipelines.extracted.rules import load_rules, word_alternation

YEAR_MIN, YEAR_MAX = 1800, 2100
KANJI_DIGITS = "〇一二三四五六七八九十百千"


@dataclass(slots=True)
class YearMark:
    """A year or span of years as written; `first`/`last` are calendar (or fiscal) years."""

    start: int
    end: int
    first: int
    last: int | None  # None: open (平成13年度から, with nothing after)
    fiscal: bool
    decade: bool = False
    month: int | None = None  # 平成19年3月: the month written after a single year
    cut: bool = False  # 1985（昭: cut off inside its era, a period but no fact of its own
    relative: bool = False  # 来年度, 翌年 (ja_relative.py): a period, never a fact of its own


def fiscal_year(year: int, month: int) -> int:
    """The Japanese fiscal year (年度) a month falls in: April N to March N+1 is FY N."""
    return year if month >= 4 else year - 1


@cache
def era_first_years() -> dict[str, int]:
    """Era name -> its first calendar year, for the eras since the modern calendar."""
    first_modern = load_rules("japanese")["first_modern_era"]
    eras = sorted(japanera.ERA_DATA_GENERAL, key=lambda e: e.since)
    names = [e.kanji for e in eras]
    modern = eras[names.index(first_modern) :]
    return {e.kanji: e.since.year for e in modern}


@cache
def era_last_years() -> dict[str, int]:
    """Era name -> its last year as a number of the era (平成 31, 昭和 64); an era still running
    (令和) lasts as far as a document can date anything (YEAR_MAX)."""
    eras = {e.kanji: e for e in japanera.ERA_DATA_GENERAL}
    out = {}
    for name, first in era_first_years().items():
        until = eras[name].until
        out[name] = (until.year if until else YEAR_MAX) - first + 1
    return out


def era_year(era: str, n: int) -> int | None:
    """`昭和`, 62 -> 1987: the era's first year is its year 1 (元年); None for a year the era
    never had (平成0年, 平成32年, 令和99年)."""
    if not 1 <= n <= era_last_years()[era]:
        return None
    return era_first_years()[era] + n - 1


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    rules = load_rules("japanese")
    # an era's name may be cut by a wrapped line too (昭\n和六十三年度): read as the name
    era = "|".join("\n?".join(map(re.escape, name)) for name in era_first_years())
    letters = "".join(rules["era_letters"])
    short = "".join(rules["era_abbreviations"])
    # a kanji numeral may be cut by a line wrapped inside it (a Diet record's 昭和六十\n三年度)
    num = rf"元|[0-9]{{1,4}}|[{KANJI_DIGITS}](?:\n?[{KANJI_DIGITS}]){{0,5}}"
    one = (  # § is the year's number in the pattern: era1, n1, suffix1 ...
        rf"(?:(?P<era§>{era})\s*|(?P<letter§>(?<![A-Za-z0-9])[{letters}])\.?\s?"
        rf"|(?P<short§>(?<![\u3040-\u30ff\u3400-\u9fff々])[{short}])(?=[0-9]))?"
        rf"(?P<n§>{num})\s*(?P<suffix§>年度|年代|年)?"
    )
    joiner = r"\s*(?:から|～|〜|~|－|‐|-|–|—|―)\s*"
    return {
        "span": re.compile(
            one.replace("§", "1") + joiner + one.replace("§", "2") + r"(?:\s*まで)?"
        ),
        "single": re.compile(one.replace("§", "1")),
        # 1985（昭和60）年, 昭和60（1985）年度: one year in two calendars, its 年 after both
        "doubled": re.compile(
            rf"(?:(?P<w>[0-9]{{4}})\s*[(（]\s*(?:{era})\s*(?:{num})\s*[)）]"
            rf"|(?:{era})\s*(?:{num})\s*[(（]\s*(?P<v>[0-9]{{4}})\s*[)）])\s*(?P<suffix>年度|年)"
            # 1985（昭和60, 1985(昭: the same, cut off where the text or its line was cut (a
            # line that wraps inside the era goes on after it: 1985(昭\n和60)年)
            rf"|(?P<x>(?<![0-9,.])(?:1[89]|20)[0-9]{{2}})\s*[(（]\s*(?:(?:{era})\s*(?:{num})?"
            rf"|[{letters}明大昭平令])[ \t]*(?:\n[^\n)）]{{0,6}}[)）][ \t]*(?P<tail>年度|年)|$)",
            re.M,
        ),
        "same": re.compile(r"同年度?(?!代)"),
        # 同12%増, 同約6・2倍: a change against the base of the one before, in the same year
        "same_base": re.compile(r"同(?=約?[0-9][0-9,.・]*(?:%|ポイント|割)?(?:倍|増|減))"),
        "era_name": re.compile(era),
        "era_less_after": re.compile(word_alternation(rules["era_less_year_after"])),
        "era_less_not_after": re.compile(word_alternation(rules["era_less_duration_after"])),
        "per": re.compile(word_alternation(rules["per"])),
        "month": re.compile(rf"年\s*([0-9]{{1,2}}|[{KANJI_DIGITS}]{{1,3}})月"),
    }


def numeral(text: str) -> int | None:
    """`62`, `六十二`, `一九八三`, `元` -> an int; None when it is no numeral."""
    if text == "元":
        return 1
    text = text.replace("\n", "")
    if text.isascii():
        return int(text) if text.isdigit() else None
    try:
        return int(kanji2number(text))
    except (ValueError, KeyError):
        return None


def era_named(text: str) -> str | None:
    """The last era the text names (平成18年度 -> 平成), or None."""
    found = [m.group(0).replace("\n", "") for m in _patterns()["era_name"].finditer(text)]
    return found[-1] if found else None


def _era_before(text: str, at: int, n: int) -> str | None:
    """The era the text names last before `at` that had a year `n`, or first after it: the
    era an era-less year (六十二年) belongs to when the text speaks of one (六十三年度 after
    昭和六十三年度 and 平成元年度 is 昭和's: 平成 had no 63rd year)."""
    found = [m.group(0).replace("\n", "") for m in _patterns()["era_name"].finditer(text, 0, at)]
    if found:
        return next((e for e in reversed(found) if era_year(e, n) is not None), found[-1])
    after = _patterns()["era_name"].search(text, at)
    return after.group(0).replace("\n", "") if after else None


def era_of_date(now: int | None, n: int) -> str | None:
    """The era a speaker means by an era-less year `n` (五十八年) said in the year `now`: the
    latest era begun by then whose year n falls no more than ten years after `now` (a Diet
    record of 1988 speaks of 昭和; one of 1990 still says 五十八年 for 昭和58 and 五年度 for a
    plan of 平成5)."""
    if now is None:
        return None
    for era, first in sorted(era_first_years().items(), key=lambda e: -e[1]):
        year = era_year(era, n) if first <= now else None
        if year is not None and year <= now + _AHEAD:
            return era
    return None


_AHEAD = 10  # years past its date a document's plans may reach


def _resolve(
    text: str,
    m: re.Match[str],
    i: int,
    era_of_span: str | None,
    suffix_of_span: str | None,
    now: int | None = None,
) -> tuple[int, str | None, str | None] | None:
    """(year, era used, suffix) of the i-th year of a match, or None when it is no year;
    `now`: the year the document states it was written in, whose era an era-less year is
    read in where the text names no era and writes no full year."""
    n = numeral(m.group(f"n{i}"))
    if n is None:
        return None
    era = (m.group(f"era{i}") or "").replace("\n", "") or None
    letter = m.group(f"letter{i}")
    suffix = m.group(f"suffix{i}") or suffix_of_span
    if letter:
        era = load_rules("japanese")["era_letters"][letter]
    if m.group(f"short{i}"):
        era = load_rules("japanese")["era_abbreviations"][m.group(f"short{i}")]
    era = era or (era_of_span.replace("\n", "") if era_of_span else None)
    if era is not None:
        in_era = era_year(era, n)
        if in_era is None:
            return None
        year = in_era
    elif YEAR_MIN <= n <= YEAR_MAX and suffix:
        year = n
    elif n < 100 and suffix and _glued(m, i) and _dates(text, m, i, suffix):
        context = _era_before(text, m.start(), n)
        if context is not None and era_year(context, n) is None:
            context = None  # 84年 after 1980年(昭和55): no year of 昭和; 1984, as written in full
        if context is None:
            western = _western_year(text, m.start(), m.group(f"n{i}"))
            if western is not None:
                return western, None, suffix
            context = era_of_date(now, n)
            if context is None:
                return None
        in_context = era_year(context, n)
        if in_context is None:
            return None
        era, year = context, in_context
    else:
        return None
    if not (YEAR_MIN <= year <= YEAR_MAX):
        return None
    return year, era, suffix


_WESTERN_AFTER = re.compile(r"\s*[(（]\s*((?:18|19|20)[0-9]{2})\s*[)）]")
_WESTERN = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?=年)")


def _western_year(text: str, at: int, digits: str) -> int | None:
    """`02年度`, `11年度から` in a text that names no era but writes its years in full (2001年度):
    the year of the century nearest the full year written last before it (else first after)."""
    if len(digits) != 2 or not digits.isascii():
        return None
    found = [m for m in _WESTERN.finditer(text, 0, at)]
    near = found[-1] if found else _WESTERN.search(text, at)
    if near is None:
        return None
    full = int(near.group(0))
    return min((c + int(digits) for c in (1900, 2000)), key=lambda y: abs(y - full))


def _glued(m: re.Match[str], i: int) -> bool:
    """Whether an era-less number is written against its 年 (47年3月): one a blank parts from it
    (表1　年度別の実績) is a number of its own."""
    return not m.group(f"suffix{i}") or m.end(f"n{i}") == m.start(f"suffix{i}")


def _dates(text: str, m: re.Match[str], i: int, suffix: str) -> bool:
    """Whether an era-less `N年` reads as a date (六十二年の四月, 五十八年から, 六十三年度, and
    同45年 wherever it stands: 同 says `of the era just named`)."""
    at = m.start(f"suffix{i}") if m.group(f"suffix{i}") else m.end()
    if i == 1 and not m.group("suffix1") and m.groupdict().get("suffix2"):
        at = m.start("suffix2")  # 同37~38年に: the first year is read with the second's 年
    if _patterns()["era_less_not_after"].match(text, at):
        return False  # 三十年の歴史: a duration, not 昭和三十年
    if m.group(f"n{i}") in ("1", "一") and _patterns()["per"].match(text, m.end()):
        return False  # 1年度あたり: per year (五十八年度あたりから: about 1983)
    if suffix in ("年度", "年代") or m.group(0).endswith("まで"):
        return True
    if text[max(0, m.start() - 1) : m.start()] == "同":
        return True
    return bool(
        _patterns()["era_less_after"].match(text, at) or _patterns()["month"].match(text, at)
    )


def year_marks(text: str, start: int, end: int, now: int | None = None) -> list[YearMark]:
    """The years written in [start, end), left to right, not overlapping; `now`: the year the
    document states it was written in (era-less years of a text that names no era)."""
    p = _patterns()
    out: list[YearMark] = []
    taken = start
    for m in p["span"].finditer(text, start, end):
        if m.start() < taken or not (m.group("suffix1") or m.group("suffix2")):
            continue
        if m.group("suffix2") == "年" and text.startswith("間", m.end("suffix2")):
            continue  # 令和3年度から5年間: a duration from a year, not a span of years
        second = _resolve(text, m, 2, m.group("era1"), None, now)
        # 2011~2015年度: the first year takes the second's suffix
        first = _resolve(text, m, 1, None, None if m.group("suffix1") else m.group("suffix2"), now)
        if first is None:
            continue
        if second is None and first[1] is not None:  # 平成18年度～22年度: the era carries over
            second = _resolve(text, m, 2, first[1], None, now)
        if second is None:
            # 2011~15年度, 2001~5年: the end written with its last digits only
            n2 = m.group("n2")
            if n2.isascii() and len(n2) <= 2 and first[1] is None:
                second = (int(str(first[0])[: 4 - len(n2)] + n2), None, first[2])
            else:
                continue
        if second[0] < first[0]:
            continue
        suffix = second[2] or first[2]
        out.append(YearMark(m.start(), m.end(), first[0], second[0], suffix == "年度"))
        taken = m.end()
    if "(" in text[start:end] or "（" in text[start:end]:
        for m in p["doubled"].finditer(text, start, end):
            if not any(y.start < m.end() and m.start() < y.end for y in out):
                year = int(m.group("w") or m.group("v") or m.group("x"))
                suffix = m.group("suffix") or m.group("tail")
                month = p["month"].match(text, m.end() - 1) if suffix == "年" else None
                fiscal = suffix == "年度"
                out.append(YearMark(m.start(), m.end(), year, year, fiscal,
                                    month=numeral(month.group(1)) if month else None,
                                    cut=m.group("x") is not None and suffix is None))  # fmt: skip
    spans = [(y.start, y.end) for y in out]
    for m in p["single"].finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        if not (m.group("suffix1") or m.group("letter1") or m.group("era1") or m.group("short1")):
            continue
        if (
            m.group("letter1")
            and not m.group("suffix1")  # H28年3月: a month follows 年
            and text[m.end() : m.end() + 1].isascii()
            and (text[m.end() : m.end() + 1].isalnum())
        ):
            continue  # H2O, S3D: letters and digits of a code
        resolved = _resolve(text, m, 1, None, None, now)
        if resolved is None:
            continue
        year, _, suffix = resolved
        decade = suffix == "年代"
        last = year + 9 if decade else year
        open_ended = text.startswith("から", m.end()) and not _continues(text, m.end() + 2, end)
        month = p["month"].match(text, m.end() - 1) if suffix == "年" else None
        # 昭和61年(1986): the same year in the calendar, bracketed after it, is part of the mark
        western = _WESTERN_AFTER.match(text, m.end(), end) if suffix and not decade else None
        out.append(
            YearMark(
                m.start(),
                western.end() if western and int(western.group(1)) == year else m.end(),
                year,
                None if open_ended else last,
                suffix == "年度",
                decade,
                numeral(month.group(1)) if month else None,
            )
        )
    spans = [(y.start, y.end) for y in out]
    for m in _GLUED_MONTH.finditer(text, start, end):
        if not any(a < m.end() and m.start() < b for a, b in spans):
            year = int(m.group("year"))
            out.append(YearMark(m.start(), m.end(), year, year, False, month=int(m.group("m"))))
    out.sort(key=lambda y: y.start)
    return out


# `20113月`: a year and its month whose 年 a PDF's text lost (2011年3月), never a count (月
# after a number is a date's); only a year of today's calendar and a month 1-12
_GLUED_MONTH = re.compile(r"(?<![0-9.,])(?P<year>(?:19|20)[0-9]{2})(?P<m>1[0-2]|[1-9])月")


def _continues(text: str, at: int, end: int) -> bool:
    """Whether a year follows `から` (then the span is read as one)."""
    return bool(_patterns()["single"].match(text, at, end) and at < end)


def same_year(text: str, start: int, end: int, lo: int, now: int | None = None) -> list[YearMark]:
    """同年 / 同年度 in [start, end), each as the year written last before it (from `lo`, else,
    when none is written there, in the text just before: a list item's 同年 is the year of the
    item above); 同 before a change (同12%増) as that year too, never a fact of its own."""
    out = []
    p = _patterns()
    found = [*p["same"].finditer(text, start, end), *p["same_base"].finditer(text, start, end)]
    for m in found:
        near = year_marks(text, max(lo, m.start() - 400), m.start(), now)
        earlier = [y for y in near if not y.decade and not is_base(text, y)]
        if not earlier and lo > 0:
            before = year_marks(text, max(0, m.start() - 400), m.start(), now)
            earlier = [y for y in before if not y.decade and not is_base(text, y)]
        if earlier:
            y = earlier[-1]
            year = y.last if y.last is not None else y.first
            fiscal = m.group(0) == "同年度"
            if fiscal and not y.fiscal and y.month is not None:
                year = fiscal_year(year, y.month)  # 平成19年3月 ... 同年度: FY2006
            if m.group(0) == "同":
                out.append(YearMark(m.start(), m.end(), year, year, y.fiscal, relative=True))
            else:
                out.append(YearMark(m.start(), m.end(), year, year, fiscal))
    return sorted(out, key=lambda y: y.start)


def merge_twice_dated(text: str, marks: list[YearMark]) -> list[YearMark]:
    """`昭和58年 / 1983年`, `平成元年（1989年）`: one year written in two calendars is one mark
    spanning both (one event, one fact), with the month written after the second."""
    out: list[YearMark] = []
    for y in marks:
        last = out[-1] if out else None
        if (
            last is not None
            and not (last.decade or y.decade)
            and (last.first, last.last) == (y.first, y.last)
            and text[last.end : y.start].strip() in ("/", "／", "(", "（")
        ):
            out[-1] = YearMark(
                last.start, y.end, y.first, y.last, last.fiscal or y.fiscal, False,
                y.month or last.month,
            )  # fmt: skip
        else:
            out.append(y)
    return out
