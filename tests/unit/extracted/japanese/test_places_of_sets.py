"""A place that is only an example of a set (札幌など5都市) is not the place of the set's number,
and a document that names places in many prefectures (the regions a ministry selected) is about
none of them, however often it names one. Texts written for these tests."""

from __future__ import annotations

from pipelines.extracted.document_context import subject_place
from pipelines.extracted.facts import facts_in_text, mask_for_facts
from pipelines.extracted.numbers.places import find_places, names_the_nation


def test_an_example_of_a_set_is_not_the_place_of_its_number() -> None:
    text = "■福岡・久留米など6地域 経済産業省は、福岡など六地域を新たに支援する。"
    got = {text[f.start : f.end]: f.geography for f in facts_in_text(text)}
    assert got == {"6地域": None, "六地域": None}


def test_a_place_named_alone_is_still_the_place_of_its_number() -> None:
    text = "福岡県では約120社が参加した。"
    assert [f.geography for f in facts_in_text(text)] == ["JP-40"]


def test_a_document_listing_many_prefectures_is_about_the_nation() -> None:
    text = (
        "■福岡・久留米など6地域を選定\n経済産業省は、福岡など六地域を選んだ。\n"
        "○福岡県【福岡・久留米エリア】\n○宮城県【仙台エリア】\n○長野県【諏訪エリア】\n"
        "○静岡県【浜松エリア】\n○岡山県【岡山エリア】\n○熊本県【熊本エリア】\n"
    )
    masked = mask_for_facts(text)
    assert subject_place(find_places(masked), names_the_nation(masked)) == "JP"


def test_a_document_about_one_prefecture_that_names_another_once_is_about_the_first() -> None:
    text = "岩手県の事業。岩手県では企業が増えた。東京都の企業も参加した。"
    masked = mask_for_facts(text)
    assert subject_place(find_places(masked), names_the_nation(masked)) == "JP-03"


def test_a_place_that_says_where_the_examples_are_is_still_their_place() -> None:
    text = "長野県の企業など30社が参加した。"
    assert [f.geography for f in facts_in_text(text)] == ["JP-20"]
