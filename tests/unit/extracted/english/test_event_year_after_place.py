"""A year is the date of its own event, as well as the period of the other numbers of its
sentence, when a place stands between the event verb and the year (`was set up in Kobe,
Hyogo Prefecture in 1962 by four firms`) or the event's noun is followed by the name it is of
(`enactment of the Harbour Renewal Act in 1994`)."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


def years(text: str) -> list[float]:
    return [f.value for f in facts_in_text(text) if f.unit == "year"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The lab was set up in Kobe, Hyogo Prefecture in 1962 by four firms.", [1962.0]),
        ("The mill, founded in Sendai in 1911, has 40 looms today.", [1911.0]),
        ("Since enactment of the Harbour Renewal Act in 1994, 25 piers were rebuilt.", [1994.0]),
        # a number between the verb and the year: the year dates that number only
        ("The board approved 12 grants in Nara in 2011.", []),
        # no determiner and no name after the noun: `job creation in 2011` is no event
        ("Job creation in 2011 reached 300 posts.", []),
    ],
)
def test_a_year_after_a_place_or_a_named_event_dates_its_event(
    text: str, found: list[float]
) -> None:
    assert years(text) == found
