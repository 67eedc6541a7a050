"""Numbers of journal, working-paper and wire-news pages (task h-enprec): a cited work's
volume, issue, year and pages, a copyright or a paper's received/accepted date, a meeting or road
named by a number, a romanised Japanese address, are no facts; percentage points, `N points` of
a share, `ranked No. 2`, the dollar's price in yen, a headline's `25 Years` and a manager or
teacher counted are read with their units. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _values(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in facts_in_text(text)]


@pytest.mark.parametrize(
    ("text", "not_read"),
    [
        ("Journal of Urban Studies, Vol. 41, No. 6, 2011, pp. 88–104", 2011.0),
        ("Journal of Urban Studies, Vol. 41, No. 6, 2011, pp. 88–104", 88.0),
        ("Review of Regions 22(4): 310–329, on 40 towns.", 310.0),
        ("Review of Regions 22(4): 310–329, on 40 towns.", 22.0),
        ("ISBN 978-4-12-345511-3 lists 12 chapters.", 345511.0),
        ("Reference: Mori, T. and Sato, Y. (2003), Regional Review.", 2003.0),
        ("Copyright © 2017 The Institute. All rights reserved.", 2017.0),
        ("(c) 2019 Example Press", 2019.0),
        ("Received: 3 May 2015; Accepted: 9 November 2015", 2015.0),
        ("Discussion Paper No. 88: June 2012", 2012.0),
        ("Proceedings of the 2003 International Conference on Clusters", 2003.0),
        ("The ring road joins Route 9 near the port, serving 30 firms.", 9.0),
        ("Office at Suite 410, Harbour Tower", 410.0),
        ("Nishi 5, Chuo-ku, Sapporo 060, Japan", 5.0),
        ("Minami 7, Higashi 4, Chuo-ku, Sapporo 064, Japan", 7.0),
        ("The port was opened in Meiji 22 (1889) with 4 piers.", 22.0),  # an era's year
        ("Heisei 9 saw 14 new firms in the park.", 9.0),
        ("The 4th Regional Innovation Plan set 30 goals.", 4.0),  # an ordinal in a name
        ("The 7th International Symposium on Parks was held in Oita.", 7.0),
        ("The duty is set out in § 12 of the act.", 12.0),
        ("The forum met on 9-11 June 2008 in Kochi.", 9.0),  # the days of a meeting
        ("The forum met on 9-11 June 2008 in Kochi.", 11.0),
        ("Last revised on 4 July 2019", 2019.0),
        ("Posted on August 30, 2020 by the desk", 2020.0),
        ("This page was last edited on 2 March 2022, at 10:15.", 2022.0),
        ("Call the desk on +81 92 555 0123 about the 40 sites.", 555.0),  # a phone, no word
        ("Call the desk on +81 92 555 0123 about the 40 sites.", 81.0),
        ("Listed as No. 57 of 1718 towns", 1718.0),
        ("Main indicators (2016)", 2016.0),  # a list's title and its year
        ("Top 10 industries: steel, ships, cars", 10.0),
        ("Time zoneUTC+9 (JST)", 9.0),  # an infobox's label glued to its value
        ("Coordinates: 33°35?N 130°24?E", 35.0),  # minute marks a page lost as `?`
        ("The plant makes 12-inch wafers for 30 clients.", 12.0),  # a product's size
        ("The desk is at 245-3 Ushiku-cho, near the station.", 245.0),  # a block number
        ("Reading time: 7 min", 7.0),
        ("Clusters in Kyushu | 4 min read", 4.0),
        ("Regional Studies Letters, 2011 Vol.9 No.1/2, pp.30 - 52", 2011.0),  # a journal's line
        ("Regional Studies Letters, 2011 Vol.9 No.1/2, pp.30 - 52", 52.0),
        ("Regional Studies Letters, Vol. 9, Nos. 1/2, 2011", 2011.0),
        ("Output rose to 104.1 (2010=100) in the year.", 100.0),  # an index's base
        ("Home > Policy > Clusters > 2009", 2009.0),  # a breadcrumb trail
        ("1. Sendai 2. Kobe 3. Fukuoka 4. Sapporo", 3.0),  # items numbered on one line
        ("The ward covers 52 square km (20 square miles) of land.", 20.0),  # said again
        ("Engineers per 1 000 workers: 14.2", 1000.0),  # a rate's base, thin-spaced
        ("[Wire] 2022-03-14 09:30 Exports rose.", 2022.0),  # a timestamp
        ("Of residents aged 20-39, 45% rent.", 20.0),  # the ages a share is of
        ("Of residents aged 20-39, 45% rent.", 39.0),
        ("Contents\n1 Origins\n2 Sites\n3 See also\n4 Notes", 3.0),  # a contents list
    ],
)
def test_a_number_that_is_no_quantity_gives_no_fact(text: str, not_read: float) -> None:
    assert not_read not in [v for v, _ in _values(text)]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The share of exports fell by 0.7 percentage points in a year.", (0.7, "percent")),
        ("Its share rose 1.8 points to 22% of the market.", (1.8, "percent")),
        ("The city ranked No. 3 among Japanese ports for cargo.", (3.0, "rank")),
        ("The dollar fetched 112 yen in late trading.", (112.0, "yen_per_usd")),
        ("The dollar stood at ¥104.5 on Monday.", (104.5, "yen_per_usd")),
        ("Harbour Park Marks 20 Years", (20.0, "years")),
        ("It led the nation for 33 consecutive years.", (33.0, "years")),
        ("The pier was built 80 years ago.", (80.0, "years")),
        ("The hall covers 12 square km of reclaimed land.", (12.0, "km2")),
        ("At a rate of ¥108/US$, the grant was US$2 million.", (108.0, "yen_per_usd")),
        ("The yen weakened to 145 against the dollar.", (145.0, "yen_per_usd")),
        ("Kobe Becomes Japan's 6th Largest City", (6.0, "rank")),
        ("Gifu: 2.0 million people, No. 4 in ceramics output", (4.0, "rank")),
        ("From the station it takes 35min by bus.", (35.0, "minutes")),
        ("The transfer takes 2 hrs by ferry.", (2.0, "hours")),
        ("Matsue, a city of 200,000, hosts the lab.", (200000.0, "people")),
        ("The plant employs 2,400 in Toyama.", (2400.0, "people")),
        ("The group has 6,800 employees worldwide.", (6800.0, "people")),
        ("About 150 faculty members teach at the school.", (150.0, "people")),
        ("More than 900 physicians work in the county.", (900.0, "people")),
        ("The working-age population shrank by 40,000 in a decade.", (40000.0, "people")),
        ("The population of the ward grew by 3,000 last year.", (3000.0, "people")),
        ("Pop. (2000) 41,200; (2010) 44,900.", (44900.0, "people")),  # a gazetteer's line
        ("Its share is 8.1 per cent, 0.6 pts above the average.", (0.6, "percent")),
        ("Exports of parts grew 3.5x in a decade.", (3.5, "ratio")),
        ("Orders rose 4.1 pct from a year earlier.", (4.1, "percent")),  # a wire's pct
        ("The school marked its 50th anniversary in May.", (50.0, "years")),
        ("The council met for the 4th time in March.", (4.0, "count")),
        ("The rate fell 0.3% to 2.6% in June.", (2.6, "percent")),  # a change, then a level
        ("The survey covered 52 plant managers and 140 teachers.", (52.0, "people")),
        ("The survey covered 52 plant managers and 140 teachers.", (140.0, "people")),
        ("The regions of Japan, Vol. 41 aside, grew 12% in 2011.", (12.0, "percent")),
    ],
)
def test_the_facts_of_these_pages_come_out_with_their_units(
    text: str, fact: tuple[float, str]
) -> None:
    assert fact in _values(text)


def test_a_part_of_a_whole_counts_what_the_whole_counts() -> None:
    (twelve,) = [
        f for f in facts_in_text("By then 12 of the 30 towns had a plan.") if f.value == 12
    ]
    assert "towns" in (twelve.subject or "")


def test_the_parse_route_counts_people_by_its_own_measure() -> None:
    sentence = "Tourists rose 8% to 52,000 last year."
    facts = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    assert (52000.0, "people") in [(f.value, f.unit) for f in facts]


def test_a_range_said_with_between_takes_the_unit_of_its_end() -> None:
    (fact,) = facts_in_text("The plant will cost between 12 billion and 15 billion yen.")
    assert (fact.unit, fact.value_low, fact.value_high) == ("JPY", 12e9, 15e9)


def test_a_table_column_of_employees_counts_people() -> None:
    from pipelines.extracted.table_facts import table_cell_facts

    text = "Firms | Employees\n40 | 1,300"
    cells = [
        {"text": "40", "value_number": 40.0, "column_header": "Firms"},
        {"text": "1,300", "value_number": 1300.0, "column_header": "Employees"},
    ]
    for c, at in zip(cells, (text.index("40"), text.index("1,300")), strict=True):
        c.update(char_start=at, char_end=at + len(str(c["text"])))
    units = [(f.value, f.unit) for f in table_cell_facts(text, cells, None)]
    assert units == [(40.0, "count"), (1300.0, "people")]


def test_employing_robots_is_no_count_of_people() -> None:
    assert (300.0, "count") in _values("The line employs 300 robots.")


def test_a_reactor_numbered_no_1_is_no_rank() -> None:
    assert 1.0 not in [
        v for v, u in _values("Work began on the No. 1 reactor in May.") if u == "rank"
    ]


def test_points_without_a_share_stay_a_count() -> None:
    assert (300.0, "percent") not in _values("The index rose 300 points on the day.")


def test_a_terms_heading_with_its_span_in_brackets_is_the_terms_span() -> None:
    # unlike a list's title (`Main indicators (2016)`), `Term II (2006-2010)` states the term
    facts = facts_in_text("Term II (2006-2010)\n\nThe development period of the plan.")
    assert [(f.unit, f.value_low, f.value_high) for f in facts] == [("year", 2006.0, 2010.0)]
