"""Two places joined by a hyphen (`EU-Japan`, `US-Japan`) are both named, so a number of a
sentence about the pair gets one of them as its place; a place joined to a lowercase word
(`Sendai-based`) is named too. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.numbers.places import find_places


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The EU-Japan research dialogue", ["EU", "JP"]),
        ("US-Korea exchanges grew.", ["US", "KR"]),
        ("a Germany-Japan fund", ["DE", "JP"]),
        ("The Japan–Korea ferry", ["JP", "KR"]),  # a dash: read once, as before
        ("The Tokyo-Hitachi venture", []),  # one of the two is no place: neither is named
        ("a Guinea-Bissau delegation", ["GW"]),  # a hyphenated name stays one place
    ],
)
def test_two_places_joined_by_a_hyphen_are_both_named(text: str, codes: list[str]) -> None:
    assert [p.code for p in find_places(text)] == codes


def test_a_number_about_a_hyphenated_pair_takes_its_place() -> None:
    (fact,) = facts_in_text("The EU-Japan science forum has met every year since 2011.")
    assert fact.geography in ("EU", "JP")


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Ehime-based makers", ["JP-38"]),
        ("the Shiga-ken office", ["JP-25"]),
        ("a Japan-wide survey", ["JP"]),
        ("non-Japan members", []),  # a word before the hyphen: not a place's name
    ],
)
def test_a_place_joined_to_a_lowercase_word_is_named(text: str, codes: list[str]) -> None:
    assert [p.code for p in find_places(text)] == codes


def test_a_count_of_firms_based_in_a_place_takes_it() -> None:
    (fact,) = facts_in_text("Some 140 Ehime-based makers joined the cluster.")
    assert fact.geography == "JP-38"
