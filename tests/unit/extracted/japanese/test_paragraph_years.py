"""Years a paragraph gives its numbers: a paragraph whose lines were wrapped inside sentences
(a Diet record) is one paragraph; a year bound to the number a change starts from (前年度の
…件から) dates that number alone. Texts written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

TEXT = (
    "https://example.test/record\n"
    "○説明員 ご指摘の点でございますが、平成三年度におきましては\n"
    "八十件の応募がございました。そのうち選ばれましたのは\n"
    "二十二件でございます。\n"
    "\n"
    "令和二年度の来場者数は、前年度の1,250人から大きく減り、640人となった。\n"
)


@pytest.fixture(scope="module")
def periods(tmp_path_factory: pytest.TempPathFactory) -> dict[float, tuple[int, int] | None]:
    facts = extract_frames(read_texts(tmp_path_factory.mktemp("paragraph"), {"doc": TEXT})).facts
    return {
        r["value"]: None if pd.isna(r["period_start"]) else (r["period_start"], r["period_end"])
        for _, r in facts[facts["fact_type"] != "year"].iterrows()
    }


def test_a_wrapped_paragraph_keeps_its_one_year(
    periods: dict[float, tuple[int, int] | None],
) -> None:
    assert periods[80.0] == (1991, 1991)
    assert periods[22.0] == (1991, 1991)


def test_a_from_value_year_dates_that_value_alone(
    periods: dict[float, tuple[int, int] | None],
) -> None:
    assert periods[1250.0] == (2019, 2019)
    assert periods[640.0] == (2020, 2020)
