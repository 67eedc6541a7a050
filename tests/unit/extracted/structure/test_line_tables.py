"""A table copied one cell to a line (years heading its columns in groups, then each row's
label and numbers): each number takes its column's year as its period, its group's name and
its row's label as its measure and the title's place, and the years heading the columns are
no facts (issue "Facts from documents nobody wrote for us", point 4: a year heading a column).
Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.structure.structure import parse_structure

_TABLE = (
    "Harbour firms\n\nTable 4 Firms and staff of Sendai\nSector\nNo. of firms\nNo. of staff\n"
    "2000\n2010\n2000\n2010\nAll sectors\n410\n380\n9,200\n8,100\nShipbuilding\n52\n40\n"
    "3,100\n2,400\n"
)


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    tmp: Path = tmp_path_factory.mktemp("lines")
    return extract_frames(read_texts(tmp, {"firms": _TABLE})).facts


def test_each_number_has_its_columns_year_group_and_row(facts: pd.DataFrame) -> None:
    staff = facts[facts["value"] == 8100.0].iloc[0]
    assert (staff["unit"], staff["period_start"]) == ("people", 2010)
    assert "staff" in staff["measure"] and "All sectors" in staff["measure"], staff["measure"]
    firms = facts[facts["value"] == 40.0].iloc[0]
    assert (firms["unit"], firms["period_start"]) == ("count", 2010)
    assert "firms" in firms["measure"] and "Shipbuilding" in firms["measure"], firms["measure"]
    assert firms["geography"] == "Sendai", firms["geography"]


def test_the_years_heading_the_columns_are_no_facts(facts: pd.DataFrame) -> None:
    assert "year" not in set(facts["unit"]), facts[["value", "unit"]]
    assert len(facts) == 8, facts[["value", "unit"]]


def test_only_rows_of_one_length_make_such_a_table() -> None:
    """Rows of unequal length under the years are prose or a list, read as before."""
    ragged = "Sector\n2000\n2010\nAll sectors\n410\n380\nShipbuilding\n52\nNotes follow.\n"
    assert [t.source_format for _, t in parse_structure(ragged).tables] == []
    assert [t.source_format for _, t in parse_structure(_TABLE).tables] == ["lines"]
