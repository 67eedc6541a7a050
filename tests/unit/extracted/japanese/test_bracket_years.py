"""A year in the brackets right after a number, with the kind of figure it is (予算, 当初,
決算, 見込み), dates the number and is no event of its own. Text written for this test."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

TEXT = (
    "村の財政\n図書館の整備費は2億4千万円(2019年度予算)である。"
    "運営費は約900万円（令和二年度決算）であった。\n"
    "村の人口は約3,400人（2020年国勢調査）、事業所は約150（2016年経済センサス）である。\n"
)


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return extract_frames(read_texts(tmp_path_factory.mktemp("brackets"), {"doc": TEXT})).facts


def test_the_bracketed_year_dates_the_number(facts: pd.DataFrame) -> None:
    money = facts[facts["unit"] == "JPY"].set_index("value")
    assert (money.loc[2.4e8, "period_start"], money.loc[2.4e8, "period_end"]) == (2019, 2019)
    assert (money.loc[9e6, "period_start"], money.loc[9e6, "period_end"]) == (2020, 2020)


def test_the_bracketed_year_is_no_event(facts: pd.DataFrame) -> None:
    assert not (facts["unit"] == "year").any()


def test_a_survey_named_after_the_bracketed_year(facts: pd.DataFrame) -> None:
    rows = facts[facts["unit"].isin(["people", "count"])].set_index("value")
    assert (rows.loc[3400.0, "period_start"], rows.loc[3400.0, "period_end"]) == (2020, 2020)
    assert (rows.loc[150.0, "period_start"], rows.loc[150.0, "period_end"]) == (2016, 2016)
