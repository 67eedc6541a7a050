"""A Japanese year that dates an event of its clause (設立, 選定, 建設 ...) stays a fact of its own
even where it also dates a number of its sentence; a year that only dates a number is that
number's period and no fact; a size (長さ, 面積) is not dated by the year of an event that
concerns it. Sentences written for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def _got(sentence: str) -> dict[str, tuple[float, str, int | None]]:
    return {
        sentence[f.start : f.end]: (f.value, f.unit, f.period_start)
        for f in facts_in_text(sentence)
    }


def test_a_year_with_an_event_after_it_is_a_fact_and_the_period_of_its_count() -> None:
    got = _got("1994年に 青森、秋田の2県と地元企業などによって「北部連携会議」が設立された。")
    assert got["1994年"] == (1994.0, "year", 1994)
    assert got["2県"] == (2.0, "count", 1994)


def test_a_fiscal_year_whose_clause_selects_is_a_fact_and_dates_the_selection() -> None:
    got = _got("総務省は、令和三年度の「地域連携モデル事業」で岡山など五地域を選定した。")
    assert got["令和三年度"] == (2021.0, "year", 2021)
    assert got["五地域"] == (5.0, "count", 2021)


def test_a_row_of_a_chronology_keeps_its_year_beside_its_count() -> None:
    got = _got("平成4年 / 1992年 7月 2県と商工会議所により「研究都市推進会議」が発足")
    assert got["平成4年 / 1992年"] == (1992.0, "year", 1992)
    assert got["2県"][2] == 1992


def test_a_size_is_not_dated_by_the_year_of_the_works_on_it() -> None:
    got = _got("また,平成10年度からひきつづいて,延長1,200メートルの試験走路の建設を進めている。")
    assert got["平成10年度"][:2] == (1998.0, "year")
    assert got["1,200メートル"] == (1200.0, "m", None)


def test_a_year_that_only_dates_an_amount_stays_its_period() -> None:
    got = _got("平成26年度の寄附金受入額は約38億円と、前年度と比べて約2億円減少した。")
    assert [v for v in got.values() if v[1] == "year"] == []
    assert got["38億円"] == (3.8e9, "JPY", 2014)


def test_an_event_before_the_number_stays_a_fact() -> None:
    """The year dates the centre's opening, an event (issue 32: a year that dates an event stays
    a fact), as well as the count made since."""
    got = _got("平成9年に開設された技術支援センターでは、これまでに相談を1,500件以上受けてきた。")
    assert [v[:2] for v in got.values() if v[1] == "year"] == [(1997.0, "year")]
    assert got["1,500件"][:2] == (1500.0, "count")
