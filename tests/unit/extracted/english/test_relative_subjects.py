"""A `which` that opens a clause after a comma stands for what the clause before says (`income
was 2 billion yen, which rose to ...`: the income rose), and a `which` subject of a passive
relative clause for the noun the clause hangs on. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures

_TEXT = (
    "The new income that the port brought to the town was 2.1 billion yen in 2003, "
    "which increased 3.5 times to 7.4 billion yen by 2012. "
    "The plan follows the Basic Rules for Local Science, which were approved by the Cabinet "
    "in March 1998."
)


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    facts: list[Fact] = facts_in_text(_TEXT)
    parse_measures(_TEXT, [(0, len(_TEXT), facts)])
    return {_TEXT[f.start : f.end]: f.measure for f in facts}


def test_which_after_a_comma_is_the_clause_subject(measures: dict[str, str | None]) -> None:
    assert measures["7.4 billion yen"] == "new income"


def test_which_of_a_passive_relative_is_its_noun(measures: dict[str, str | None]) -> None:
    assert (measures["1998"] or "").startswith("approval of ")
