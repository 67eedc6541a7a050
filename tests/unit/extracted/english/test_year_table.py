"""A year-by-year table copied as text (`YearPop.±%` over rows `1995 45,300+12.9%`): each row's
year dates its numbers and is no fact of its own, the header's column names the first number
(a count of people when it is a population) and a percent after it is its change. An
infobox's heading keeps naming its sub-rows past a line holding only its date. Texts written
for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.ja_measures import document
from pipelines.extracted.frames import extract_frames

_TABLE = (
    "Port Hill\n\nCensus figures\nYearPop.±%\n1990 40,120—    \n1995 45,300+12.9%\n"
    "2000 47,050+3.9%\nSource: [3]\n\nPort Hill opened in 1988 with 12 firms.\n"
)
_BOX = "Port Hill\nPopulation\n (October 1, 2015)[4]\n • Total48,200\n • Density2,060/km2\n"


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    docs = [document("table", "en", _TABLE), document("box", "en", _BOX)]
    return extract_frames(docs).facts


@pytest.mark.parametrize(
    ("value", "unit", "measure", "year"),
    [
        (40120.0, "people", "population", 1990),
        (45300.0, "people", "population", 1995),
        (47050.0, "people", "population", 2000),
        (12.9, "percent", "change in population", 1990),  # since the row before: 1990-1995
    ],
)
def test_a_rows_numbers_take_the_header_column_and_the_rows_year(
    facts: pd.DataFrame, value: float, unit: str, measure: str, year: int
) -> None:
    row = facts[facts["doc_id"] == "table"].set_index("value").loc[value]
    assert (row["unit"], row["measure"], row["period_start"]) == (unit, measure, year)


def test_a_rows_year_is_no_fact_but_a_sentences_year_is(facts: pd.DataFrame) -> None:
    years = facts[(facts["doc_id"] == "table") & (facts["unit"] == "year")]
    assert years["value"].tolist() == [1988.0]


def test_an_infobox_heading_names_its_row_past_a_line_of_its_date(facts: pd.DataFrame) -> None:
    row = facts[facts["doc_id"] == "box"].set_index("value").loc[48200.0]
    assert (row["unit"], row["measure"]) == ("people", "total population")
