"""Value and unit of numbers as real documents write them (issue 32: the tune half of the
development corpus's misses, grouped by cause): counters the rules lacked, a scaled amount
with no counter word, a number linked to what it counts by more than の, counts of people,
ranks written as ordinal words. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, text[f.start : f.end]) for f in facts_in_text(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit", "quote"),
    [
        # a counter the rules lacked: prefectures counted as 府県 / 都県
        ("協議会は近隣の4府県が共同で設けた。", 4, "count", "4府県"),
        ("首都圏の1都3県のうち2都県が参加した。", 2, "count", "2都県"),
        # a number linked to the noun it counts by に及ぶ / に上る, not only の
        ("市内には約250に及ぶ研究施設が集まる。", 250, "count", "250"),
        ("参加は120に上る中小企業であった。", 120, "count", "120"),
        # a scaled amount with no counter word: the unit its sentence's other amounts give
        ("国の補助は約40億円、県の補助は約15億で、合わせて増えた。", 1.5e9, "JPY", "15億"),
        # ... or the unit its measure names
        ("事業の収入は約96億で前年を上回った。", 9.6e9, "JPY", "96億"),
        ("町の人口は約7万で横ばいである。", 7e4, "people", "7万"),
    ],
)
def test_japanese_value_and_unit(text: str, value: float, unit: str, quote: str) -> None:
    assert (value, unit, quote) in _read(text)


def test_a_counter_word_keeps_its_own_unit() -> None:
    """Only a number with no counter takes its neighbours' currency: 件 stays a count."""
    got = _read("研究費は約30億円で、件数は2万150件、残りは約8億であった。")
    assert (20150, "count", "2万150件") in got
    assert (8e8, "JPY", "8億") in got


@pytest.mark.parametrize(
    ("text", "value", "unit", "quote"),
    [
        # a count of people is in `people`: its counted noun or measure names people
        ("The campus hosts 2,400 visiting researchers each year.", 2400, "people", "2,400"),
        ("Residents: 64,000 (town centre only)", 64000, "people", "64,000"),
        ("The county's population was 51,500 at the census.", 51500, "people", "51,500"),
        # ranks written as ordinal words
        ("The port is the third busiest in the region.", 3, "rank", "third"),
        ("The firm is the fifth-largest employer in the prefecture.", 5, "rank", "fifth"),
        ("Miyagi ranked second among the six prefectures.", 2, "rank", "second"),
        ("Its clinic is the second most visited in the valley.", 2, "rank", "second"),
    ],
)
def test_english_value_and_unit(text: str, value: float, unit: str, quote: str) -> None:
    assert (value, unit, quote) in _read(text)


def test_only_a_head_noun_of_people_makes_people() -> None:
    """The head noun decides: `student projects` are projects, `firms` no people, while the
    `researchers` of the same sentence are."""
    got = _read("There were 30 student projects across 12 firms with 80 researchers.")
    assert (30, "count", "30") in got
    assert (12, "count", "12") in got
    assert (80, "people", "80") in got


def test_an_ordinal_ranks_only_before_a_superlative_or_after_rank() -> None:
    """`the first test`, `the second phase`: no superlative, no verb of rank, no fact."""
    got = _read("The second phase followed the first test, and the town ranked third.")
    assert got == [(3, "rank", "third")]


def test_a_year_dating_its_own_event_stays_a_fact() -> None:
    """`which was launched in 2011` dates the launch, and is the period of the ride's length."""
    text = "The ferry takes 40 minutes on the route, which was launched in 2011."
    assert _read(text) == [(40, "minutes", "40 minutes"), (2011, "year", "2011")]
    assert facts_in_text(text)[0].period_start == 2011


def test_a_year_that_only_dates_an_amount_is_its_period_alone() -> None:
    """`In 2013, sales were`: no event of the year's own; `founded in 1998` has one."""
    got = _read("In 2013, sales were 3 billion yen at the firm founded in 1998 by 12 engineers.")
    assert got == [(3e9, "JPY", "3 billion yen"), (1998, "year", "1998"), (12, "people", "12")]


@pytest.mark.parametrize(
    ("text", "value", "unit", "quote"),
    [
        # a unit joined to its number by a hyphen, as an adjective
        ("Labs moved to a 35-square kilometre campus.", 35, "km2", "35-square kilometre"),
        ("The town runs a 12-MW solar farm.", 12, "MW", "12-MW"),
        ("Cyclists use the 8-km path.", 8, "km", "8-km"),
        # 世界一 / 日本一: a rank of 1; 全国一斉 (all at once) is no number
        ("この港は取扱量が日本一の港である。", 1, "rank", "日本一"),
        ("同社は世界一の精度を持つ装置を作った。", 1, "rank", "世界一"),
    ],
)
def test_hyphened_units_and_first_in(text: str, value: float, unit: str, quote: str) -> None:
    assert (value, unit, quote) in _read(text)


def test_first_in_only_before_no_other_kanji() -> None:
    """全国一斉 is `all at once across the country`: no rank; 全国一の is one."""
    assert _read("全国一斉に点検し、出荷額は全国一となった。") == [(1, "rank", "全国一")]


def test_a_spelled_count_before_a_quoted_name() -> None:
    """`one of five "Special Zones"`: the quote mark does not hide the counted noun."""
    assert (5, "count", "five") in _read('The city became one of five "Special Zones" in 2011.')


def test_a_span_of_years_after_a_name_is_its_term() -> None:
    """`Hashimoto (1996-8)` dates his cabinet, as well as the length the sentence gives."""
    got = _read("The six years from Hashimoto (1996-8) to Mori (2000-1) saw reforms.")
    assert (1996, "year", "1996-8") in got
    assert (2000, "year", "2000-1") in got
    assert _read("Output rose 5% (2001-2006).") == [(5, "percent", "5%")]


def test_a_group_of_three_digits_cut_by_a_blank_is_one_group() -> None:
    """A PDF's text cut `31,4 07件` inside its last group of three digits: one number."""
    got = _read("受入件数は31,4 07件となり、前年より2,150件多い。")
    assert got == [(31407, "count", "31,4 07件"), (2150, "count", "2,150件")]


def test_a_year_whose_nen_the_pdf_lost_before_its_month() -> None:
    """`20134月` is 2013年4月 with the 年 lost: a year, not the count 20134; a run of digits
    that starts no year of today's calendar stays no fact."""
    assert _read("県は20134月に振興計画を策定した。") == [(2013, "year", "20134月")]
    assert _read("番号は123456月とする。") == []
