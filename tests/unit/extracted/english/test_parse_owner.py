"""Whose number it is (facts.owner), read from the dependency parse (parse_owner.py), on
sentences written for these tests: the name the number's noun is of, else the subject of its
clause; nothing for a pronoun."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _owners(sentence: str) -> list[str | None]:
    facts = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return [f.owner for f in facts]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        # the possessor of the noun the number hangs on
        ("Canada's imports of rice fell by 6% that year.", "Canada"),
        # the proper noun after the noun's `of`
        ("The output of Shizuoka Prefecture rose to 9 trillion yen.", "Shizuoka Prefecture"),
        # the subject of the clause the number is the object of
        (
            "Sapporo and Asahikawa stations together serve 95,000 riders daily.",
            "Sapporo and Asahikawa stations",
        ),
        # a rank keeps its rules' measure but takes its owner from the parse
        ("Gifu Prefecture ranked sixth in Japan.", "Gifu Prefecture"),
        # the region named as a modifier of the measured noun
        ("Kansai textile exports reached 3 billion dollars.", "Kansai"),
    ],
)
def test_the_owner_of_a_number_from_the_parse(sentence: str, owner: str) -> None:
    assert _owners(sentence)[0] == owner


def test_a_pronoun_names_no_owner() -> None:
    assert _owners("It employs 4,000 engineers in the valley.") == [None]


def test_the_whole_of_a_share_is_not_its_owner() -> None:
    assert _owners("Research spending equals 3.4% of Japan's GDP.") == [None]


def test_it_and_its_are_the_name_the_sentence_before_was_about() -> None:
    text = (
        "The GDP of Hokkaido Prefecture totals 20 trillion yen. "
        "It ranks eighth in Japan, and its population is 5.2 million."
    )
    assert _owners(text) == ["Hokkaido Prefecture"] * 3


def test_it_in_another_paragraph_names_no_owner() -> None:
    first, second = "The GDP of Hokkaido Prefecture totals 20 trillion yen.", "It ranks eighth."
    text = f"{first}\n\n{second}"
    facts = facts_in_text(text)
    blocks = [(0, len(first), facts[:1]), (len(first) + 2, len(text), facts[1:])]
    parse_measures(text, blocks)
    assert [f.owner for f in facts] == ["Hokkaido Prefecture", None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Hayashi opened the science park in 2009.",
        "Professor Ueda founded 14 companies after leaving the lab.",
    ],
)
def test_a_titled_person_doing_what_the_sentence_says_owns_none_of_its_figures(
    sentence: str,
) -> None:
    assert _owners(sentence) == [None]
