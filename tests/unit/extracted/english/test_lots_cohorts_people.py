"""A lot number before a town (`27 Hama-cho`) is an address; an ordinal before an intake of
students (`the 4th cohort`) numbers it and ranks nothing; people counted under another name
(`coordinators`, `engineers seconded by`) are people."""

from __future__ import annotations

from pipelines.extracted.english.number_facts import count_people
from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text


def read(text: str) -> list[tuple[str, float, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in facts_in_text(text)]


def test_one_lot_number_before_a_town_is_an_address() -> None:
    assert read("Its office is at 27 Hama-cho, Naka Ward, Nagoya City.") == []


def test_an_ordinal_before_a_class_of_students_is_no_rank() -> None:
    facts = read("In May, the 4th cohort of 18 students began the course.")
    assert all(unit != "rank" for _, _, unit in facts)


def test_people_counted_as_coordinators_or_with_a_participle() -> None:
    assert read("The office has 12 coordinators who help firms.")[0][1:] == (12.0, "people")
    # the measure a parse gives, its head noun before a participle: `Engineers`
    fact = Fact(value=30.0, unit="count", start=0, end=2, measure="Engineers seconded by firms")
    count_people([fact])
    assert fact.unit == "people"
