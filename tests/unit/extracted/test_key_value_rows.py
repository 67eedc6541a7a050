"""Key-value rows of an infobox or spec list (`Area | 154 km2` over `Population | 410,000`):
the first row is a row like the others, not a header, and each number takes the label just
before it as its measure, never the next one (issue 32, point 4). Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from benchmarks.scoring import read_fixture
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.numbers.number_scan import patterns


def _facts(tmp_path: Path, text: str) -> pd.DataFrame:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return extract_frames([read_fixture(path)]).facts


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Lakeside in brief\n\nArea\t96.4 km2\nResidents\t52,000\nSchools\t14\n",
            "Area",
            "Residents",
        ),
        ("湖畔町の概要\n\n面積\t96.4km2\n人口\t5万2千人\n学校数\t14校\n", "面積", "人口"),
    ],
)
def test_a_two_column_list_of_labels_and_measured_values(
    tmp_path: Path, text: str, first: str, second: str
) -> None:
    facts = _facts(tmp_path, text)
    by_value = {r["value"]: str(r["measure"]) for _, r in facts.iterrows()}
    # the first row is a row, not a header; its decimal value is no section number (2.1)
    assert by_value[96.4] == first
    assert by_value[52000.0] == second


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lakeside in brief\n\nArea: 96 km2  Residents: 52,000  Rail stations: 3\n",
            {96.0: "Area", 52000.0: "Residents"},
        ),
        (  # a guard: the Japanese reader already takes the key before
            "湖畔町の概要\n\n面積：96km2　人口：5万2千人　駅数：3駅\n",
            {96.0: "面積", 52000.0: "人口"},
        ),
    ],
)
def test_key_value_pairs_on_one_line_take_the_key_before(
    tmp_path: Path, text: str, expected: dict[float, str]
) -> None:
    facts = _facts(tmp_path, text)
    by_value = {r["value"]: str(r["measure"]) for _, r in facts.iterrows()}
    for value, key in expected.items():
        assert by_value[value] == key


@pytest.mark.parametrize(
    ("opening", "index"),
    [
        ("3.2 Regional partners", "3.2 "),  # a section number
        ("4. Minutes of the board", "4. "),  # an item number, though `minutes` is a unit
        ("(2) Aims", "(2) "),
        ("48.7 km2", None),  # a decimal with its unit heading a cell
        ("48.7ha", None),
        ("6.5 million yen", None),
    ],
)
def test_a_decimal_with_its_unit_is_no_item_number(opening: str, index: str | None) -> None:
    m = patterns()["list_index"].match(opening)
    assert (m.group(0) if m else None) == index
