"""Where an English number belongs: the place a sentence gives it by how the place is said,
not only by nearness. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Last year Nagano Prefecture ranked third in Japan for wine.", "JP-20"),
        ("Among the towns of Shimane, Izumo comes 2nd in Japan for visitors.", "JP-32"),
        ("Its output ranked fifth in Japan.", None),  # the scope alone: no place of its own
    ],
)
def test_the_place_a_rank_is_within_is_not_the_ranked_things_place(
    text: str, place: str | None
) -> None:
    (rank,) = [f for f in facts_in_text(text) if f.fact_type == "rank"]
    assert rank.geography == place


def test_a_place_right_after_a_count_is_still_its_place() -> None:
    (fact,) = facts_in_text("Nagano has 40 wineries in Japan's highlands and 3 in Germany.")[1:]
    assert fact.geography == "DE"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The budget of Kanto, which takes in Gunma Prefecture, came to ¥9 billion.", "Kanto"),
        ("Output in Shiga, whose capital faces Kyoto, rose 4% last year.", "JP-25"),
        ("Miyagi, where Sendai lies, has 2.3 million people.", "JP-04"),
        # the number inside the clause: the clause's own place is its place
        ("We met in Iwate, where Morioka spent ¥2 billion, and left.", "Morioka"),
    ],
)
def test_a_place_inside_a_clause_about_another_noun_is_not_the_numbers(
    text: str, place: str
) -> None:
    (fact,) = facts_in_text(text)
    assert fact.geography == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Yokohama and Kawasaki ports load 400 ships a week.", "JP-14"),
        ("Yokohama, Kawasaki and Sagamihara host 90 laboratories.", "JP-14"),
        ("Kawasaki and Kobe ports load 400 ships a week.", "Kobe"),  # two prefectures: nearest
    ],
)
def test_cities_said_together_in_one_prefecture_are_that_prefectures(text: str, place: str) -> None:
    (fact,) = facts_in_text(text)
    assert fact.geography == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shikoku's output is ¥14 trillion. It would rank 60th among nations.", "Shikoku"),
        ("Shikoku's output is ¥14 trillion. Set beside nations, it would rank 60th.", "Shikoku"),
        # an `it` a verb takes is no subject carried over
        ("Shikoku's output is ¥14 trillion. Ferries make it easy to ship 40 tonnes.", None),
    ],
)
def test_it_opening_a_sentence_naming_no_place_is_the_place_before(
    text: str, place: str | None
) -> None:
    assert facts_in_text(text)[-1].geography == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shiga makes up 3% of Japan's exports.", "JP-25"),
        ("Exports from Shiga account for 3% of the total in Japan.", "JP-25"),
        ("Nara had 1.3 million people. The prefecture accounts for 1% of Japan's output.", "JP-29"),
        # no verb of a share: the place of the whole is the number's
        ("In all, 30% of Kyoto's firms are small.", "Kyoto"),
    ],
)
def test_the_whole_a_share_is_of_is_not_where_the_part_is(text: str, place: str) -> None:
    assert facts_in_text(text)[-1].geography == place


def test_the_region_stands_for_the_region_the_sentence_before_named() -> None:
    text = (
        "In Chubu, Gifu ranked 9th for exports. "
        "The region as a whole accounted for 11% of national exports."
    )
    assert facts_in_text(text)[-1].geography == "Chubu"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("There are 80 sailings a week to other Korean ports.", None),
        ("The lab signed 12 deals with German firms.", None),
        ("Some 300 Korean firms joined.", "KR"),  # the number's own noun
    ],
)
def test_a_nationality_said_of_where_a_number_goes_is_not_its_place(
    text: str, place: str | None
) -> None:
    (fact,) = facts_in_text(text)
    assert fact.geography == place
