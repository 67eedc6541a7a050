"""A currency's sign is no place: `US$40 million` names a dollar, not where the money is.
Texts written for this test."""

from __future__ import annotations

from pipelines.extracted.numbers.places import find_places


def test_a_dollar_sign_after_a_country_code_is_no_place() -> None:
    text = "The plant cost JPY5 trillion (US$40 billion) in Kumamoto."
    assert [p.code for p in find_places(text)] == ["Kumamoto"]


def test_the_country_itself_is_still_a_place() -> None:
    assert [p.code for p in find_places("Exports to the US rose.")] == ["US"]
