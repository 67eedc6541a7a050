"""An area built across prefectures (a science city on the border of three) is all of them, its
geography their codes joined by `; `; a prefecture said in brackets after a city only says where
the city lies, and the number stays the city's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.document_context import subject_place
from pipelines.extracted.facts import facts_in_text, mask_for_facts
from pipelines.extracted.numbers.places import find_places, names_the_nation

THREE = "JP-26; JP-27; JP-29"


@pytest.mark.parametrize(
    "text",
    [
        "Keihanna drew new laboratories last spring.",
        "Labs in the Kansai Science City grew.",
        "けいはんな地域に研究所が集まる。",
        "関西文化学術研究都市の整備が進む。",
    ],
)
def test_a_science_city_across_prefectures_is_an_area_of_all_of_them(text: str) -> None:
    (place,) = find_places(text)
    assert (place.code, place.kind) == (THREE, "area")


def test_a_number_of_the_area_is_placed_in_its_prefectures() -> None:
    assert [f.geography for f in facts_in_text("Keihanna now has 140 research labs.")] == [THREE]
    japanese = facts_in_text("けいはんな地域では研究所が140か所に増えた。")
    assert [f.geography for f in japanese] == [THREE]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sendai (Miyagi Prefecture): 85 firms joined the project.", "Sendai"),
        ("In Kobe (Hyogo), the hub counts 210 companies.", "Kobe"),
        ("・仙台地域（宮城県）：参加企業は85社となった。", "Sendai"),
        ("神戸市（兵庫県）では企業が210社集まった。", "Kobe"),
        # a prefecture that is no gloss still counts
        ("Sendai and Miyagi Prefecture host 85 firms.", "JP-04"),
    ],
)
def test_a_prefecture_in_brackets_after_a_city_leaves_the_number_the_citys(
    text: str, place: str
) -> None:
    (fact,) = facts_in_text(text)
    assert fact.geography == place


def test_a_document_about_an_area_is_not_outnumbered_by_its_own_prefectures() -> None:
    text = (
        "けいはんな地域の歩み。けいはんなは京都府と大阪府と奈良県にまたがる。"
        "けいはんなには研究所が多い。京都府は道路を整えた。京都府の補助もあった。"
        "けいはんなの人口は増えた。"
    )
    masked = mask_for_facts(text)
    assert subject_place(find_places(masked), names_the_nation(masked)) == THREE


def test_an_area_named_once_counts_its_prefectures_mentions() -> None:
    text = (
        "Keihanna lies where Kyoto, Osaka and Nara prefectures meet. Kyoto Prefecture built "
        "its roads. Nearby, Aichi, Gifu and Mie prefectures run plans of their own."
    )
    masked = mask_for_facts(text)
    assert subject_place(find_places(masked), names_the_nation(masked)) == THREE
