"""A bare noun after `the` that points back to a fuller name said before takes that name
(fuller_names.py), on texts written for these tests; a noun already said in full, or one the
text never named in full, stays as it is."""

from __future__ import annotations

import pytest

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _measures(text: str) -> list[str | None]:
    facts: list[Fact] = facts_in_text(text)
    parse_measures(text, [(0, len(text), facts)])
    return [f.measure for f in facts]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Demand keeps rising in the organic baby food market. Analysts expect the market to "
         "reach 95 billion yen.", "organic baby food market"),
        ("In 1990, the Lakeside Timber Growers Board opened an office in Hull. In 2004, the "
         "Board was dissolved.", "Lakeside Timber Growers Board (dissolved)"),
    ],
)  # fmt: skip
def test_a_bare_noun_takes_the_fuller_name_said_before(text: str, measure: str) -> None:
    assert _measures(text)[-1] == measure


@pytest.mark.parametrize(
    "text",
    [
        # never named in full before
        "Analysts expect the market to reach 95 billion yen.",
        # a capitalised noun is widened only by a name
        "Shares rose in several markets. Analysts expect the Market to reach 95 billion yen.",
    ],
)
def test_nothing_fuller_to_take(text: str) -> None:
    got = _measures(text)[-1]
    assert got is not None and got.split()[0].lower() == "market"
