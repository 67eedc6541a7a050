"""A number that follows an organisation's name at once (a ranked list's item) is the
organisation's figure, placed where it is: its seat where the gazetteer knows one (a university
named after its region sits in a city), else the place its name holds; the name places that
number only. Texts written for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.numbers.places import find_places

LIST = (
    "○件数が多い大学 1.秋田大学 約41.5%増 2.九州大学 約22.0%増 3.早稲田大学 9.1%増 合計は約80億円"
)


def test_each_item_of_a_list_of_universities_is_placed_where_the_university_is() -> None:
    got = {LIST[f.start : f.end]: f.geography for f in facts_in_text(LIST)}
    assert got["41.5%"] == "JP-05"
    assert got["22.0%"] == "Fukuoka"
    assert got["9.1%"] == "Tokyo"


def test_the_names_of_the_list_do_not_place_the_sentences_other_numbers() -> None:
    got = {LIST[f.start : f.end]: f.geography for f in facts_in_text(LIST)}
    assert got["80億円"] is None


def test_a_university_named_after_its_region_sits_in_its_city() -> None:
    assert [p.code for p in find_places("九州大学と Kyushu University")] == ["Fukuoka", "Fukuoka"]
    assert [f.geography for f in facts_in_text("Tohoku University employs 3,100 staff.")] == [
        "Sendai"
    ]
