"""A city's metropolitan region (`the Greater Osaka Area`) is a place of its own, named as
written, not the city inside it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.numbers.places import find_places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Firms in the Greater Osaka Area export machinery.", "Greater Osaka Area"),
        ("Rents in Greater Tokyo keep rising.", "Greater Tokyo"),
        ("Jobs in the Greater\nSendai Metropolitan Area grew.", "Greater Sendai Metropolitan Area"),
    ],
)
def test_a_greater_city_is_its_region(text: str, name: str) -> None:
    assert [(p.name, p.kind) for p in find_places(text)] == [(name, "region")]


def test_a_fact_in_a_greater_city_is_placed_in_the_region() -> None:
    facts = facts_in_text("The Greater Osaka Area holds 14% of the nation's factories.")
    assert [f.geography for f in facts] == ["Greater Osaka Area"]
