"""Key-value rows of an infobox or spec list (`Area | 154 km2` over `Population | 410,000`):
the first row is a row like the others, not a header, and each number takes the label just
before it as its measure, never the next one (issue 32, point 4). Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from benchmarks.scoring import read_fixture
from pipelines.extracted.frames import extract_frames


def _facts(tmp_path: Path, text: str) -> pd.DataFrame:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return extract_frames([read_fixture(path)]).facts


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Lakeside in brief\n\nArea\t96 km2\nResidents\t52,000\nSchools\t14\n",
            "Area",
            "Residents",
        ),
        ("湖畔町の概要\n\n面積\t96km2\n人口\t5万2千人\n学校数\t14校\n", "面積", "人口"),
    ],
)
def test_a_two_column_list_of_labels_and_measured_values(
    tmp_path: Path, text: str, first: str, second: str
) -> None:
    facts = _facts(tmp_path, text)
    by_value = {r["value"]: str(r["measure"]) for _, r in facts.iterrows()}
    assert 96.0 in by_value  # the first row's value is a fact, not a header
    assert first in by_value[96.0] and second not in by_value[96.0]
    assert by_value[52000.0].startswith(second) and "96" not in by_value[52000.0]


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
