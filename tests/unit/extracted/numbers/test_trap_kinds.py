"""Each kind of number a real page carries that is no fact (the trap kinds of the development
corpus's labels: addresses, dates without a year or in ISO form, clock times without a colon,
codes written with a leading zero, reference marks, centuries, years inside names, law
numbers, list headings, the years of a chart's title), in English and, where the form exists,
Japanese. Each case gives no fact for the number named and still gives the fact beside it.
Texts written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


@pytest.mark.parametrize(
    ("text", "not_a_fact", "still_a_fact"),
    [
        # a street number and a US ZIP code
        ("The lab at 2200 Harbor Street, Kent, WA 98032 hires 45 engineers.", 2200.0, 45.0),
        ("The lab at 2200 Harbor Street, Kent, WA 98032 hires 45 engineers.", 98032.0, 45.0),
        # a clock time written without a colon, and a time zone
        ("The call starts at 10 am (UTC+9) with 30 firms.", 10.0, 30.0),
        # a date without a year: a dateline, a day before its month
        ("OSAKA, May 21 (Jiji) -- The city picked 6 projects.", 21.0, 6.0),
        ("On 14 October the board approved 3 plans.", 14.0, 3.0),
        # an ISO date: its month and day
        ("Last updated: 2022-03-09. The list names 52 members.", -3.0, 52.0),
        # a date the page was published online
        ("First published online: 3 Feb 2011. The survey covered 410 firms.", 2011.0, 410.0),
        # codes written with a leading zero: a paper's number, an abbreviated year in a name
        ("Discussion Paper 11-J-034. It studies 120 start-ups.", 11.0, 120.0),
        ("See Working Paper 07. It studies 0.5% of start-ups.", 7.0, 0.5),
        ("09年度の報告書〔07〕によれば件数は1万件であった。", 7.0, 1e4),
        ("Firms met at MedTech Expo '07, where 80 booths stood.", 7.0, 80.0),
        ("〔04〕 茨城県の事業所は1,200か所", 4.0, 1200.0),
        # reference marks, and a note mark glued to a closing bracket
        ("The park employs 5,300 people.[12]", 12.0, 5300.0),
        ("The park employs 5,300 people (Mori 2015)7 and grows.", 7.0, 5300.0),
        ("研究所は32か所ある。[5]", 5.0, 32.0),
        # a century
        ("Since the 18th century the port has had 4 shipyards.", 18.0, 4.0),
        # a year that is part of a name, and a law's number
        ("Cluster Guide, 2015 Edition", 2015.0, None),
        ("The Regional Act (Act No. 72 of 1988) is in force. It named 26 zones.", 1988.0, 26.0),
        # a name with N.0 at the end of a sentence
        ("Its 9 labs work on Industry 4.0.", 4.0, 9.0),
        # a list heading: a code before a name alone on its line
        ("Members\n\n12 Chiba\nThe prefecture sends 14 firms.\n", 12.0, 14.0),
        # the years of a chart's title
        ("Figure 3: Start-ups in the region, 2004-2012", 2004.0, None),
        ("図2 地域の新規企業（2004～2012年）", 2004.0, None),
        # the page's date opening its line before a gap (an issue date, a dateline)
        ("平成30年2月9日 平成29年度 地域の産業について", 2018.0, None),
        ("June 3, 2020  The ministry chose 7 regions.", 2020.0, 7.0),
        # "one" as an article, and a page's view counter
        ("これも一つの考え方である。地域は3つある。", 1.0, 3.0),
        ("閲覧数 1234\n参加企業は40社である。", 1234.0, 40.0),
        # a room number
        ("Talks are in Room 5; 90 guests came.", 5.0, 90.0),
    ],
)
def test_a_trap_kind_gives_no_fact(
    text: str, not_a_fact: float, still_a_fact: float | None
) -> None:
    values = [f.value for f in facts_in_text(text)]
    assert not_a_fact not in values, values
    assert still_a_fact is None or still_a_fact in values, values
