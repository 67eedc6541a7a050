"""The place of a Japanese number: the one named in what the parse says it measures, inside an
organisation's name too, or Japan for a nationwide measure (a share of the nation keeps its
part's place: tests/labels/facts_ja.yaml). Sentences written for these tests."""

from __future__ import annotations

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _places(sentence: str) -> dict[str, str | None]:
    facts: list[Fact] = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return {sentence[f.start : f.end]: f.geography for f in facts}


def test_the_place_in_what_a_number_measures_is_its_place_inside_a_name_too() -> None:
    assert _places("京都大学の研究者数は約3,000人である。")["3,000人"] == "JP-26"


def test_a_nationwide_measure_is_japan_whatever_places_it_lists() -> None:
    assert _places("札幌や仙台など全国12地域を選定した。")["12地域"] == "JP"


def test_an_event_is_placed_where_its_sentence_says_whoever_decided_it() -> None:
    # 閣議 names the nation's state, but the decision is about the place the sentence names,
    # and 宮城県仙台地区 names the city inside its prefecture
    assert _places("平成3年5月の閣議で宮城県仙台地区と決定された。")["平成3年"] == "Sendai"


def test_an_event_with_no_place_of_its_own_stays_the_nations() -> None:
    assert _places("平成5年に閣議決定が行われた。")["平成5年"] == "JP"
