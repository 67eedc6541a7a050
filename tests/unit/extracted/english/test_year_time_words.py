"""A year after the lower-case time word it modifies (`by autumn 2027`) dates the verb's event,
not the time word (parse_events.py), and the parse names the event where the rules gave only
that word (parse_route.py). Sentences written for these tests."""

from __future__ import annotations

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _years(sentence: str) -> list[str | None]:
    facts: list[Fact] = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return [f.measure for f in facts if f.fact_type == "year"]


def test_a_season_before_a_year_is_a_time_not_the_event() -> None:
    got = _years("The new bridge is expected to be finished by autumn 2027.")
    assert got and got[0] is not None and "bridge" in got[0]


def test_a_year_before_its_noun_dates_the_noun() -> None:
    got = _years("Towns rebuilt after the 1995 flood with help from the state.")
    assert got and got[0] is not None and "flood" in got[0]
