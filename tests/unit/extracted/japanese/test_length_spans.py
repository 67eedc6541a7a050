"""A length of years from a year or up to it (…年度から5年間, …年度までの5年間) names a span that
dates the length and the numbers after it. Text written for this test."""

from __future__ import annotations

import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

TEXT = (
    "県の計画\n2019年度までの4年間で、約60社が参加し、総額8億円を投じた。\n"
    "2022年度から3年間で、約40件の研究を支援する。\n"
)


@pytest.fixture(scope="module")
def periods(tmp_path_factory: pytest.TempPathFactory) -> dict[float, tuple[int, int]]:
    facts = extract_frames(read_texts(tmp_path_factory.mktemp("lengths"), {"doc": TEXT})).facts
    rows = facts[facts["fact_type"] != "year"]
    return {r["value"]: (int(r["period_start"]), int(r["period_end"])) for _, r in rows.iterrows()}


def test_a_length_up_to_a_year(periods: dict[float, tuple[int, int]]) -> None:
    assert periods[4.0] == (2016, 2019)
    assert periods[60.0] == (2016, 2019)
    assert periods[8e8] == (2016, 2019)


def test_a_length_from_a_year_dates_the_numbers_after_it(
    periods: dict[float, tuple[int, int]],
) -> None:
    assert periods[3.0] == (2022, 2024)
    assert periods[40.0] == (2022, 2024)
