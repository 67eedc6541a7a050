"""A unit a table states once, in a header (`Budget (¥ million)`, `Firms (number)`) or on a line
of its own above or below it (`（単位：億円）`, `(Unit: million yen)`), applies to the bare
numbers under it (issue 32, point 4). Tables written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from benchmarks.scoring import read_fixture
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.table_units import unit_line, unit_note


def _cells(tmp_path: Path, text: str) -> pd.DataFrame:
    path = tmp_path / "table.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract_frames([read_fixture(path)]).facts
    return facts[facts["source_kind"] == "table_cell"]


@pytest.mark.parametrize(
    ("label", "note"),
    [
        ("Grants (¥ million)", (1e6, "JPY")),
        ("Turnover (US$ million)", (1e6, "USD")),
        ("Exports (JPY bn)", (1e9, "JPY")),
        ("Outlays (millions of yen)", (1e6, "JPY")),
        ("Plants (number)", (1.0, "count")),
        ("Workforce (thousand persons)", (1e3, "people")),
        ("Site area (km2)", (1.0, "km2")),
        ("研究費（千円）", (1e3, "JPY")),
        ("事業費（百万円）", (1e6, "JPY")),
        ("予算（単位：億円）", (1e8, "JPY")),
        ("Spending (million yen)", (1e6, "JPY")),
        ("Share (%)", (1.0, "percent")),
        ("Firms taking part", None),
        ("Plants (Hokkaido)", None),  # a place, not a unit
        ("Plants (2011)", None),  # a year, not a unit
        ("Cost (yen, %)", None),  # two units: neither applies to all
    ],
)
def test_a_header_note_written_currency_first_or_naming_a_count(
    label: str, note: tuple[float, str] | None
) -> None:
    assert unit_note(label) == note


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("（単位：百万円）", (1e6, "JPY")),
        ("単位：千人", (1e3, "people")),
        ("(Unit: million yen)", (1e6, "JPY")),
        ("Units: ¥ billion", (1e9, "JPY")),
        ("(Hokkaido and Tohoku)", None),
    ],
)
def test_a_line_that_only_states_a_unit(line: str, note: tuple[float, str] | None) -> None:
    assert unit_line(line) == note


@pytest.mark.parametrize(
    "text",
    [
        "市の研究助成\n\n（単位：百万円）\n分野\t令和元年度\t令和2年度\n医療\t75\t81\n農業\t12\t15\n",
        "市の研究助成\n\n分野\t令和元年度\t令和2年度\n医療\t75\t81\n農業\t12\t15\n（単位：百万円）\n\n以上。\n",
        "City research grants\n\n(Unit: million yen)\nField\tFY2019\tFY2020\n"
        "Health\t75\t81\nFarming\t12\t15\n",
        "City research grants\n\nField\tFY2019\tFY2020\nHealth\t75\t81\nFarming\t12\t15\n"
        "Unit: ¥ million\n\nThe end.\n",
    ],
)
def test_a_unit_line_above_or_below_a_table_scales_its_bare_numbers(
    tmp_path: Path, text: str
) -> None:
    cells = _cells(tmp_path, text)
    got = {(r["value"], r["unit"], r["quote"], int(r["period_start"])) for _, r in cells.iterrows()}
    first = 2019
    assert got == {
        (75e6, "JPY", "75", first),
        (81e6, "JPY", "81", first + 1),
        (12e6, "JPY", "12", first),
        (15e6, "JPY", "15", first + 1),
    }


def test_a_table_wide_unit_leaves_a_row_that_names_a_count(tmp_path: Path) -> None:
    text = "町の事業\n\n（単位：百万円）\n項目\t令和元年度\n事業費\t64\n参加企業数\t9\n"
    got = {(r["value"], r["unit"]) for _, r in _cells(tmp_path, text).iterrows()}
    assert got == {(64e6, "JPY"), (9.0, "count")}


def test_header_notes_written_currency_first_scale_their_column(tmp_path: Path) -> None:
    text = (
        "Survey of member firms\n\nRegion\tMembers (number)\tSales (¥ million)\n"
        "Coast\t14\t260\nHills\t6\t88\n"
    )
    got = {(r["value"], r["unit"], r["quote"]) for _, r in _cells(tmp_path, text).iterrows()}
    assert got == {
        (14.0, "count", "14"),
        (6.0, "count", "6"),
        (260e6, "JPY", "260"),
        (88e6, "JPY", "88"),
    }
