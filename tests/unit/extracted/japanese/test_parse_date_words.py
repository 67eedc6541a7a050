"""A date that ends on 末 (年度末, 月末) or opens with an era's first year (令和元年度) dates a
number; it is no part of what the number measures. Sentences written for this test."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_SENTENCES = {
    "end": "令和3年度末の登録団体は85団体である。",
    "first": "令和元年度末の会員企業は120社である。",
}


@pytest.fixture(scope="module")
def measures() -> dict[str, dict[str, str | None]]:
    return {key: quote_measures(text) for key, text in _SENTENCES.items()}


def test_a_date_ending_on_matsu_is_no_part_of_the_measure(
    measures: dict[str, dict[str, str | None]],
) -> None:
    assert next(m for q, m in measures["end"].items() if "85" in q) == "登録団体数"
    assert next(m for q, m in measures["first"].items() if "120" in q) == "会員企業数"
