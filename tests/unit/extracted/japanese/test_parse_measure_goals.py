"""What a Japanese number measures where the parse's arguments say it in any order: what an
amount is spent on or given to (に), what a count was taken as (として) before or after the
number, and a total (総額) that alone says of nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_SENTENCES = {
    "spent": "町は新しい物流拠点の整備に約12億円を充てる方針だ。",
    "invested": "同社は研究棟の増築に総額約90億円を投資する。",
    "granted": "財団は地元の高校に300万円を寄付した。",
    "as_before": "国は、産学連携を担う中核機関として7件を選んだ。",
    "as_total": "市は、創業支援の補助金として総額2億円を計上した。",
    "both_years": "予算として2023年度、2024年度ともに80億円を計上している。",
    "subject": "毎年約800万円が奨学金の給付に充てられる。",
    "named": "本町は人口約1万2千人で、県内では小さい方だ。",
}


@pytest.fixture(scope="module")
def measures() -> dict[str, dict[str, str | None]]:
    return {key: quote_measures(text) for key, text in _SENTENCES.items()}


def _of(measures: dict[str, dict[str, str | None]], key: str, quote: str) -> str | None:
    return next(m for q, m in measures[key].items() if quote in q)


def test_an_amount_put_to_a_goal_marked_ni_is_named_by_the_goal_not_by_who_gives_it(
    measures: dict[str, dict[str, str | None]],
) -> None:
    assert _of(measures, "spent", "12億円") == "新しい物流拠点の整備に充てる額"
    assert _of(measures, "invested", "90億円") == "研究棟の増築への投資額"
    assert _of(measures, "granted", "300万円") == "地元の高校への寄付額"
    # an amount that is the subject: its goal follows it
    assert _of(measures, "subject", "800万円") == "奨学金の給付に充てられる額"


def test_what_a_count_was_taken_as_is_said_before_the_number_as_well_as_after(
    measures: dict[str, dict[str, str | None]],
) -> None:
    assert _of(measures, "as_before", "7件") == "産学連携を担う中核機関として選んだ件数"


def test_a_total_alone_leaves_the_measure_to_what_the_amount_is_counted_as(
    measures: dict[str, dict[str, str | None]],
) -> None:
    assert _of(measures, "as_total", "2億円") == "創業支援の補助金の計上額"
    # ともに, split by the parse into とも + に, is no goal the amount goes to
    assert _of(measures, "both_years", "80億円") == "予算の計上額"
    # a word that names what is counted (人口) stays the measure
    assert _of(measures, "named", "1万2千人") == "人口"
