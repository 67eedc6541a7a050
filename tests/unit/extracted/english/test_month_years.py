"""A year after its month is a date of the sentence's event, however the comma between them is
typed (`by June,1975`, `by June, 1975`), and on a line of commas too: no cited work's year.
Texts written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


@pytest.mark.parametrize(
    "text",
    [
        "The new harbour, its piers, sheds, etc. was finished by June,1975.",
        "The new harbour, its piers, sheds, etc. was finished by June, 1975.",
        "The new harbour was finished by June,1975 and opened soon after.",
    ],
)
def test_a_year_after_its_month_dates_the_event(text: str) -> None:
    years = [(f.value, f.measure) for f in facts_in_text(text) if f.unit == "year"]
    assert len(years) == 1 and years[0][0] == 1975.0
    assert "cited" not in str(years[0][1])


def test_a_cited_works_year_after_a_comma_stays_a_citation() -> None:
    years = [f.measure for f in facts_in_text("Harbour Plans of Ports, Tokyo, 1975.")]
    assert years in ([], ["publication year of a cited work"])


def test_a_year_an_event_was_done_by_is_a_fact_and_the_period_of_the_count() -> None:
    facts = facts_in_text("The building of some thirty labs was mostly completed by June,1975.")
    assert sorted((f.value, f.unit, f.period_start) for f in facts) == [
        (30.0, "count", 1975),
        (1975.0, "year", 1975),
    ]
