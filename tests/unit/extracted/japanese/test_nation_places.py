"""Japan as a Japanese number's place: a number said of the whole nation (全国で) is Japan's; a
nationality (日本人) is no place, and 国内外 (from home and abroad) does not make a number the
state's; a Japanese document that names no place at all is about Japan. Texts written for these
tests."""

from __future__ import annotations

from pipelines.extracted.document_context import subject_place
from pipelines.extracted.facts import facts_in_text, mask_for_facts
from pipelines.extracted.japanese.ja_named_places import measure_place
from pipelines.extracted.numbers.places import find_places, names_the_nation, nation_mentions


def test_a_number_said_of_the_whole_nation_is_japans() -> None:
    text = "宮城県の計画をはじめ、全国で23の計画が動いている。"
    assert [f.geography for f in facts_in_text(text)] == ["JP"]


def test_a_nationality_is_no_place_of_a_number() -> None:
    text = "約400の研究機関に1万2千人の研究者がおり、うち日本人の女性研究者は2,100人である。"
    assert [f.geography for f in facts_in_text(text)] == [None, None, None]


def test_from_home_and_abroad_is_not_the_state() -> None:
    assert not names_the_nation("企業が国内外から集まった")
    assert names_the_nation("国内の企業が集まった")


def test_a_japanese_document_that_names_no_place_is_about_japan() -> None:
    text = "「地域連携事業」とは、大学と企業の共同研究を支える事業である。期間は3年間。"
    masked = mask_for_facts(text)
    assert subject_place(find_places(masked), nation_mentions(masked), japanese=True) == "JP"
    assert subject_place(find_places(masked), nation_mentions(masked)) is None


def test_a_share_of_the_nations_whole_is_the_parts() -> None:
    text = "東北の出荷額は全国の1割を占める。"
    assert [f.geography for f in facts_in_text(text)] == ["Tohoku"]


def test_a_measure_of_people_of_a_nationality_names_no_place() -> None:
    assert measure_place("日本人の博士号取得者数") is None
    assert measure_place("日本の博士号取得者数") == "JP"
