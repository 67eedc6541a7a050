"""Cities the gazetteer knows besides the designated ones: capitals and core cities whose names
are no prefecture's, and the towns of a science city, are the most specific place of a number
said of them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.numbers.places import find_places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Higashiosaka is home to 6,000 small workshops.", "Higashiosaka"),
        ("Kanazawa welcomed 8 million visitors.", "Kanazawa"),
        ("京田辺市には研究所が12か所ある。", "Kyotanabe"),
        ("東大阪市の工場は6千か所を数える。", "Higashiosaka"),
    ],
)
def test_a_core_city_is_the_place_of_its_number(text: str, place: str) -> None:
    (fact,) = facts_in_text(text)
    assert fact.geography == place


def test_a_city_named_as_its_prefecture_stays_the_prefecture() -> None:
    assert [(p.code, p.kind) for p in find_places("Shizuoka and Niigata")] == [
        ("JP-22", "prefecture"),
        ("JP-15", "prefecture"),
    ]


def test_a_surname_that_is_also_a_city_is_a_city_only_with_its_suffix() -> None:
    assert find_places("松本氏が講演した。") == []
    assert [p.code for p in find_places("松本市が講演会を開いた。")] == ["Matsumoto"]


def test_two_ports_of_one_prefecture_said_together_are_the_prefectures() -> None:
    (fact,) = facts_in_text("Hakata and Kitakyushu together handle 90 container routes.")
    assert fact.geography == "JP-40"
