"""Dates a Japanese number is as of, from beyond its own sentence: a heading's as-of date (with
the era written as a letter and a month after it, R3年4月1日現在) over the rows of a list written
without bullets, past the line of its columns' names; a date in square brackets after the
number; the budget its paragraph names with its year, over the sums and changes after it, whose
own base of comparison (21年度当初予算比) is no period; and a news page's date in its address,
for what it says of the present (現在). Texts written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

LIST = (
    "町の施設\n\n"
    "■町内の公共施設数(R3年4月1日現在)\n\n"
    "図書館 4か所\n"
    "公民館 12か所\n"
    "体育館 3か所\n\n"
    "登録団体 58[2019年9月末]\n"
)
BUDGET = (
    "町の予算\n\n"
    "町は、2022年度当初予算案で観光費に21年度当初予算比3.5%増の8億円を計上した。"
    "交流事業は同20%増の6000万円とした。\n"
)
SPORTS = "町の施設\n\n■町内の運動施設数(2020年度)\n\n種類  箇所数\n野球場  7か所\nプール  9か所\n"
NEWS = "https://www.example-town.jp/news/20190705_12.html\n現在の町内の協力企業は45社となっています。\n"


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    texts = {"list": LIST, "budget": BUDGET, "sports": SPORTS, "news": NEWS}
    return extract_frames(read_texts(tmp_path_factory.mktemp("as_of"), texts)).facts


def _period(facts: pd.DataFrame, value: float) -> tuple[int, int]:
    row = facts[facts["value"] == value].iloc[0]
    return int(row["period_start"]), int(row["period_end"])


@pytest.mark.parametrize("value", [4.0, 12.0, 3.0])
def test_a_headings_as_of_date_dates_every_row_of_the_list_under_it(
    facts: pd.DataFrame, value: float
) -> None:
    assert _period(facts, value) == (2021, 2021)


@pytest.mark.parametrize("value", [7.0, 9.0])
def test_the_heading_dates_the_rows_past_their_column_header(
    facts: pd.DataFrame, value: float
) -> None:
    assert _period(facts, value) == (2020, 2020)  # 種類  箇所数: no heading of its own


def test_a_date_in_square_brackets_after_a_number_dates_it(facts: pd.DataFrame) -> None:
    assert _period(facts, 58.0) == (2019, 2019)


@pytest.mark.parametrize("value", [8e8, 6e7, 20.0])
def test_the_budget_its_paragraph_names_dates_a_sum_and_its_change(
    facts: pd.DataFrame, value: float
) -> None:
    assert _period(facts, value) == (2022, 2022)  # not 2021, the base of comparison


def test_a_number_said_of_now_takes_the_date_in_the_pages_address(facts: pd.DataFrame) -> None:
    assert _period(facts, 45.0) == (2019, 2019)
