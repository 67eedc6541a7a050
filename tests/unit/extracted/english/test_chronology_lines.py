"""A chronology's lines (`1970 Science Park Act enacted`): each line opening with a year is a
sentence of its own, the year is never read as part of the name ending the line before, and it
measures the event its line states. Lines written for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures
from pipelines.extracted.structure.sentences import sentences

CHRONOLOGY = (
    "Milestones\n"
    "1971 Harbour Research Park Act enacted\n"
    "1976 Relocation of 12 public laboratories completed\n"
    "1982 The Coastal Innovation Promotion Law enacted\n"
)


def _years(text: str) -> dict[int, str | None]:
    facts = facts_in_text(text)
    parse_measures(text, [(0, len(text), facts)])
    return {int(f.value): f.measure for f in facts if f.fact_type == "year"}


def test_each_line_of_a_chronology_is_a_sentence() -> None:
    got = [CHRONOLOGY[a:b] for a, b in sentences(CHRONOLOGY, 0, len(CHRONOLOGY))]
    assert "1971 Harbour Research Park Act enacted" in got
    assert "1982 The Coastal Innovation Promotion Law enacted" in got


def test_a_year_opening_a_line_is_no_part_of_the_word_before_it() -> None:
    years = _years(CHRONOLOGY)
    assert 1971 in years and 1982 in years


def test_a_year_measures_the_event_its_line_states() -> None:
    years = _years(CHRONOLOGY)
    assert years[1971] == "enactment of Harbour Research Park Act"
    assert years[1982] == "enactment of Coastal Innovation Promotion Law"


def test_a_year_inside_prose_wrapped_onto_a_line_keeps_its_sentence() -> None:
    text = "The park opened in\n1990 after a long delay. It grew fast."
    got = [text[a:b] for a, b in sentences(text, 0, len(text))]
    assert got[0] == "The park opened in\n1990 after a long delay."
