"""The event a Japanese year dates in a cleft sentence (駅が開業したのは1990年である, 博物館が開館
したのは2015年のことだ): the clause nominalised with の and marked は, not the formal noun こと.
Sentences written for these tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_TEXT = "新しい駅が開業したのは1990年である。丘の上に市立博物館が開館したのは2015年のことだ。"


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures(_TEXT)


def test_a_cleft_year_dates_the_clause_it_is_said_of(measures: dict) -> None:
    assert measures["1990年"] == "新しい駅の開業"
    assert measures["2015年"] == "市立博物館の開館"
