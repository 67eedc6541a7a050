"""A sentence that opens with its year as subject (`2019 saw ...`) or cites the statistics of a
year (`According to figures of 2019, ...`) dates the numbers of the sentence after it. Texts
written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.ja_measures import document
from pipelines.extracted.frames import extract_frames

_DOCS = {
    "subject": "2016 saw a busy season at the harbour. In May, 14 ferries joined the fleet.\n",
    "marked": "2018 was a good year for the valley. The number of cafes rose to 27.\n",
    "figures": "According to figures of 2011, fishing is the main trade, with 310 boats. "
    "Other trades include 45 workshops and 12 mills.\n",
    "unrelated": "The 2016 festival drew crowds. In May, 14 ferries joined the fleet.\n",
}


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    return extract_frames([document(name, "en", text) for name, text in _DOCS.items()]).facts


@pytest.mark.parametrize(
    ("doc", "value", "year"),
    [
        ("subject", 14.0, 2016),
        ("marked", 27.0, 2018),
        ("figures", 45.0, 2011),
        ("figures", 12.0, 2011),
        ("unrelated", 14.0, None),  # a year inside the sentence before, not its subject
    ],
)
def test_a_year_opening_the_sentence_before_dates_the_numbers(
    facts: pd.DataFrame, doc: str, value: float, year: int | None
) -> None:
    row = facts[(facts["doc_id"] == doc) & (facts["value"] == value)].iloc[0]
    got = None if pd.isna(row["period_start"]) else int(row["period_start"])
    assert got == year
