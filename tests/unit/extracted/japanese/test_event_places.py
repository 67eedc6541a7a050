"""A year written in two calendars (平成3年 / 1991年) is one event and one fact, and the place of
the event a year dates is named after it before the next year (a chronology's row), else before
it in its sentence, never in a later clause another year dates. Texts written for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def _years(text: str) -> list[tuple[str, float, str | None]]:
    return [
        (text[f.start : f.end], f.value, f.geography)
        for f in facts_in_text(text)
        if f.unit == "year"
    ]


def test_a_year_in_two_calendars_is_one_fact() -> None:
    text = "平成2年 / 1990年 4月 熊本県が「テクノポリス計画」を発表した。"
    assert _years(text) == [("平成2年 / 1990年", 1990.0, "JP-43")]


def test_a_row_of_a_chronology_is_placed_by_its_own_words() -> None:
    text = (
        "平成元年 / 1989年 5月 「推進協議会」が発足\n6月 福岡県が構想を決定\n"
        "平成3年 / 1991年 2月 熊本県が「計画」を発表\n"
    )
    assert _years(text)[-1] == ("平成3年 / 1991年", 1991.0, "JP-43")


def test_a_topic_before_the_year_places_it_and_a_later_clause_places_its_own_year() -> None:
    text = "岩手県では、平成10年に計画を策定し、平成15年に宮城県と協定を結んだ。"
    assert _years(text) == [("平成10年", 1998.0, "JP-03"), ("平成15年", 2003.0, "JP-04")]


def test_a_place_in_a_later_clause_is_not_the_earlier_years() -> None:
    text = "同計画は、1970年の閣議決定で構想として始まり、1972年に仙台地区への建設が決まった。"
    assert _years(text) == [("1970年", 1970.0, None), ("1972年", 1972.0, "Sendai")]
