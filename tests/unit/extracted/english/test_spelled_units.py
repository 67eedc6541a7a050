"""Spelled numbers with a scale or a unit word after them read as digits would be: `three
thousand years` is 3000 years, `twelve percent` a percent, `four hours` hours."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def read(text: str) -> list[tuple[str, float, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in facts_in_text(text)]


def test_a_scale_word_multiplies_a_spelled_number() -> None:
    assert read("For three thousand years the harbour traded with the mainland.") == [
        ("three thousand years", 3000.0, "years")
    ]
    assert ("five million", 5e6, "people") in read("The prefecture has five million residents.")


def test_a_unit_word_after_a_spelled_number_gives_its_unit() -> None:
    assert read("Roughly twelve percent of the members are startups.")[0][1:] == (12.0, "percent")
    assert read("The airport is four hours away by train.")[0][1:] == (4.0, "hours")
    assert read("A course of nine months is offered.")[0][1:] == (9.0, "duration")


def test_one_day_is_an_idiom_not_a_span() -> None:
    assert read("One day the valley will host a campus.") == []
