"""A year a change is counted from (前年度から8%増加) or a multiple is taken of (平成20年度の
2倍) is the base of a comparison, not the period of the number: that is the year the sentence
is about. Texts written for these tests."""

from __future__ import annotations

import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

TEXT = (
    "町の産業\n"
    "令和3年度の町の製造品出荷額は約90億円で、前年度から8%増加した。\n"
    "令和2年度の来訪者数は約4万人となり、平成27年度の約2.5倍となった。\n"
    "平成30年度から令和2年度までの3年間に、相談件数は40件から64件に増えた。\n"
    "2021年の町の就業率は61.5%で、前年を0.7ポイント上回った。\n"
)


@pytest.fixture(scope="module")
def periods(tmp_path_factory: pytest.TempPathFactory) -> dict[float, tuple[int, int]]:
    facts = extract_frames(read_texts(tmp_path_factory.mktemp("bases"), {"doc": TEXT})).facts
    rows = facts[(facts["fact_type"] != "year") & facts["period_start"].notna()]
    return {r["value"]: (int(r["period_start"]), int(r["period_end"])) for _, r in rows.iterrows()}


def test_a_change_counted_from_the_year_before_is_of_the_year_the_sentence_is_about(
    periods: dict[float, tuple[int, int]],
) -> None:
    assert periods[8.0] == (2021, 2021)


def test_a_year_exceeded_is_the_base_of_the_margin(periods: dict[float, tuple[int, int]]) -> None:
    assert periods[0.7] == (2021, 2021)


def test_a_multiple_of_a_base_year_is_of_the_year_the_sentence_is_about(
    periods: dict[float, tuple[int, int]],
) -> None:
    assert periods[2.5] == (2020, 2020)


def test_a_year_that_opens_a_span_still_dates_it(periods: dict[float, tuple[int, int]]) -> None:
    assert periods[3.0] == (2018, 2020)
