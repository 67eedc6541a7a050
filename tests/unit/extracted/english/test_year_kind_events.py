"""The event a year dates, where a kind-of-year abbreviation stands before it (`FY 2005`: it says
which time, as a month does) or a verb of drawing up a plan names the event. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures

_TEXT = (
    "The office has run the loan programme since FY 2005. "
    "The panel compiled the Strategy in May 2015."
)


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    facts: list[Fact] = facts_in_text(_TEXT)
    parse_measures(_TEXT, [(0, len(_TEXT), facts)])
    return {_TEXT[f.start : f.end]: f.measure for f in facts}


def test_fiscal_year_abbreviation_is_no_event(measures: dict[str, str | None]) -> None:
    assert measures["2005"] == "start of loan programme"


def test_compiling_a_plan_is_its_compilation(measures: dict[str, str | None]) -> None:
    assert measures["2015"] == "compilation of Strategy"
