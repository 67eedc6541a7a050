"""Numbers that only place another number in time or on a scale, never facts of their own:
a threshold a figure crossed (初めて450億円を超えた, 500件を突破した for the first time,
passed the 10,000 mark: the round figure crossed, the real value said beside it or not at
all), a span that only counts on from a year said before it (2005年の…から、その後5年間で…
に; さらに5年後の2015年には: ja_relative.py dates what follows by it), and a year that dates
a survey, a statistic, a reference date or a figure's series rather than an event
(2005年度調査によれば, 平成18年事業所統計調査, 2012年時点で, as of 2010, the 2007 survey,
shipments rose from 1995 to 2005 as Figure 2 shows) or a news photo (…=2016年11月、県内で).
Thresholds are blanked like every non-fact (non_fact_rules.py lists these rules after its
own); the spans and years stay in the text, to be the period of the numbers they date, and are
only kept out of the facts (facts.py) and named in the candidates (candidates.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pipelines.extracted.rules import load_rules, word_alternation

_NUM_JA = r"[0-9][0-9,.]*|[〇一二三四五六七八九十百千]+"
_YEAR_JA = (
    r"(?:(?:19|20)\d\d|(?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元|[一二三四五六七八九十]{1,3}))"
)


@cache
def dating_rules() -> list[tuple[str, re.Pattern[str], Callable[[str], object]]]:
    """(reason, pattern, gate) as non_fact_rules.py reads them: the numerals of the named
    groups that matched are no facts; the gate is searched first, so a text without its words
    costs one scan."""
    rules = load_rules("dating")
    firsts = word_alternation(rules["threshold_first_words_ja"])
    crossed = word_alternation(rules["threshold_verbs_ja"])
    first_en = word_alternation(rules["threshold_verbs_en"], ignore_case=True)
    months = word_alternation(load_rules("facts")["months"])
    amount = rf"(?:{_NUM_JA})(?:[ \t]*[万億兆千百])*[ \t]*[^\s\d、。を]{{0,3}}?"
    return [
        # 初めて450億円を超えた, 3年連続で100億円を超える, 初の1万人突破: the round figure crossed
        (
            "threshold",
            re.compile(
                rf"(?:{firsts})[^。、\n]{{0,30}}?(?P<g>{amount})[ \t]*(?:の大台)?[ \t]*(?:を|も)?"
                rf"[ \t]*(?:{crossed})"
            ),
            re.compile(firsts).search,
        ),
        # passed the 10,000 mark; exceeded 45 billion yen for the first time
        (
            "threshold",
            re.compile(
                r"\b(?:the|a)[ \t]+(?P<g>\d[\d,]*(?:\.\d+)?)(?:[ \t]*(?i:million|billion))?"
                r"[ \t-]+(?i:mark|milestone|threshold)\b"
                rf"|\b(?i:{first_en})[ \t]+(?:the[ \t]+)?(?P<h>[$¥€£]?[ \t]?\d[\d,]*(?:\.\d+)?"
                r"(?:[ \t]*(?i:million|billion|trillion))?[ \t]*[A-Za-z%]{0,8})"
                r"[ \t]+for[ \t]+the[ \t]+first[ \t]+time\b"
            ),
            re.compile(r"(?i:mark|milestone|threshold|first time)").search,
        ),
        # a cited work's year before where it is found (`Tokyo, 2004, available at: <http...`,
        # `July 2016., https://...`), or closing a note's line of commas (`Challenges for
        # Japan, Opportunities for the United States, 2009.`): no event of the text
        (
            "bibliographic",
            re.compile(
                r"(?<![\d.,])(?P<g>(?:19|20)\d\d)[a-z]?\)?[.,]{0,2}[ \t]*(?:[(<][ \t]*)?"
                r"(?:(?i:available[ \t]+(?:at|from|online)|retrieved|accessed|consulted)\b"
                r"|https?://)"
                # not a month's date closing a sentence (`completed by March,1980.`)
                rf"|^[^\n]*,(?:[^\n]*\s)?(?!(?:{months}),)\S*,[ \t]*(?P<h>(?:19|20)\d\d)\.[ \t]*$",
                re.M,
            ),
            re.compile(
                r"(?i:vailable|etrieved|ccessed|onsulted|https?:)|,[ \t]*(?:19|20)\d\d\.[ \t]*$",
                re.M,
            ).search,
        ),
        _citation_rule(rules),
        # a news photo's caption, `…の町並み=2016年11月、県内で`: when and where it was taken,
        # closing its line; no event of the story
        (
            "caption_year",
            re.compile(
                rf"[=＝][ \t]*(?P<g>{_YEAR_JA})年[ \t]*\d{{1,2}}[ \t]*月(?:[ \t]*\d{{1,2}}[ \t]*日)?"
                r"(?:[、,][^\n。=＝]{0,20})?[ \t]*$",
                re.M,
            ),
            re.compile(r"[=＝][ \t]*(?:19|20|明治|大正|昭和|平成|令和)").search,
        ),
    ]


_NAME = r"[A-Z][A-Za-z'’-]+"
_CITED_YEAR = r"(?P<{}>(?:19|20)\d\d)[a-z]?"


def _citation_rule(
    rules: dict[str, list[str]],
) -> tuple[str, re.Pattern[str], Callable[[str], object]]:
    """An author's year (Tanaka (2011) reports, according to Ono (2009), (Oda et al., 2009;
    Ito 2012), 田中（2011）によれば): the year of a cited work, no period of the numbers near it."""
    verbs = word_alternation(rules["citation_verbs_en"])
    before = word_alternation(rules["citation_before_en"], ignore_case=True)
    after_ja = word_alternation(rules["citation_after_ja"])
    not_names = word_alternation(rules["citation_not_names"])
    authors = rf"(?!(?:{not_names})\b){_NAME}(?:[ \t]+(?:and|&)[ \t]+{_NAME})?"
    et_al = r"[ \t]+et[ \t]+al\.?"
    pattern = re.compile(
        # Tanaka (2011) reports; Tanaka et al. (2011); according to Tanaka (2011)
        rf"\b{authors}(?:{et_al})?[ \t]*\({_CITED_YEAR.format('g')}(?:[,:][^()\n]{{0,20}})?\)"
        rf"(?=[ \t]+(?:also[ \t]+)?(?:{verbs})\b)"
        rf"|\b{_NAME}{et_al}[ \t]*\(?{_CITED_YEAR.format('h')}"
        rf"|\b(?i:{before})[ \t]+{authors}[ \t]*[(,][ \t]*{_CITED_YEAR.format('i')}"
        # (Tanaka, 2011); (Tanaka and Ono 2011; Ito, 2012a)
        rf"|(?<=[(;])[ \t]*{authors}(?:{et_al})?,?[ \t]+{_CITED_YEAR.format('j')}"
        r"(?=[a-z]?[ \t]*[;),:])"
        # 田中（2011）によれば, 佐藤ら（2009）の調査
        rf"|(?<=[一-龥ァ-ヶー])(?:ら|ほか|他)?[（(][ \t]*{_CITED_YEAR.format('k')}[ \t]*[）)]"
        rf"(?={after_ja})"
    )
    gate = re.compile(r"\((?:19|20)\d\d|(?:19|20)\d\d[a-z]?\)|（(?:19|20)\d\d").search
    return ("bibliographic", pattern, gate)


# after a Japanese year: the reference date a figure is as of (2012年時点, 2018年10月末現在), or a
# survey, statistic or census it names (2005年度調査, 平成18年事業所・企業統計調査, 平成27年度
# における実施状況): the date of the numbers reported, no event
_AFTER_YEAR_JA = re.compile(
    r"(?:年度?)?[ \t]*(?:末|度末)?[ \t]*(?:\d{1,2}[ \t]*月[ \t]*(?:末|\d{1,2}[ \t]*日)?)?[ \t]*"
    r"(?:現在|時点)"
    r"|(?:年度?)?[ \t]*(?:の|に[ \t]*おける|に(?:実施|行)(?:した|われた|った))?[ \t]*"
    r"[一-龥ァ-ヶー・]{0,14}?(?:調査|統計|センサス|実施状況)(?![一-龥ァ-ヶ])"
)
_AS_OF_BEFORE = re.compile(
    r"\b(?i:as[ \t]+(?:of|at))[ \t]+(?:(?i:the[ \t]+end[ \t]+of)[ \t]+)?(?:(?i:fy)[ \t]?)?"
    r"(?:[A-Z][a-z]+\.?[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?,?[ \t]+)?$"
)


# the year a figure is compared with (`41, up from 2014`, `compared with 2010`, `than in
# 2009`): the date of a value the text does not give, neither the figure's period nor an event
BASE_BEFORE = re.compile(
    r"\b(?:(?:up|down)(?:[ \t]+[\d.,]+[ \t]*(?:%|per[ \t]?cent|percent))?[ \t]+from"
    r"|compared[ \t]+(?:with|to)|than(?:[ \t]+(?:in|during))?|versus|vs\.?|relative[ \t]+to)"
    r"[ \t]+(?:the[ \t]+(?:level[ \t]+of|end[ \t]+of)[ \t]+)?(?:(?:FY|fiscal[ \t]+year)[ \t]?)?$",
    re.IGNORECASE,
)


@cache
def _target_year_ja() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after the year, before it): a target's, estimate's or budget's year (2010年度の目標,
    2004年度の\n目標値 over a line break, 現状値(2001年度), 平成14年度当初予算): a table's
    column heading or a section's title dates the values under it, no event; not where the
    budget is the means of an act after it (2019年度予算で新設した基金: the act's year)."""
    words = word_alternation(load_rules("dating")["target_nouns_ja"])
    after = re.compile(
        rf"(?:年度?)?[ \t]*(?:頃|ごろ|末|度末)?[ \t]*の?[ \t\n]*(?:{words})"
        # 2019年度予算で新設した: the budget paid for an act (not では, nor the copula である)
        r"(?![一-龥ァ-ヶー]*で(?![はもあ]))"
    )
    before = re.compile(rf"(?:{words})[ \t]*[(（][ \t]*(?:明治|大正|昭和|平成|令和)?[ \t]*$")
    return after, before


