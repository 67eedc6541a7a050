"""A bulleted infobox sub-row of any label (`• Core town`, `• Ward`) is a part of the heading
above it: its value is named `<heading> of <label>`, and a count under a heading of people
counts people."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.ja_measures import document
from pipelines.extracted.frames import extract_frames

_BOX = (
    "Saltmarsh Bay\nCountryJapan\nArea\n • Core town86.40 km2 (33.36 sq mi)\n"
    "Population\n (October 1, 2020)\n • Core town61,735\n • Density714/km2\n"
)


@pytest.fixture(scope="module")
def rows() -> pd.DataFrame:
    facts = extract_frames([document("parts", "en", _BOX)]).facts
    return facts.set_index("value")


@pytest.mark.parametrize(
    ("value", "unit", "measure", "year"),
    [
        (86.40, "km2", "area of core town", None),
        (61735.0, "people", "population of core town", 2020),
    ],
)
def test_a_bulleted_part_under_its_heading(
    rows: pd.DataFrame, value: float, unit: str, measure: str, year: int | None
) -> None:
    row = rows.loc[value]
    got_year = None if pd.isna(row["period_start"]) else int(row["period_start"])
    assert (row["unit"], row["measure"], got_year) == (unit, measure, year)
