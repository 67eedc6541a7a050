"""A year that opens a time going on until now (…年度から…している) does not date the numbers
after it; a year a change is made from does. Text written for this test."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

TEXT = (
    "県の取組\n県は2015年度から県内12の拠点において、中小企業約800社の技術相談に応じている"
    "(図2)。\n市は2018年度から補助の上限額を500万円に引き上げた。\n"
)


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return extract_frames(read_texts(tmp_path_factory.mktemp("ongoing"), {"doc": TEXT})).facts


def _period(facts: pd.DataFrame, value: float) -> tuple[int | None, int | None]:
    row = facts[(facts["value"] == value) & (facts["fact_type"] != "year")].iloc[0]
    return tuple(  # type: ignore[return-value]
        None if pd.isna(row[k]) else int(row[k]) for k in ("period_start", "period_end")
    )


def test_numbers_of_what_goes_on_since_a_year_are_undated(facts: pd.DataFrame) -> None:
    assert _period(facts, 12.0) == (None, None)
    assert _period(facts, 800.0) == (None, None)


def test_a_change_made_from_a_year_is_that_years(facts: pd.DataFrame) -> None:
    assert _period(facts, 5e6) == (2018, 2018)
