"""A year-by-year list laid out as text (a title line, a `Year` header, rows of `year number
change`): each row's year dates its numbers, a signed change covers the years since the row
above, and the list's title says what the first number counts. An infobox heading's date, on
a line of its own under it, dates its sub-rows. Texts written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.ja_measures import document
from pipelines.extracted.frames import extract_frames

_LIST = (
    "Harbor Town\n\nResidents by census\nYear\n1990 41,250—\n1995 44,800+8.6%\n"
    "2000 47,020+5.0%\nSource: [3]\n"
)
_COLUMNS = "Ferry traffic\nYear  Passengers  Cars\n2012  310,400  52,100\n2013  322,900  54,300\n"
_BOX = (
    "Harbor Town\nCountryJapan\nPopulation\n (October 1, 2020)[4]\n • Total48,600\n"
    " • Density930/km2\nTime zoneUTC+9 (JST)\n"
)


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    docs = [document("list", "en", _LIST), document("columns", "en", _COLUMNS)]
    docs += [document("box", "en", _BOX)]
    return extract_frames(docs).facts


def _row(facts: pd.DataFrame, doc: str, value: float) -> pd.Series:
    hits = facts[(facts["doc_id"] == doc) & (facts["value"] == value)]
    assert len(hits) == 1, hits
    return hits.iloc[0]


@pytest.mark.parametrize(
    ("value", "unit", "measure", "period"),
    [
        (41250.0, "people", "residents by census", (1990, 1990)),
        (44800.0, "people", "residents by census", (1995, 1995)),
        (8.6, "percent", "change in residents by census since the previous row", (1990, 1995)),
        (5.0, "percent", "change in residents by census since the previous row", (1995, 2000)),
    ],
)
def test_a_year_rows_level_and_its_change_since_the_row_above(
    facts: pd.DataFrame, value: float, unit: str, measure: str, period: tuple[int, int]
) -> None:
    r = _row(facts, "list", value)
    assert (r["unit"], r["measure"]) == (unit, measure)
    assert (r["period_start"], r["period_end"]) == period


def test_a_year_opening_a_row_is_no_event_of_its_own(facts: pd.DataFrame) -> None:
    assert not len(facts[(facts["doc_id"] == "list") & (facts["unit"] == "year")])


@pytest.mark.parametrize(("value", "measure"), [(322900.0, "Passengers"), (54300.0, "Cars")])
def test_a_header_of_columns_names_each_number_of_a_row(
    facts: pd.DataFrame, value: float, measure: str
) -> None:
    r = _row(facts, "columns", value)
    assert (r["measure"], r["period_start"]) == (measure, 2013)


@pytest.mark.parametrize(
    ("value", "measure"), [(48600.0, "total population"), (930.0, "population density")]
)
def test_an_infobox_headings_date_on_its_own_line_dates_its_rows(
    facts: pd.DataFrame, value: float, measure: str
) -> None:
    r = _row(facts, "box", value)
    assert (r["measure"], r["period_start"], r["period_end"]) == (measure, 2020, 2020)
