"""Where the rules for numbers that are no facts must stop (issue "Facts from documents nobody
wrote for us", point 2, precision first): ordinary sentences that look like a title's year, an
issue number, an interview's date, a cited text's date, a name of an event, a page counter, a
rate's denominators, alternatives or a newspaper's decimal point, and are none of them. Texts
written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.numbers.non_facts import named_spans


@pytest.mark.parametrize(
    ("text", "value", "unit", "period"),
    [
        # a verb and a common noun before a year are no title's words
        ("The council will review 2020 spending of 3 billion yen.", 3e9, "JPY", 2020),
        # a rank written with `#` after a verb is a rank
        ("Fukuoka ranked #2 with 300 firms.", 2.0, "rank", None),
        # the day people were interviewed dates what they said
        ("The 120 managers interviewed on 5 May 2019 said sales rose 5%.", 5.0, "percent", 2019),
        # an estimate's date dates the estimate
        ("市の人口は2011年10月1日付の推計で120万人となった。", 1.2e6, "people", 2011),
        # a year after `By` is no name's, whatever capitalised words follow it
        ("By 2030 Japan Summit organisers expect 300 delegates.", 300.0, "count", 2030),
        # a count before a rate's own denominator is a count
        ("補助対象30社1社当たり200万円を支給した。", 30.0, "count", None),
        # あたり after a year of the era: `about` that year
        ("昭和五十七年に始まり、売上は五十八年度あたりから伸び始めた。", 1983.0, "year", 1983),
        # alternatives: a unit of its own is kept, and they go up
        ("3千又は5万円", 3000.0, "JPY", None),
        ("Tickets cost $300 or $1 million.", 300.0, "USD", None),
        # a change against the previous year is no budget's base: the year dates both numbers
        ("売上高は2019年度前年度比5%増の300億円となった。", 3e10, "JPY", 2019),
    ],
)  # fmt: skip
def test_a_rule_for_non_facts_stops_where_the_number_is_a_fact(
    text: str, value: float, unit: str, period: int | None
) -> None:
    got = [(f.value, f.unit, f.period_start) for f in facts_in_text(text)]
    assert (value, unit, period) in got, got


def test_a_list_joined_by_middle_dots_is_no_decimal() -> None:
    values = [f.value for f in facts_in_text("寄付は1・3・5万円の3コースから選べる。")]
    assert 35000.0 not in values and 3.5 not in values, values


def test_a_fraction_alone_on_a_line_deep_in_a_page_is_no_page_counter() -> None:
    """`8/34` on a page's first lines is a viewer's page; `7/10` further down is a score."""
    text = "Scores of the pilot\n\nThe panel met twice.\n\nIt scored the plan.\n\nScore\n7/10\n"
    assert all(text[a:b] != "7" for a, b, _ in named_spans(text)), named_spans(text)
