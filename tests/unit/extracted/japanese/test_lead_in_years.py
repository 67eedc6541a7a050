"""Periods a Japanese budget story gives beyond one sentence (issue 32, point 4): 同 before a
change (同12%増) compares with the base of the change before, so the sum it goes with is of the
year the story is about, in a later paragraph too; and the one year of the paragraph that leads
into a list of sums (…を挙げると、) dates the list's rows; a budget's code opening the line of its
sums (27補正…: 500億円) is their fiscal year, over the years heading the slide above; a sentence
telling what goes on now (…を進めている) takes no year the sentence before it told. Texts written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from benchmarks.scoring import read_fixture, read_texts
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.parse_route import ROUTES

TEXTS = {
    "story": (
        "町の予算\n\n町は、2023年度当初予算案で農業費に22年度当初予算比4%増の12億円を計上した。"
        "林業振興事業は同15%増の8000万円とした。\n\n"
        "一般会計は同1・5%増で、過去最大となる310億円。\n"
    ),
    "list": (
        "町の予算\n\n町議会で審議される2021年の当初予算が公表された。\n"
        "資料から主な事業を挙げると、\n\n"
        "図書館改修事業          124500千円\n"
        "道路維持事業            86300千円\n"
        "子育て支援事業          57100千円\n"
    ),
    "slide": (
        "平成29年度 町の交付金の概要\n\n【28年度】【27年度】\n\n"
        "27補正地域振興交付金基本分: 500億円追加分: 120億円\n"
    ),
    "ongoing": (
        "町の事業\n\n町の連携事業は2015年度に始まった。町内の12社と3つの大学が参加し、"
        "共同研究を進めている。\n"
    ),
}


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return extract_frames(read_texts(tmp_path_factory.mktemp("lead_in"), TEXTS)).facts


def _period(facts: pd.DataFrame, name: str, value: float) -> int | None:
    rows = facts[facts["doc_id"].str.endswith(name) & (facts["value"] == value)]
    start = rows.iloc[0]["period_start"]
    return None if pd.isna(start) else int(start)


@pytest.mark.parametrize("value", [15.0, 8e7, 1.5, 3.1e10])
def test_a_change_against_the_same_base_is_of_the_storys_year(
    facts: pd.DataFrame, value: float
) -> None:
    assert _period(facts, "story", value) == 2023


def test_same_before_a_change_is_no_fact(facts: pd.DataFrame) -> None:
    story = facts[facts["doc_id"].str.endswith("story")]
    assert set(story[story["unit"] == "year"]["value"]) <= {2023.0}


@pytest.mark.parametrize("value", [124500000.0, 86300000.0, 57100000.0])
def test_the_year_of_the_paragraph_leading_into_a_list_dates_its_rows(
    facts: pd.DataFrame, value: float
) -> None:
    assert _period(facts, "list", value) == 2021


@pytest.mark.parametrize("value", [5e10, 1.2e10])
def test_a_budget_code_opening_the_line_of_its_sums_is_their_fiscal_year(
    facts: pd.DataFrame, value: float
) -> None:
    assert _period(facts, "slide", value) == 2015


# a code line under other budgets' lines and a row of years, its sums set off by labels no
# measure is taken from: the code dates them on either route, whether a measure was found or not
STACKED = (
    "平成30年度 村の補助金の概要\n\n24当初村おこし補助金\n\n600億円\n\n"
    "【26年度】【25年度】\n\n25補正村おこし支援補助金通常枠: 700億円特別枠: 80億円\n"
)


@pytest.mark.parametrize("route", ["grammar", "parse"])
def test_a_budget_code_dates_its_sums_on_either_route(tmp_path: Path, route: str) -> None:
    path = tmp_path / "slide.txt"
    path.write_text(STACKED, encoding="utf-8")
    before = ROUTES["ja"]
    ROUTES["ja"] = route
    try:
        facts = extract_frames([read_fixture(path)]).facts.set_index("quote")
    finally:
        ROUTES["ja"] = before
    assert facts.loc["700億円", "period_start"] == 2013
    assert facts.loc["80億円", "period_start"] == 2013


@pytest.mark.parametrize("value", [12.0, 3.0])
def test_what_goes_on_now_takes_no_year_told_before(facts: pd.DataFrame, value: float) -> None:
    assert _period(facts, "ongoing", value) is None
