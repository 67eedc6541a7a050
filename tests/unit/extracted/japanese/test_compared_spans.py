"""A change measured from a written year to a later one is dated by the years between; a level
reached, or a change over one year, by the later year. Texts written for these tests."""

from __future__ import annotations

import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

TEXT = (
    "町の財政\n"
    "平成十二年度に比べて平成十八年度では、歳入が約七%の減少、人件費は約十二%の減少となった。\n"
    "平成十五年度と比較して平成二十年度の税収は四十億円に増加した。\n"
    "平成二十一年度に比べ平成二十二年度は相談件数が十五件の増となった。\n"
)


@pytest.fixture(scope="module")
def periods(tmp_path_factory: pytest.TempPathFactory) -> dict[float, tuple[int, int]]:
    facts = extract_frames(read_texts(tmp_path_factory.mktemp("compared"), {"doc": TEXT})).facts
    rows = facts[facts["fact_type"] != "year"]
    return {r["value"]: (int(r["period_start"]), int(r["period_end"])) for _, r in rows.iterrows()}


def test_a_change_over_several_years_is_dated_by_the_span(
    periods: dict[float, tuple[int, int]],
) -> None:
    assert periods[7.0] == (2000, 2006)
    assert periods[12.0] == (2000, 2006)


def test_a_level_reached_is_the_later_year(periods: dict[float, tuple[int, int]]) -> None:
    assert periods[4e9] == (2008, 2008)


def test_a_change_over_one_year_is_that_year(periods: dict[float, tuple[int, int]]) -> None:
    assert periods[15.0] == (2010, 2010)