def _event_after(masked: str, end: int) -> bool:
    """Whether an event word follows in the year's clause (平成21年度予算で設立された: the year
    of a founding, which stays a fact)."""
    stop = _CLAUSE_END.search(masked, end)
    clause = masked[end : stop.start() if stop else len(masked)]
    return any(w in clause for w in load_rules("japanese")["event_words"])


_CLAUSE_END = re.compile(r"[。\n]")


@cache
def _survey_after_year_en() -> re.Pattern[str]:
    words = word_alternation(load_rules("dating")["survey_nouns_en"])
    return re.compile(rf"[ \t]+(?:{words})s?\b")


# a sentence that points to a figure or table: the years it gives are those of the series the
# figure shows (`rose from 1995 to 2005, as Figure 2 shows`), none an event
_FIGURE = re.compile(
    r"\b(?:Figures?|Fig\.|Tables?|Charts?|Graphs?)[ \t]?\d{1,3}\b"
    r"|(?<![一-龥])(?:図表|図|表)[ \t]?\d{1,3}(?![\d年.,])"
)
# a year that ends a span of years: `from 1995 to 2005`, `between 1995 and 2005`, `1995–2005`
_SPAN_AFTER = re.compile(r"[ \t]*(?:to|and|through|–|-|~)[ \t]*(?:19|20)\d\d\b")
_SPAN_BEFORE = re.compile(
    r"\b(?:from|between)[ \t]+$|(?:19|20)\d\d[ \t]*(?:to|and|through|–|-|~)[ \t]*$"
)
_SENTENCE_END = re.compile(r"[.!?][ \t\n]|\n\n|。")


