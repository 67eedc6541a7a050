"""The document's subject place from its address where the text leaves two places close, and
Japan for an English sentence naming the state in a page about one of its places. Texts
written for these tests."""

from __future__ import annotations

from pipelines.extracted.document_context import fill_from_document, subject_place
from pipelines.extracted.fact import Fact
from pipelines.extracted.numbers.places import find_places

_TEXT = (
    "Tsukuba grew fast. Labs moved to Tsukuba from Tokyo, and Tsukuba now hosts them. "
    "Tokyo stayed the capital."
)


def test_the_address_names_what_a_page_of_two_close_places_is_about() -> None:
    places = find_places(_TEXT)
    assert subject_place(places, address="https://example.org/city/tsukuba/intro.html") == (
        "Tsukuba"
    )
    assert subject_place(places) == "JP"  # no address: several places of Japan, none leading


def test_an_address_naming_neither_changes_nothing() -> None:
    assert subject_place(find_places(_TEXT), address="https://example.org/a/b.html") == "JP"


def test_the_state_acting_in_a_page_about_a_city_is_japans() -> None:
    fact = Fact(value=2001, unit="year", start=0, end=4, fact_type="year")
    fact.sentence = "A Cabinet Decision in 2001 set up the plan."
    assert fill_from_document(fact, [], "Sendai") == "document"
    assert fact.geography == "JP"
    local = Fact(value=40, unit="count", start=0, end=2)
    local.sentence = "About 40 firms joined."
    fill_from_document(local, [], "Sendai")
    assert local.geography == "Sendai"


def test_japan_named_often_is_no_rival_to_the_city_it_holds() -> None:
    text = (
        "Sendai is a port. Sendai hosts labs. Firms came to Sendai from across Japan. "
        "Japan funds Sendai's labs, and Japan's ministries praise Sendai."
    )
    assert subject_place(find_places(text)) == "Sendai"


def test_a_foreign_country_named_often_still_rivals_the_city() -> None:
    text = "Sendai hosts labs. Sendai is a port. Germany sends firms, and Germany funds a lab."
    assert subject_place(find_places(text)) is None
