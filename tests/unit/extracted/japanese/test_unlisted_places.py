"""Places a Japanese text names beyond the gazetteer's list, and places that are not the
number's: a city the dictionary knows (酒田市) by its reading, the half of the country 東日本
names, the one a rank is given to (2位に名古屋大学), the members of a list of cities (the
set's number is the place that holds them) and an organisation's seat in brackets. Texts
written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.document_context import subject_place
from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text, mask_for_facts
from pipelines.extracted.japanese.ja_places import find_places_ja
from pipelines.extracted.japanese.ja_romaji import romanise
from pipelines.extracted.numbers.places import find_places, names_the_nation, nation_mentions

_CITY = "酒田市の新年度予算案がまとまった。酒田の重点事業は3件で、総額は12億円である。"
_RANKS = "受入額は北海道大学が首位で、2位に名古屋大学、3位に広島大学が続いた。"
_SEAT = "団地には三和電機(本社・名古屋市)が3ヘクタールの区画を確保した。"
_LIST = "岩手県の事業には盛岡市、北上市、花巻市、奥州市、一関市、釜石市の6市から計30社が参加した。"


@pytest.fixture(scope="module")
def facts() -> dict[str, list[Fact]]:
    return {text: facts_in_text(text) for text in (_CITY, _RANKS, _LIST, _SEAT)}


def test_a_reading_in_romaji_as_places_are_written() -> None:
    assert romanise("トウキョウ") == "Tokyo"
    assert romanise("ハッチョウボリ") == "Hatchobori"
    assert romanise("ツルオカ") == "Tsuruoka"
    assert romanise("ABC") is None


def test_a_city_the_list_lacks_is_named_by_its_reading() -> None:
    found = [(name, code) for _, _, name, code, _ in find_places_ja(_CITY)]
    assert found == [("酒田市", "Sakata"), ("酒田", "Sakata")]


def test_a_city_the_list_lacks_is_what_its_document_is_about(facts: dict[str, list[Fact]]) -> None:
    masked = mask_for_facts(_CITY)
    assert subject_place(find_places(masked), nation_mentions(masked), japanese=True) == "Sakata"
    assert {f.geography for f in facts[_CITY]} == {"Sakata"}


def test_common_words_with_the_city_suffix_are_no_cities() -> None:
    assert find_places_ja("市場と都市と市町村の数を比べた。") == []


def test_east_japan_is_not_japan() -> None:
    assert find_places_ja("東日本大震災の後、西日本の企業も進出した。") == []


def test_a_rank_is_placed_where_the_ranked_one_is(facts: dict[str, list[Fact]]) -> None:
    ranks = {f.value: f.geography for f in facts[_RANKS]}
    assert ranks[2] == "Nagoya"
    assert ranks[3] == "JP-34"


def test_a_list_of_cities_leaves_its_set_the_prefectures(facts: dict[str, list[Fact]]) -> None:
    assert {f.geography for f in facts[_LIST]} == {"JP-03"}


def test_the_houses_of_the_diet_name_the_state() -> None:
    assert names_the_nation("衆議院議長に提出した質問主意書")


def test_the_bracket_giving_a_seat_glosses_the_organisation(facts: dict[str, list[Fact]]) -> None:
    assert [f.geography for f in facts[_SEAT]] == [None]
