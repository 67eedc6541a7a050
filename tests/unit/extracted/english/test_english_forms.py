"""English forms of numbers that real web texts use: counts in parentheses after names, spans of
years in parentheses, exchange rates with `=`, counts before a passive verb, scale suffixes,
spaced thousands, hyphenated durations, spelled ranges and ratios."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


def read(text: str) -> list[tuple[str, float, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in facts_in_text(text)]


def test_counts_in_parentheses_after_names() -> None:
    text = "The clusters lie in Hokkaido (2), Tohoku (5), Chubu (4) and Kyushu (3)."
    facts = facts_in_text(text)
    assert [(f.value, f.unit, f.subject, f.geography) for f in facts] == [
        (2, "count", "Hokkaido", "JP-01"),
        (5, "count", "Tohoku", "Tohoku"),
        (4, "count", "Chubu", "Chubu"),
        (3, "count", "Kyushu", "Kyushu"),
    ]
    # a name with its other name in square brackets keeps its count
    facts = facts_in_text("The offices: Tohoku (2), Kinki [Kansai] (6), Kyushu (1).")
    assert [(f.value, f.subject) for f in facts] == [(2, "Tohoku"), (6, "Kinki"), (1, "Kyushu")]
    # a slide numbered `(1)` and a list of aims are not counts
    assert read("Performance of INS (1)") == []
    assert read("The aims are (1) to raise output and (2) to link firms.") == []


def test_a_span_of_years_in_parentheses_after_a_label() -> None:
    facts = facts_in_text("Stage 3 (2011-2015) aimed at self-sustaining growth.")
    assert [(f.value_low, f.value_high, f.unit) for f in facts] == [(2011, 2015, "year")]
    assert facts[0].subject is not None and facts[0].subject.startswith("Stage 3")


@pytest.mark.parametrize(
    "text",
    [
        "At the time the rate was US$1=120yen.",
        "The budget assumed 1 USD = 120 JPY.",
        "It was 120 yen to the dollar.",
    ],  # fmt: skip
)
def test_exchange_rates(text: str) -> None:
    (fact,) = facts_in_text(text)
    assert (fact.value, fact.unit, fact.fact_type) == (120, "yen_per_usd", "rate")


def test_counts_before_a_passive_verb() -> None:
    facts = facts_in_text("In 2002, 12 regions were selected and 26 were chosen later.")
    assert [(f.value, f.subject, f.period_start) for f in facts] == [
        (12, "regions", 2002),
        (26, None, 2002),  # no noun says what 26 counts: null, not `chosen later`
    ]
    assert [(f.value, f.subject) for f in facts_in_text("Twelve were selected.")] == [(12, None)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The market is worth $3.5T.", 3.5e12, "USD"),
        ("The fund holds €20M.", 2e7, "EUR"),
        ("The grant was 0.8k in all.", 800, "count"),
        ("About 25 000 people work there.", 25_000, "people"),
        ("About 1\u202f250\u202f000 people live there.", 1_250_000, "count"),
        ("It is a three-year programme.", 3, "years"),
        ("It is a 5-year programme.", 5, "years"),
        ("Tohoku received twice as much funding.", 2, "ratio"),
        ("Kyushu had three times the number of grants.", 3, "ratio"),
        ("Sales grew 4 times over the decade.", 4, "ratio"),
    ],
)
def test_scale_suffixes_spaced_thousands_durations_and_ratios(
    text: str, value: float, unit: str
) -> None:
    ((_, got, got_unit),) = read(text)
    assert (got, got_unit) == (pytest.approx(value), unit)


def test_spelled_ranges_and_what_is_not_a_quantity() -> None:
    (fact,) = facts_in_text("Support lasts two to four years.")
    assert (fact.value_low, fact.value_high, fact.unit, fact.fact_type) == (2, 4, "years", "range")
    assert read("The cargo weighs 5 t.") == []  # tonnes or trillions: no currency, no fact
    # a year that dates a plan is not the period of the plan's length
    facts = facts_in_text("The ministry launched a five-year plan in 2014.")
    assert sorted(f.unit for f in facts) == ["year", "years"]


@pytest.mark.parametrize(
    ("text", "unit", "measure"),
    [
        # a number after a verb of rank is a place in a ranking, with what it ranks in
        ("In the survey of 2019, Portugal ranked only number 9 in terms of digital skills.",
         "rank", "rank in digital skills"),
        ("Among the towns, Oulu ranked 4 for air quality.", "rank", None),
        # a change of places is no place
        ("In the new table, Finland ranked 2 places higher.", "count", None),
    ],
)  # fmt: skip
def test_a_number_after_a_verb_of_rank_is_a_rank(text: str, unit: str, measure: str | None) -> None:
    facts = [f for f in facts_in_text(text) if f.unit != "year"]
    assert len(facts) == 1 and facts[0].unit == unit
    assert measure is None or facts[0].measure == measure


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The town set up a three-tier grant scheme.", [("three-tier", 3.0, "count")]),
        ("A six-member board runs the fund.", [("six-member", 6.0, "count")]),
        # a fraction, a manner, a grade, a shape and one-off idioms count nothing
        ("Two-thirds of firms use a two-way link and a one-stop desk.", []),
        ("It is a five-star hotel with a three-dimensional map.", []),
    ],
)
def test_a_spelled_number_joined_to_a_noun_counts_it(
    text: str, found: list[tuple[str, float, str]]
) -> None:
    assert read(text) == found
