"""A bare noun after `the` that points back to a fuller name said before takes that name
(fuller_names.py), on texts written for these tests; a noun already said in full, or one the
text never named in full, stays as it is. A count after `these` measures what the count it
points to does (document_facts.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.scoring import read_fixture
from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.frames import extract_frames
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
         "Board was dissolved.", "dissolution of Lakeside Timber Growers Board"),
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


def test_a_count_after_these_measures_what_the_count_it_points_to_does(tmp_path: Path) -> None:
    path = tmp_path / "these.txt"
    path.write_text(
        "Harbour report\n\nThe port authority named 4 priority berths for ferries.\n\n"
        "Two of them are the main ones among these 4 in winter.\n\n"
        "The yard has these two cranes for heavy loads.\n",
        encoding="utf-8",
    )
    facts = extract_frames([read_fixture(path)]).facts
    fours = facts[facts["value"] == 4]["measure"].tolist()
    assert fours == ["priority berths", "priority berths"]
    # a count with its own noun after `these` is its own
    assert facts[facts["quote"] == "two"]["measure"].tolist() == ["cranes for heavy loads of yard"]
