"""Years before 1800 (`794 AD`, `in 1587 and 1592`) are years, not counts."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def read(text: str) -> list[tuple[str, float, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in facts_in_text(text)]


def test_an_era_mark_makes_a_year() -> None:
    assert read("The temple was built in 710 AD.") == [("710 AD", 710.0, "year")]


def test_old_years_after_a_preposition_of_time() -> None:
    text = "The castle burned in 1587 and 1592 (rebuilt later)."
    assert [(v, u) for _, v, u in read(text)] == [(1587.0, "year"), (1592.0, "year")]


def test_a_count_before_a_noun_stays_a_count() -> None:
    assert read("The town had 1587 shops in 2015.")[0][1:] == (1587.0, "count")
