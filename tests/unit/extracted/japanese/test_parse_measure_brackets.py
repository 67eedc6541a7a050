"""What a Japanese number measures where brackets name it: an amount named in brackets right
after the number (8,500人（昼間人口）), a row's label however long the aside between the label
and the number (展示施設(市民が…施設) 12施設), a count labelled in brackets after a noun
(農政局(担当職員約300名): the noun's staff), and a topic with an aside in brackets before its
number, and a span of years in brackets after a name (基本計画（2011年～2015年）: its term).
Sentences written for these tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_TEXT = (
    "新しい街には、8,500人(昼間人口)が集まる見込みである。"
    "総額約60億円（総事業費）を投じて整備する。"
    "展示施設(市民が地域の産業と歴史を学ぶことのできる博物館などの施設) 12施設 "
    "研修施設(宿泊型) 3施設。"
    "各地の農政局(担当職員約300名)が相談に応じる。"
    "県内の大口寄付件数(1,000万円以上)が前年度を4%上回る1,320件に達した。"
    "第2期の基本計画（2011年～2015年）では、研究拠点の整備を進めた。"
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


def test_a_count_labelled_in_brackets_after_a_noun_is_that_nouns(measures: dict) -> None:
    assert measures["300名"] == "農政局の担当職員数"


def test_an_aside_after_the_topic_is_no_other_amount(measures: dict) -> None:
    assert measures["1,320件"] == "県内の大口寄付件数"


def test_a_span_of_years_in_brackets_after_a_name_is_its_term(measures: dict) -> None:
    assert measures["2011年～2015年"] == "第2期の基本計画の期間"
