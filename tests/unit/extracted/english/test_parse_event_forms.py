"""Measures the parse names from the form of a sentence around its number: money moved by a
verb in any tense, the event a year dates through the point of it (`by the end of 2026`), a
time after or before an event, the age an anniversary counts, a year an act of choosing dates,
the sum a `totaling` clause gives, the subject `as a whole` is said of, and a conversion in
brackets after a hedge (`(approx. $5 million)`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _measures(sentence: str) -> list[tuple[float, str | None]]:
    facts = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return [(f.value, f.measure) for f in facts]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # a money verb in the progressive names the money as its past tense does
        ("The prefecture is investing 3 billion yen in a new research park.",
         "investment by prefecture"),
        ("Local firms are spending 40 million yen on joint research.", "spending by Local firms"),
    ],
)  # fmt: skip
def test_money_verb_in_any_form(sentence: str, measure: str) -> None:
    assert _measures(sentence)[0][1] == measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # the year of a point (`the end of`): the event is what happens by then
        ("The new plant is scheduled to commence mass production by the end of 2026.",
         "start of mass production"),
        ("The second tower is expected to open at the beginning of 2031.", "opening of tower"),
        ("The old laboratory closed at the end of 2019.", "closure of old laboratory"),
    ],
)  # fmt: skip
def test_year_of_a_point_in_time_dates_the_event(sentence: str, measure: str) -> None:
    assert _measures(sentence)[0][1] == measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("The centre opened three years after the earthquake.", "time after earthquake"),
        ("The agency was set up two years before the Olympics.", "time before Olympics"),
        ("The science park, opened five years after the merger of the towns, hosts many firms.",
         "time after merger of towns"),
    ],
)  # fmt: skip
def test_time_after_or_before_an_event(sentence: str, measure: str) -> None:
    assert _measures(sentence)[0][1] == measure


def test_a_span_with_no_event_keeps_its_duration() -> None:
    assert _measures("The plant operated for 12 years.")[0][1] == "duration of plant"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("The science park, which celebrates its 30th anniversary this year, hosts 40 firms.",
         "age of science park"),
        ("The city's 100th anniversary was marked with a parade.", "age of city"),
    ],
)  # fmt: skip
def test_anniversary_is_the_age_of_its_holder(sentence: str, measure: str) -> None:
    assert _measures(sentence)[0][1] == measure


def test_year_a_choice_dates_is_a_selection() -> None:
    assert _measures("The town was chosen in 2014 as the site of the new centre.")[0][1] == (
        "selection of town"
    )


def test_a_totaling_clause_sums_the_object_before_it() -> None:
    measures = _measures("The city received 120 applications, totaling 3 billion yen.")
    assert measures[1] == (3e9, "applications")


def test_as_a_whole_is_no_subject() -> None:
    sentence = (
        "The GDP of the island, which includes the city, as a whole amounts to 400 billion dollars."
    )
    assert _measures(sentence)[0][1] == "GDP of island"


def test_a_hedged_conversion_in_brackets_measures_what_its_amount_does() -> None:
    sentence = (
        "Of the 40 grants, 25 have reported their budgets, totaling JPY3.2 trillion "
        "(approx. US$21.5 billion)."
    )
    assert _measures(sentence)[-1] == (21.5e9, "budgets")
