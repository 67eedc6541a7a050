"""Names in a list closed by `prefectures` are prefectures, and a place said in an appositive
about another (`Kobe, a port in Hyogo,`) is not the place of the sentence's later number.
Sentences written for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.numbers.places import find_places


def test_names_listed_before_prefectures_are_prefectures() -> None:
    text = "The park spans Osaka, Kyoto and Hyogo prefectures; Osaka city is its hub."
    got = [(p.code, p.kind) for p in find_places(text)]
    assert got == [
        ("JP-27", "prefecture"),
        ("JP-26", "prefecture"),
        ("JP-28", "prefecture"),
        ("Osaka", "city"),
    ]


def test_a_place_inside_an_appositive_is_not_the_later_numbers_place() -> None:
    text = "Kobe, a port city of 1,500,000 in Hyogo, hosts 370 medical firms."
    got = {text[f.start : f.end]: f.geography for f in facts_in_text(text)}
    assert got["370"] == "Kobe"


def test_a_place_past_a_comparison_is_the_compared_values() -> None:
    text = "Aichi ships 40 robots a day, compared with 25 in Osaka Prefecture and 9 in Gifu."
    got = {text[f.start : f.end]: f.geography for f in facts_in_text(text)}
    assert got == {"40": "JP-23", "25": "JP-27", "9": "JP-21"}
    text = "The count stands at 12, far more than in Germany."
    assert [f.geography for f in facts_in_text(text)] == [None]
