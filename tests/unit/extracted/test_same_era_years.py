"""`同45年`, `同年`, `同年度`: the era or year named last before them dates the numbers they head,
in a list item, a new paragraph or a table row as in a sentence, and they are never counts
(issue 32, point 4). Texts written for these tests."""

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


def _dated(facts: pd.DataFrame) -> set[tuple[float, int | None]]:
    quantities = facts[facts["fact_type"] != "year"]
    return {
        (r["value"], None if pd.isna(r["period_start"]) else int(r["period_start"]))
        for _, r in quantities.iterrows()
    }


def test_a_same_era_year_heading_a_table_row(tmp_path: Path) -> None:
    text = (
        "町立図書館のあゆみ\n\n年\t主な出来事\t蔵書数\n"
        "昭和52年\t開館\t8,400\n同58年\t分館を設置\t21,000\n同年度\t移動図書館を開始\t23,500\n"
    )
    facts = _facts(tmp_path, text)
    assert _dated(facts) == {(8400.0, 1977), (21000.0, 1983), (23500.0, 1983)}
    assert not (facts["value"].isin([52.0, 58.0])).any()  # 同58年 is no count
    assert facts[facts["fact_type"] == "year"].empty  # a row's heading year is no event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # list items: the era of the item above
            "沿革\n\n・平成3年 研究所が発足（職員40人）\n・同9年 新棟が完成（職員95人）\n",
            {(40.0, 1991), (95.0, 1997)},
        ),
        (  # 同年 at the head of a list item: the year of the item above
            "沿革\n\n・平成3年 研究所が発足（職員40人）\n・同年 県の補助金2億円を受けた\n",
            {(40.0, 1991), (2e8, 1991)},
        ),
        (  # a new paragraph: the era of the paragraph before
            "この事業は昭和61年に始まった。\n\n同63年、市は施設整備に5億円を投じた。\n",
            {(5e8, 1988)},
        ),
    ],
)
def test_a_same_era_year_in_a_later_block(
    tmp_path: Path, text: str, expected: set[tuple[float, int]]
) -> None:
    assert _dated(_facts(tmp_path, text)) == expected
