"""`the 9th year of` counts years, as `its 9th anniversary` does: no rank."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def test_an_ordinal_year_counts_years() -> None:
    text = "The festival enters the 9th year of its run this spring."
    assert [(f.value, f.unit) for f in facts_in_text(text)] == [(9.0, "years")]
