"""An English number's place by attachment in the parse: the place the phrase about its noun
or its verb says it is in, not the place named nearest it. A document written for these
tests, parsed once."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures

_TEXT = (
    "The 12 pilot schools are in all districts in Japan: Hokkaido (2), Kanto (4) and Kyushu (6). "
    "Unlike Osaka, about 40 start-ups opened offices in the city of Kobe last year. "
    "Sendai, the largest city of Miyagi Prefecture, has about 9,500 taxis. "
)


@pytest.fixture(scope="module")
def places() -> dict[str, str | None]:
    facts = facts_in_text(_TEXT)
    parse_measures(_TEXT, [(0, len(_TEXT), facts)])
    return {_TEXT[f.start : f.end]: f.geography for f in facts}


def test_place_down_the_in_phrases_of_the_verb_is_the_counted_things_place(
    places: dict[str, str | None],
) -> None:
    assert places["12"] == "JP"  # not Hokkaido, the first item of the list after the colon


def test_place_an_of_phrase_names_inside_an_in_phrase(places: dict[str, str | None]) -> None:
    assert places["40"] == "Kobe"


def test_subject_that_is_a_place_places_what_it_holds(places: dict[str, str | None]) -> None:
    assert places["9,500"] == "Sendai"  # not Miyagi, named inside the apposition, nearer
