"""Facts of table cells under headers that only give a year, and of rows and captions that say
what they count (issue "Facts from documents nobody wrote for us", point 4); a unit stated once
for a table is test_table_units.py's. Tables written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from benchmarks.scoring import read_fixture
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.table_facts import caption_measure, column_period


def _cells(tmp_path: Path, text: str) -> pd.DataFrame:
    path = tmp_path / "table.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract_frames([read_fixture(path)]).facts
    return facts[facts["source_kind"] == "table_cell"]


@pytest.mark.parametrize(
    "text",
    [
        "県の事業\n\n区分\t平成24年度\t平成25年度\n事業費（百万円）\t450\t520\n参加企業数\t31\t36\n",
        "The scheme\n\nItem\tFY2012\tFY2013\nSpending (million yen)\t450\t520\nFirms taking part\t31\t36\n",
    ],
)
def test_a_year_header_dates_its_column_and_the_row_says_what(tmp_path: Path, text: str) -> None:
    cells = _cells(tmp_path, text)
    got = {
        (r["value"], r["unit"], int(r["period_start"]), str(r["measure"])[:4])
        for _, r in cells.iterrows()
    }
    spend, firms = ("事業費", "参加企業") if "県" in text else ("Spen", "Firm")
    assert got == {
        (450e6, "JPY", 2012, spend),
        (520e6, "JPY", 2013, spend),
        (31.0, "count", 2012, firms),
        (36.0, "count", 2013, firms),
    }


@pytest.mark.parametrize(
    ("header", "period"),
    [
        ("FY2012", (2012, 2012)),
        ("2012年度", (2012, 2012)),
        ("平成24年度", (2012, 2012)),
        ("2006-2010", (2006, 2010)),
        ("Firms (2008)", None),  # a header naming what: its bracketed year stays the cell's
        ("参加企業数", None),
    ],
)
def test_a_header_that_is_only_a_year(header: str, period: tuple[int, int] | None) -> None:
    assert column_period(header) == period


def test_a_japanese_caption_says_what_a_table_of_items_by_year_counts(tmp_path: Path) -> None:
    text = (
        "表3 圏域別の工場数の推移（単位：工場）\n圏域\t平成29年\t平成30年\n"
        "県北\t1,240\t1,310\n県南\t2,080\t2,150\n"
    )
    cells = _cells(tmp_path, text)
    got = {(r["value"], str(r["measure"])) for _, r in cells.iterrows()}
    assert (1240.0, "工場数（県北）") in got
    assert (2150.0, "工場数（県南）") in got


@pytest.mark.parametrize(
    ("caption", "measure"),
    [
        ("表2 地域別の事業所数（単位：事業所）", "事業所数"),
        ("図表1-2 研究開発費の推移", "研究開発費"),
        ("表4 主な取組", None),  # names nothing counted
    ],
)
def test_what_a_caption_counts(caption: str, measure: str | None) -> None:
    assert caption_measure(caption) == measure


def test_an_english_row_name_says_which_item_a_cell_counts(tmp_path: Path) -> None:
    text = (
        "Table 4. Science parks and their tenants\n\n"
        "Park (County)\tLaboratories moved in (2001-2009)\tStaff hired\n"
        "Greenhill (Westshire)\t12\t340\nRiverside (Eastmoor)\t7\t95\n"
    )
    cells = _cells(tmp_path, text)
    got = {str(r["measure"]) for _, r in cells.iterrows() if r["value"] == 7}
    assert got == {"Laboratories moved in (Riverside)"}
    staff = {str(r["measure"]) for _, r in cells.iterrows() if r["value"] == 340}
    assert staff == {"Staff hired (Greenhill)"}


def test_a_full_date_heading_a_row_dates_its_cells_and_is_no_year_fact(tmp_path: Path) -> None:
    text = (
        "Harbour grants\n\n| Round | Date decided | Grants | |\n|---|---|---|---|\n"
        "| First | March 3, 2014 | 26 | |\n| Second | 2015-09-30 | 19 | |\n"
    )
    path = tmp_path / "rounds.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract_frames([read_fixture(path)]).facts
    got = {(r["value"], r["period_start"]) for _, r in facts.iterrows()}
    assert got == {(26.0, 2014), (19.0, 2015)}  # no 2014 or 2015 year facts


def test_cells_under_a_header_naming_people_count_people(tmp_path: Path) -> None:
    text = "Harbour staff\n\n| Port | Employees | Cranes |\n|---|---|---|\n| North | 1,450 | 12 |\n"
    got = {(r["value"], r["unit"]) for _, r in _cells(tmp_path, text).iterrows()}
    assert got == {(1450.0, "people"), (12.0, "count")}  # the row's label is no head noun


def test_japanese_cells_under_a_header_naming_people_count_people(tmp_path: Path) -> None:
    text = (
        "港の概要\n\n| 港 | 従業者数 | 岸壁数 | 研究者1人当たり論文数 |\n|---|---|---|---|\n"
        "| 北港 | 1,450 | 12 | 3 |\n"
    )
    got = {(r["value"], r["unit"]) for _, r in _cells(tmp_path, text).iterrows()}
    assert got == {(1450.0, "people"), (12.0, "count"), (3.0, "count")}  # per one: no people


def test_a_title_row_says_what_the_unnamed_columns_count(tmp_path: Path) -> None:
    # a merged title cell copied as a header row with only its first cell filled
    text = (
        "Grants\n\n| Start-up grants awarded | | |\n|---|---|---|\n"
        "| Spring call | April 2, 2019 | 42 |\n| Autumn call | October 8, 2019 | 17 |\n"
    )
    cells = _cells(tmp_path, text)
    got = {r["value"]: str(r["measure"]) for _, r in cells.iterrows()}
    assert got[42.0] == "Start-up grants awarded (Spring call)"
    assert got[17.0] == "Start-up grants awarded (Autumn call)"


def test_a_one_word_first_header_is_no_title(tmp_path: Path) -> None:
    text = "Sites\n\n| Region | |\n|---|---|\n| Hokkaido | 12 |\n| Kyushu | 9 |\n"
    cells = _cells(tmp_path, text)
    assert set(cells["measure"]) == {"Hokkaido", "Kyushu"}
