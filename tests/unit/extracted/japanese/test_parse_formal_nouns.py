"""A formal noun a clause ends on (〜したわけでございます, common in Diet answers) names nothing:
the year dates the act of the clause, not わけ. Sentences written for this test."""

from __future__ import annotations

import pytest

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures

_TEXT = "平成五年に新たな支援制度が発足したわけでございます。"


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    facts: list[Fact] = facts_in_text(_TEXT)
    parse_measures(_TEXT, [(0, len(_TEXT), facts)])
    return {_TEXT[f.start : f.end]: f.measure for f in facts}


def test_a_year_dates_the_act_of_a_clause_ending_on_wake(measures: dict[str, str | None]) -> None:
    got = next(m for q, m in measures.items() if "平成五年" in q)
    assert got is not None and "わけ" not in got and "発足" in got
