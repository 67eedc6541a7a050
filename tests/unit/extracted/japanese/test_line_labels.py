"""A bare amount on its own line under a short name line is that name's (a slide's key and
value on two lines), and the budget code the name opens with (27補正, 28当初) its fiscal year;
an amount restated in brackets right after is of the same year; a sentence or a line with an
amount of its own above it names nothing. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

SLIDE = (
    "港湾振興の予算\n\n"
    "港湾整備補助金\n\n"
    "450億円\n\n"
    "・港湾人材育成事業\n\n"
    "30億円（うち国費15億円）\n\n"
    "県はこの事業を続けている。\n\n"
    "80億円\n\n"
    "倉庫整備 12億円\n\n"
    "5億円\n\n"
    "令和5年3月\n\n"
    "70億円\n\n"
    "出典：港湾統計\n\n"
    "60億円\n\n"
    "港をつなぐ事業\n\n"
    "40億円\n"
)
BUDGET = (
    "平成29年3月 港湾局\n\n"
    "27補正港湾再生交付金\n\n"
    "200億円(事業費ベース400億円)\n\n"
    "28当初港湾再生交付金\n\n"
    "150億円\n\n"
    "令和の港づくり\n\n"
    "40当初港湾新交付金\n\n"
    "90億円\n"
)


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    docs = read_texts(
        Path(tmp_path_factory.mktemp("line-labels")), {"slide": SLIDE, "budget": BUDGET}
    )
    return extract_frames(docs).facts


def _measure(facts: pd.DataFrame, value: float) -> object:
    hits = facts[(facts["value"] == value) & (facts["doc_id"] == "slide")]
    assert len(hits) == 1, hits[["quote", "measure"]]
    return hits.iloc[0]["measure"]


def test_the_name_line_above_a_bare_amount_is_its_measure(facts: pd.DataFrame) -> None:
    assert _measure(facts, 450e8) == "港湾整備補助金"
    assert _measure(facts, 30e8) == "港湾人材育成事業"  # after the bullet


@pytest.mark.parametrize(
    ("value", "above"),
    [
        (80e8, "県はこの事業を続けている。"),  # a sentence
        (5e8, "倉庫整備 12億円"),  # a line with an amount of its own
        (70e8, "令和"),  # a date
        (60e8, "出典"),  # a source line
        (40e8, "港をつなぐ事業"),  # a phrase with a verb's kana
    ],
)
def test_a_line_that_is_no_name_names_nothing(
    facts: pd.DataFrame, value: float, above: str
) -> None:
    assert above not in str(_measure(facts, value))


def _period(facts: pd.DataFrame, value: float) -> tuple[object, object]:
    hits = facts[(facts["value"] == value) & (facts["doc_id"] == "budget")]
    assert len(hits) == 1, hits[["quote", "measure"]]
    return hits.iloc[0]["period_start"], hits.iloc[0]["period_end"]


def test_a_budget_code_is_the_amounts_fiscal_year(facts: pd.DataFrame) -> None:
    assert tuple(map(int, _period(facts, 200e8))) == (2015, 2015)  # 27補正 in a text of 平成
    assert tuple(map(int, _period(facts, 400e8))) == (2015, 2015)  # restated: the same budget
    assert tuple(map(int, _period(facts, 150e8))) == (2016, 2016)


def test_an_earlier_figure_in_brackets_is_not_restated(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = "港湾交付金\n\n令和3年度の予算は150億円（前年度当初120億円）となった。\n"
    docs = read_texts(Path(tmp_path_factory.mktemp("restated")), {"compare": text})
    facts = extract_frames(docs).facts
    earlier = facts[facts["value"] == 120e8].iloc[0]
    assert pd.isna(earlier["period_start"]) or earlier["period_start"] != 2021


def test_a_budget_code_past_the_texts_years_is_no_year(facts: pd.DataFrame) -> None:
    assert pd.isna(_period(facts, 90e8)[0])  # 40当初 in a text of 平成29年: no 令和40
