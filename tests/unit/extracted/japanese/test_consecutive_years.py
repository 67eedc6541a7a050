"""`N年連続`: a run of years that ends in the year it is dated by. Text written for this test."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

TEXT = (
    "市の調査\n令和二年度の寄付金の受入額は、五年連続で十億円を超えた。"
    "工事は令和二年度から三年間続く。\n"
)


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return extract_frames(read_texts(tmp_path_factory.mktemp("consecutive"), {"doc": TEXT})).facts


def _period(facts: pd.DataFrame, value: float) -> tuple[int, int]:
    row = facts[(facts["value"] == value) & (facts["unit"] == "years")].iloc[0]
    return int(row["period_start"]), int(row["period_end"])


def test_a_run_of_years_ends_in_its_year(facts: pd.DataFrame) -> None:
    assert _period(facts, 5.0) == (2016, 2020)


def test_a_duration_from_a_year_is_unchanged(facts: pd.DataFrame) -> None:
    assert _period(facts, 3.0) == (2020, 2022)
