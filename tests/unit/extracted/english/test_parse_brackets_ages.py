"""An amount converted in square brackets, an age said with `old`, and a share `of which`, read
from the parse (parse_siblings.py) on sentences written for these tests."""

from __future__ import annotations

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _read(sentence: str) -> list[Fact]:
    facts = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return facts


def test_a_conversion_in_square_brackets_measures_what_it_converts() -> None:
    said = "Outlays on the new harbour are expected to reach about 800 billion yen [$6 billion]."
    yen, dollars = _read(said)
    assert dollars.unit == "USD"
    assert dollars.measure == yen.measure == "Outlays on new harbour"


def test_a_span_followed_by_old_is_an_age() -> None:
    low, high = _read("The club admits pupils from 4 months old up to nine years old.")
    assert (low.measure, high.measure) == ("age", "age")


def test_a_share_of_which_is_a_share_of_the_amount_before_it() -> None:
    total, half = _read(
        "Outlays on the new harbour reached 800 billion yen, about half of which was paid by the state."
    )
    assert half.measure == f"share of {total.measure}"
