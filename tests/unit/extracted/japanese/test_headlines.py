"""A headline's number takes the period of the lead that restates it. Texts written for these
tests."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

TEXT = (
    "https://news.example.test/item\n"
    "■県内の5社を認定 ものづくり支援\n"
    "県はこのほど、令和三年度の「技術革新支援事業」で市内の企業など五社を認定した。\n"
    "\n"
    "地元の大学と9件の共同研究\n"
    "大学は共同研究の窓口を設けており、企業からの相談に応じている。\n"
)


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    found = extract_frames(read_texts(tmp_path_factory.mktemp("headline"), {"doc": TEXT})).facts
    return found[found["fact_type"] != "year"]


def _periods(facts: pd.DataFrame, value: float) -> list[tuple[int | None, int | None]]:
    rows = facts[facts["value"] == value]
    return [
        tuple(None if pd.isna(r[k]) else int(r[k]) for k in ("period_start", "period_end"))  # type: ignore[misc]
        for _, r in rows.iterrows()
    ]


def test_a_headline_number_takes_the_period_of_its_lead(facts: pd.DataFrame) -> None:
    assert _periods(facts, 5.0) == [(2021, 2021), (2021, 2021)]


def test_a_headline_number_no_lead_restates_stays_undated(facts: pd.DataFrame) -> None:
    assert _periods(facts, 9.0) == [(None, None)]