_SPAN_DIGITS = 4  # the longest number of years a span counts (十五, 100)


@cache
def _relative_span() -> re.Pattern[str]:
    then = word_alternation(load_rules("dating")["relative_span_words_ja"])
    return re.compile(
        rf"{_YEAR_JA}年度?[^。\n]{{0,60}}?(?:{then})[ \t]*(?P<g>{_NUM_JA})[ \t]*年(?:間)?"
        r"(?=[ \t]*(?:で|に|後|の間))"
        rf"|(?P<h>{_NUM_JA})[ \t]*年後の[ \t]*(?={_YEAR_JA}年)"
    )


def relative_span(masked: str, start: int, end: int) -> bool:
    """Whether the number at [start, end) is a span that only counts on from a year said
    before it (2005年の…から、その後5年間で…に) or says the year after it again (5年後の2015年
    には): ja_relative.py reads the year it reaches as the period of what follows; the span is no
    duration of anything."""
    if end - start > _SPAN_DIGITS:
        return False  # a run of digits counts no years (and would cost its square to scan)
    lo = masked.rfind("。", 0, start) + 1
    for m in _relative_span().finditer(masked, max(lo, start - 100), min(len(masked), end + 40)):
        for g in ("g", "h"):
            if m.group(g) is not None and m.start(g) <= start < m.end(g):
                return True
    return False


