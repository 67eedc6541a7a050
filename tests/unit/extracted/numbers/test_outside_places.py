"""A place after `outside` is where a figure's things are not: it is no place of the figure's.
Texts written for these tests."""

from __future__ import annotations

from pipelines.extracted.numbers.places import find_places, without_comparands


def _kept(text: str) -> list[str]:
    return [p.name for p in without_comparands(text, find_places(text))]


def test_a_place_after_outside_is_not_the_figures() -> None:
    assert _kept("Some 40% of the nurses were hired from outside Japan.") == []
    assert _kept("Two plants lie outside of Osaka.") == []


def test_a_place_the_figure_is_in_stays() -> None:
    assert _kept("Some 40% of the nurses in Osaka were hired abroad.") == ["Osaka"]
