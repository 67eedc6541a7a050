"""A short counted subject named with the act a passive verb says was done to it, as a
researcher names such a count (`14 sites have been selected`: sites selected); an object keeps
its own name. Sentences written for these tests."""

from __future__ import annotations

from benchmarks.scoring import quote_measures


def _measures(text: str) -> dict[str, str | None]:
    return quote_measures(text)


def test_a_counted_subject_of_a_passive_verb_is_named_with_it() -> None:
    assert _measures("So far 14 sites have been selected for the pilot.")["14"] == "sites selected"


def test_a_counted_object_keeps_its_own_name() -> None:
    assert _measures("The agency funded 23 consortia last year.")["23"] == "consortia"


def test_a_counted_object_of_a_selection_is_named_with_it() -> None:
    got = _measures("The ministry designated 9 priority zones where small firms gather.")
    assert got["9"] == "priority zones designated"
