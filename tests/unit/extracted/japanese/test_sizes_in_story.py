"""A size told in the past in a paragraph about one year is of that year; one stated in the
present stands undated. Text written for this test."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

TEXT = (
    "町のあゆみ\n平成四年六月、町は工業団地の区画を三社に割り当てた。"
    "最大の区画は東西精機の約四・二ヘクタールとなった。団地の面積は約三十ヘクタールである。\n"
)


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return extract_frames(read_texts(tmp_path_factory.mktemp("sizes"), {"doc": TEXT})).facts


def _period(facts: pd.DataFrame, value: float) -> tuple[int | None, int | None]:
    row = facts[(facts["value"] == value) & (facts["unit"] == "ha")].iloc[0]
    return tuple(  # type: ignore[return-value]
        None if pd.isna(row[k]) else int(row[k]) for k in ("period_start", "period_end")
    )


def test_a_size_told_in_the_past_takes_its_paragraph_year(facts: pd.DataFrame) -> None:
    assert _period(facts, 4.2) == (1992, 1992)


def test_a_size_stated_in_the_present_stands_undated(facts: pd.DataFrame) -> None:
    assert _period(facts, 30.0) == (None, None)
