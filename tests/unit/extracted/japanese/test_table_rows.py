"""A Japanese table's rows: a year heading a row dates its cells and is no event of its own, a
header names the item its row's label gives, and a number a blank parts from 年度 (表1　年度別)
is no year. Tables written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from benchmarks.scoring import read_fixture
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.japanese.ja_periods import year_marks

BY_YEAR = (
    "支援事業の実績\n\n年度\t認定件数\t補助額（百万円）\n令和元年度\t21\t640\n令和2年度\t26\t715\n"
)
BY_ITEM = "| 区分 | 件数 | 金額（百万円） |\n|---|---|---|\n| 国 | 130 | 2,400 |\n| 民間企業 | 95 | 610 |\n"


def _facts_of(tmp_path: Path, text: str) -> pd.DataFrame:
    path = tmp_path / "doc.txt"
    path.write_text("共同研究の受入状況\n\n" + text, encoding="utf-8")
    return extract_frames([read_fixture(path)]).facts


def test_a_year_heading_a_row_dates_its_cells_and_is_no_event(tmp_path: Path) -> None:
    facts = _facts_of(tmp_path, BY_YEAR)
    assert dict(zip(facts["value"], facts["period_start"], strict=True)) == {
        21.0: 2019,
        640e6: 2019,
        26.0: 2020,
        715e6: 2020,
    }


def test_a_header_names_the_item_its_row_gives(tmp_path: Path) -> None:
    facts = _facts_of(tmp_path, BY_ITEM).set_index("value")
    assert facts.at[130.0, "measure"] == "件数（国）"
    assert facts.at[610e6, "measure"] == "金額（民間企業）"


def test_a_number_a_blank_parts_from_its_nendo_is_no_year() -> None:
    text = "平成の調査 表1　年度別の実績"
    assert year_marks(text, 0, len(text)) == []
