"""A year opening its sentence dates the event of the clause after it, even when the sentence
has other numbers the year dates too, or the event is in the future or after `when`."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def years(text: str) -> list[float]:
    return [f.value for f in facts_in_text(text) if f.unit == "year"]


def test_for_fiscal_year_then_a_future_event() -> None:
    text = "For fiscal 2014, the agency will launch a plan for the coast."
    assert years(text) == [2014.0]


def test_fronted_year_with_a_far_number_or_an_ordinal_later() -> None:
    text = "In 2004, Niigata was devastated by floods that caused losses of 300 billion yen."
    assert years(text) == [2004.0]
    text = "In June 2009, the governor pledged that the city would hold its 50th festival."
    assert years(text) == [2009.0]


def test_year_then_when_clause() -> None:
    text = "Just 40 firms took part in 1991, when the scheme started, and 900 in 2001."
    assert 1991.0 in years(text)


def test_a_year_that_only_dates_an_object_number_stays_a_period() -> None:
    assert years("In 2016, the board approved 14 grants.") == []
