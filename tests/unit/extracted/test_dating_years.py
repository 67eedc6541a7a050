"""A number that only dates or scales another is no fact: a threshold crossed, a span that
counts on from a year said before it, the year of a survey, of a reference date or of a figure's
series; each goes to the candidates with its reason, and a year that dates an event stays a
fact (issue point: a year that only dates another number becomes its period). Texts written
for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

DOCS = {
    "dating-en": (
        "Harbour cluster notes\n\n"
        "Exports of the harbour rose steadily from 1994 to 2006, as Figure 4 shows.\n"
        "The testing centre was opened in 1999.\n"
        "Membership passed the 5,000 mark in the spring.\n"
        "The 2009 survey was sent to every member.\n"
        "Berths in use in 2019 were 37, up from 2011.\n\n"
        "  Harbour Study Group, Ports and Growth, Lessons for Small Towns, 2012.\n"
        "Ono, Harbour clusters, 2017, available at: <http://example.org/ports>.\n"
    ),
    "dating-ja": (
        "港湾クラスターの概況\n\n"
        "港湾の取扱額は2013年に初めて900億円を超えた。\n"
        "共同研究は3年連続で200件を突破した。\n"
        "今回、令和3年度における実施状況を取りまとめた。\n"
        "前回は令和元年度に おける実施状況を公表した。\n"
        "域内の売上高は2007年の80億円から、その後6年間で1.5倍の120億円になった。\n"
        "同組合は2001年に設立された。\n"
        "この制度は二十年の歴史を持ち、昭和五十年代に始まった。\n"
    ),
    "dating-title": (
        "H A R B O R Harbour Cluster Review March 3, 2011 “Ports and People” Ken Ono, Director\n"
        "On May 9, 2004 the harbour office opened.\n"
    ),
    "dating-cited": (
        "Harbour literature\n\n"
        "Mori (2013) reports that the harbour employs 1,900 people.\n"
        "According to Sato (2006), 44 shippers joined the scheme.\n"
        "Some 70 berths were rebuilt (Kudo et al., 2004; Hara 2015).\n"
        "The Harbour Act (1988) named 12 ports.\n"
        "森（2016）によれば、参加企業は90社である。\n"
    ),
    "dating-noun": (
        "Harbour office\n\n"
        "The office has served 60 firms since its opening in April 2010.\n"
        "After the merger in 2015 the port had 14 berths.\n"
    ),
    "dating-fronted": (
        "Harbour law\n\n"
        "In April 2016 the Harbour Law came into force, and 9 ports were named.\n"
        "Applications began being taken in May 2017, and 210 plans were approved.\n"
    ),
    "dating-not-events": (
        "Harbour trade\n\n"
        "In 2015 the park hosted 120 firms.\n"
        "In 2016 exports began to recover, reaching 40 billion yen.\n"
        "Job creation in 2017 reached 2,000 positions.\n"
    ),
    "dating-brackets": (
        "港湾交付金の推移\n\n"
        "【令和4年度】【令和3年度】\n\n"
        "港湾整備交付金 700億円\n\n"
        "【令和5年度】\n\n"
        "港湾拠点交付金 250億円\n\n"
        "同協議会は令和4年に設立された。\n"
    ),
    "dating-diet": (
        "第九十回国会 商工委員会 第二号 昭和五十四年四月三日\n"
        "○政府委員 昭和五十二年に定めた計画では、六十年時点で二百の工場を移すこととしております。\n"
    ),
}
NO_PERIOD = -1  # the fact must have no period (None: its period is not checked)


@pytest.fixture(scope="module")
def frames(tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, pd.DataFrame]:
    folder = tmp_path_factory.mktemp("dating")
    docs = read_texts(folder, DOCS)
    fr = extract_frames(docs)
    return fr.facts, fr.candidates


@pytest.mark.parametrize(
    ("doc", "quote", "expected"),
    [
        ("dating-en", "1994", "series_year"),  # a figure's series, no event
        ("dating-en", "2006", "series_year"),
        ("dating-en", "5,000", "threshold"),
        ("dating-en", "1999", ("year", 1999)),  # an event's year stays a fact
        ("dating-ja", "900億円", "threshold"),
        ("dating-ja", "2013年に", ("year", 2013)),  # the year it was first crossed
        ("dating-ja", "200件", "threshold"),
        ("dating-ja", "3年連続", ("years", None)),
        ("dating-en", "2009", "survey_year"),
        ("dating-ja", "令和元年度", ""),  # a wrapped line's blank inside に おける
        ("dating-en", "37", ("count", 2019)),  # not dated by the year it is compared with
        ("dating-en", "2011", "base_year"),
        ("dating-en", "2012", "bibliographic"),  # a note's cited work
        ("dating-en", "2017", "bibliographic"),
        ("dating-ja", "令和3年度", "survey_year|dates_another_fact"),  # the period of the text
        ("dating-ja", "6年間", "relative_span"),
        ("dating-ja", "120億円", ("JPY", 2013)),  # dated by the span counted from 2007
        ("dating-ja", "2001年", ("year", 2001)),
        ("dating-ja", "二十年", ("years", None)),  # a length of time, never 昭和二十年
        ("dating-diet", "六十年", "dates_another_fact"),  # 昭和60年 dating the count, no 60 years
        ("dating-diet", "二百", ("count", 1985)),
        ("dating-cited", "2013", "bibliographic"),  # an author's year: no period of 1,900
        ("dating-cited", "1,900", ("people", NO_PERIOD)),
        ("dating-cited", "2006", "bibliographic"),
        ("dating-cited", "2004", "bibliographic"),
        ("dating-cited", "2015", "bibliographic"),
        ("dating-cited", "（2016）", "bibliographic"),
        ("dating-cited", "90社", ("count", NO_PERIOD)),
        ("dating-cited", "12 ports", ("count", 1988)),  # a law's year in brackets still dates
        ("dating-title", "2011", "dateline"),  # a title's date: the document's, no event
        ("dating-title", "2004", ("year", 2004)),
        ("dating-noun", "2010", ("year", 2010)),  # the event's noun before `in` the year
        ("dating-noun", "2015", ("year", 2015)),
        ("dating-noun", "14 berths", ("count", 2015)),  # dated by it all the same
        ("dating-fronted", "2016", ("year", 2016)),  # `In 2016 the law came into force`
        ("dating-fronted", "9 ports", ("count", 2016)),
        ("dating-fronted", "2017", ("year", 2017)),  # `began`, as `begun` and `started`
        ("dating-fronted", "210", ("count", 2017)),
        # a year that only dates the numbers of its clause, whatever verb or noun is there
        ("dating-not-events", "2015", "dates_another_fact"),
        ("dating-not-events", "120", ("count", 2015)),
        ("dating-not-events", "2016", "dates_another_fact"),  # `began to recover`
        ("dating-not-events", "2017", "dates_another_fact"),  # `job creation`: no event
        # years in brackets alone on their line: a heading's or a chart's labels, no events
        ("dating-brackets", "【令和4年度】", "dates_another_fact|not_read"),
        ("dating-brackets", "【令和3年度】", "dates_another_fact|not_read"),
        ("dating-brackets", "【令和5年度】", "dates_another_fact|not_read"),
        ("dating-brackets", "250億円", ("JPY", 2023)),  # still dated by the heading
        ("dating-brackets", "令和4年に", ("year", 2022)),  # an event's year in a sentence
    ],
)
def test_dating_numbers(
    frames: tuple[pd.DataFrame, pd.DataFrame], doc: str, quote: str, expected: object
) -> None:
    facts, candidates = frames
    text = DOCS[doc]
    at = text.index(quote)
    end = at + len(quote)
    got = facts[(facts["doc_id"] == doc) & (facts["char_start"] < end) & (facts["char_end"] > at)]
    if isinstance(expected, str):
        assert got.empty, got[["quote", "unit"]].to_dict("records")
        if not expected:
            return
        mine = candidates[
            (candidates["doc_id"] == doc)
            & (candidates["char_start"] < end)
            & (candidates["char_end"] > at)
        ]
        reasons = set(mine["reason"]) & set(expected.split("|"))
        assert reasons, mine[["quote", "reason"]].to_dict("records")
    else:
        unit, period = expected  # type: ignore[misc]
        assert list(got["unit"]) == [unit], got[["quote", "unit"]].to_dict("records")
        if period == NO_PERIOD:
            assert pd.isna(got.iloc[0]["period_start"]), got.iloc[0]["period_start"]
        elif period is not None:
            assert int(got.iloc[0]["period_start"]) == period
