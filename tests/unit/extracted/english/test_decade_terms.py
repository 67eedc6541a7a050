"""A term in brackets spanning decades (`(1960s to early 1980s)`, `(since late 2000s)`) is a span
of years of its own, valued at its first decade's first year; a decade in running prose only
dates what its sentence says and stays no fact."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def years(text: str) -> list[tuple[float, float | None, float | None]]:
    return [(f.value, f.value_low, f.value_high) for f in facts_in_text(text) if f.unit == "year"]


def test_a_term_of_decades_in_brackets_after_a_heading() -> None:
    text = "Dispersal of plants to rural towns (1960s to early 1980s)\n"
    assert years(text) == [(1960.0, 1960.0, 1980.0)]


def test_a_term_since_a_decade_in_brackets() -> None:
    assert years("Aid to start-ups in provincial cities (since late 2000s)\n") == [
        (2000.0, None, None)
    ]


def test_a_decade_in_prose_or_beside_a_number_is_no_fact() -> None:
    assert years("Farm output shrank in the 1980s across the north.") == []
    assert years("The 1970s boom ended when oil prices rose.") == []
    assert years("Ports (1990s) handled 12% more freight.") == []
