"""Those a disaster counts are people: a death toll, the dead, evacuees, victims."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


@pytest.mark.parametrize(
    "text",
    [
        "Death toll in the river town: approx. 2,300",
        "The landslide forced 4,800 evacuees into schools.",
        "The quake had 640 victims in the valley.",
    ],
)
def test_a_disaster_count_is_people(text: str) -> None:
    assert [f.unit for f in facts_in_text(text)] == ["people"]
