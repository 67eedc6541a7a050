"""A length or a time said `from` a place measures the distance (travel time) from it, not a
quantity of the sentence's subject; a time `ago` the time since its clause's event. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures

_TEXT = (
    "The village lies about 30 kilometers from the prefectural capital and 12 km from the coast. "
    "The plant is located 5 km east of the harbour. "
    "The campus spans 40 km2 and holds 300 laboratories. "
    "The park opened five years ago. "
    "The harbour town, which ten years ago was flooded by the storm, is now a research hub."
)


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    facts: list[Fact] = facts_in_text(_TEXT)
    parse_measures(_TEXT, [(0, len(_TEXT), facts)])
    return {_TEXT[f.start : f.end]: f.measure for f in facts}


def test_length_from_a_place_is_the_distance_from_it(measures: dict[str, str | None]) -> None:
    assert measures["30 kilometers"] == "distance from prefectural capital"
    assert measures["12 km"] == "distance from coast"


def test_length_toward_a_compass_point_of_a_place(measures: dict[str, str | None]) -> None:
    assert measures["5 km"] == "distance from harbour"


def test_size_with_no_place_is_left_alone(measures: dict[str, str | None]) -> None:
    assert not (measures["40 km2"] or "").startswith("distance")


def test_time_ago_is_the_time_since_the_event(measures: dict[str, str | None]) -> None:
    assert measures["five years"] == "time since opening of park"
    assert measures["ten years"] == "time since harbour town (flooded)"