def dating_year(masked: str, start: int, end: int, event: bool = False) -> str | None:
    """The reason the year written at [start, end) dates numbers and no event, else None:
    `reference_date` (as of 2010, 2012年時点), `survey_year` (the 2007 survey, 2005年度調査),
    `target_year` (2010年度の目標, 現状値(2001年度)),
    `base_year` (up from 2014, compared with 2010) or `series_year` (an end of a span of years,
    `from 1995 to 2005`, in a sentence that points to a figure for what the span shows).
    `event`: an event verb dates the year (`was opened in 2005`), which keeps it a fact."""
    if _AFTER_YEAR_JA.match(masked, end):
        after = masked[end : end + 24]
        return "reference_date" if ("現在" in after[:14] or "時点" in after[:14]) else "survey_year"
    if _AS_OF_BEFORE.search(masked, max(0, start - 40), start):
        return "reference_date"
    target_after, target_before = _target_year_ja()
    if (
        target_after.match(masked, end) or target_before.search(masked, max(0, start - 16), start)
    ) and not _event_after(masked, end):
        return "target_year"
    if _survey_after_year_en().match(masked, end):
        return "survey_year"
    if BASE_BEFORE.search(masked, max(0, start - 40), start):
        return "base_year"
    if event or not _FIGURE.search(masked, max(0, start - 200), min(len(masked), end + 200)):
        return None
    if not (
        not masked[start:end].isdigit()  # the fact is the span itself: `1995 to 2005`
        or _SPAN_AFTER.match(masked, end)
        or _SPAN_BEFORE.search(masked, max(0, start - 30), start)
    ):
        return None  # a single year beside a figure may date an event of its own
    lo = max(
        (m.end() for m in _SENTENCE_END.finditer(masked, max(0, start - 200), start)), default=0
    )
    hi = _SENTENCE_END.search(masked, end)
    if _FIGURE.search(masked, lo, hi.start() if hi else len(masked)):
        return "series_year"
    return None


_FISCAL_LEAD = re.compile(r"(?:as of|FY|fiscal year|fiscal)\s*(?:the end of\s*)?\w*\s*$")
# `starting from fiscal 2001`, `since FY2010`: the start of what the sentence says, an event
_FISCAL_START = re.compile(r"\b(?:since|starting(?: from| in)?|beginning(?: in)?)\s+(?:FY|fiscal)")


# `until FY2014`, `In FY 2006 a scheme was launched`: a fiscal year with no number to date, led
# by a preposition, dates what its clause says (an event); a bare `FY 2012` labels a heading
_DATING_PREPOSITION = re.compile(
    r"\b(?:in|until|till|by|from|after|before|during)\s+(?:the\s+)?(?:FY|fiscal)\b[^\n]*$",
    re.IGNORECASE,
)


def fiscal_only(lead: str, numbers: bool = True) -> bool:
    """Whether the words before an English year (`in FY`, `as of fiscal`) make it a fiscal year
    that only dates numbers, never an event; a fiscal year something starts from is one, and so
    is one after a preposition in a sentence with no other number (`numbers`) to date."""
    if not _FISCAL_LEAD.search(lead) or _FISCAL_START.search(lead):
        return False
    return numbers or not _DATING_PREPOSITION.search(lead)
