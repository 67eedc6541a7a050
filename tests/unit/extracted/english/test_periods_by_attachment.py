"""Period and measure by attachment in English prose (issue 32, points 1 and 4): a year set
before a number by a colon, a month glued to its year, a year ending its clause before another
clause with its own subject, a year said before an area, the date a page says it was
published (or its address gives), a chronology's entry, a year opening the sentence before and
a budget's fiscal year said there; a stage's span of years, a line's label without its term's
years, the counts of a list a colon opens, the levels of a change `from` one number `to`
another, and the doers of a passive verb. Texts written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.ja_measures import document
from pipelines.extracted.frames import extract_frames

_DOCS = {
    "colon": "  • Stage 2 (2012-2016), Growth Stage: 14 hubs were funded (outlay in FY 2013: "
    "8.4 billion yen).\n",
    "glued": "The building of the laboratories of some sixty agencies was completed by May,1979.\n",
    "clause": "The tram line was opened in 2009 and it allows a ride to the port in 35 mins.\n"
    "In 2009, the tram line opened and it carried 6,200 riders a day.\n",
    "news": "(Harbor Daily: March 3, 2016 – p. 2)\n\nThe ministry will on Mar. 9 approve 14 "
    "town plans. Other towns sent 8 plans last spring.\n",
    "published": "Published in June, 2019\n\nCurrently, the science park hosts 41 institutes. "
    "The trip takes 50 minutes.\n",
    "address": "https://news.example.org/local/2017/08/02/port-grants/\n\n16 new berths have "
    "been approved. Today the harbour employs 2,400 people. The survey took 30 days.\n",
    "as_of": "Since the scheme opened in May 2004, a total of 620 plans have been approved (as "
    "of March 2008).\n",
    "list": "The 9 hubs are spread over three regions: Kanto (4), Kansai (3), Kyushu (2).\n",
    "levels": "The ministry plans to cut the number of funded hubs from 14 to 8.\n",
    "agent": "The 30 plans have been submitted by six towns and 12 villages.\n",
    "chronology": "Port policy 1998 The Harbor Act was enacted ● Funding of ¥ 9 billion was "
    "planned over 4 years ● 12 sites were designated 2004 The Second Harbor Act was enacted "
    "● 30 firms joined the scheme\n",
    "standing": "By 1985, 37 institutes had moved to the 31-square kilometer (12-square mile) "
    "campus. The town grew to 160 square kilometers in 2006 after a merger.\n",
    "opening": "Looking at 2014 output by prefecture, Gifu ranked fifth in Japan. The region as a "
    "whole made 11.4 percent of the national output. It now employs 9,000 people.\n",
    "label": "  • Stage 3 (2017-2021), Growth Stage: The 12 hubs were merged into 8 hubs.\n",
    "fiscal": "The city set aside a port grant in its budget for fiscal 2017. About 3 billion "
    "yen will go to the piers.\n",
}


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    docs = [document(name, "en", text) for name, text in _DOCS.items()]
    return extract_frames(docs).facts


def _row(facts: pd.DataFrame, doc: str, value: float) -> pd.Series:
    hits = facts[(facts["doc_id"] == doc) & (facts["value"] == value)]
    assert len(hits) == 1, hits
    return hits.iloc[0]


def _period(r: pd.Series) -> tuple[object, object]:
    start, end = r["period_start"], r["period_end"]
    return (None if pd.isna(start) else start), (None if pd.isna(end) else end)


@pytest.mark.parametrize(
    ("doc", "value", "period"),
    [
        ("colon", 8.4e9, (2013, 2013)),  # the fiscal year before its colon, not the stage's span
        ("colon", 14.0, (2012, 2016)),
        ("glued", 60.0, (1979, 1979)),  # `by May,1979`
        ("clause", 35.0, (None, None)),  # `opened in 2009 and it allows ... 35 mins`
        ("clause", 6200.0, (2009, 2009)),  # `In 2009, ...` dates every clause
        ("news", 14.0, (2016, 2016)),  # a day without its year, in a dated article
        ("news", 8.0, (None, None)),
        ("published", 41.0, (2019, 2019)),  # `Currently`, on a page published in 2019
        ("published", 50.0, (None, None)),  # a duration is of no year
        ("address", 16.0, (2017, 2017)),  # `have been approved`, on a page its address dates
        ("address", 2400.0, (2017, 2017)),  # `Today`
        ("address", 30.0, (None, None)),
        ("as_of", 620.0, (2008, 2008)),  # the date it holds at, over the year it counts from
        ("chronology", 9e9, (1998, 2001)),  # an entry's item, `over 4 years` from its year
        ("chronology", 12.0, (1998, 2001)),
        ("chronology", 30.0, (2004, 2004)),
        ("fiscal", 3e9, (2017, 2017)),  # the fiscal year of the sentence before
        ("standing", 37.0, (1985, 1985)),
        ("standing", 31.0, (None, None)),  # an area is not dated by a year said before it
        ("standing", 160.0, (2006, 2006)),  # but by one said after it
        ("opening", 11.4, (2014, 2014)),  # the year opening the sentence before
        ("opening", 9000.0, (None, None)),  # not what is said of now
    ],
)
def test_the_period_a_number_is_attached_to(
    facts: pd.DataFrame, doc: str, value: float, period: tuple[int | None, int | None]
) -> None:
    assert _period(_row(facts, doc, value)) == period


def test_a_stages_span_of_years_is_a_fact_named_by_the_stage(facts: pd.DataFrame) -> None:
    r = _row(facts, "colon", 2012.0)
    assert (r["measure"], r["value_high"]) == ("Stage 2 (Growth Stage)", 2016.0)


@pytest.mark.parametrize(
    ("doc", "value", "measure"),
    [
        ("list", 4.0, "hubs (Kanto)"),
        ("list", 2.0, "hubs (Kyushu)"),
        ("levels", 14.0, "funded hubs"),
        ("levels", 8.0, "funded hubs"),
        ("agent", 6.0, "towns submitting plans"),
        ("agent", 12.0, "villages submitting plans"),
        ("label", 8.0, "(Stage 3, Growth Stage)"),  # a line's label without its term's years
    ],
)
def test_what_a_number_measures_by_its_attachment(
    facts: pd.DataFrame, doc: str, value: float, measure: str
) -> None:
    assert measure in str(_row(facts, doc, value)["measure"])
