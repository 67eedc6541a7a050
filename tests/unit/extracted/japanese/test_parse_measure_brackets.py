"""What a Japanese number measures where brackets name it: an amount named in brackets right
after the number (8,500人（昼間人口）), and a row's label however long the aside between the
label and the number (展示施設(市民が…施設) 12施設). Sentences written for these tests, parsed
in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_TEXT = (
    "新しい街には、8,500人(昼間人口)が集まる見込みである。"
    "総額約60億円（総事業費）を投じて整備する。"
    "展示施設(市民が地域の産業と歴史を学ぶことのできる博物館などの施設) 12施設 "
    "研修施設(宿泊型) 3施設"
)


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures(_TEXT)


def test_an_amount_named_in_brackets_after_the_number_is_its_measure(measures: dict) -> None:
    assert measures["8,500人"] == "昼間人口"
    assert measures["60億円"] == "総事業費"


def test_a_rows_label_is_read_past_a_long_aside(measures: dict) -> None:
    assert measures["12施設"] == "展示施設数"
    assert measures["3施設"] == "研修施設数"
