"""The period an English sentence gives its numbers, by how the years are said. Texts
written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


@pytest.mark.parametrize(
    "text",
    [
        "The study follows the programme between 1998 and 2012 in the north.",
        "The study follows the programme between 1998 (its first call) and 2012 in the north.",
    ],
)
def test_each_end_of_a_span_of_years_has_the_span_as_its_period(text: str) -> None:
    years = [f for f in facts_in_text(text) if f.unit == "year"]
    assert [(f.value, f.period_start, f.period_end) for f in years] == [
        (1998.0, 1998, 2012),
        (2012.0, 1998, 2012),
    ]


def test_an_aside_between_the_ends_of_a_span_still_makes_it_the_numbers_period() -> None:
    (fact,) = facts_in_text("Between 1998 (when it began) and 2012, exports rose 40%.")
    assert (fact.period_start, fact.period_end) == (1998, 2012)


def test_two_years_of_two_events_are_each_their_own() -> None:
    years = facts_in_text("The office opened in 1998 and closed in 2012.")
    assert [(f.period_start, f.period_end) for f in years] == [(1998, 1998), (2012, 2012)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Patents rose from 1996 to 2008. Licences tripled during the period.", (1996, 2008)),
        ("Patents rose from 1996 to 2008. Licences grew 12% over that period.", (1996, 2008)),
        ("Patents rose from 1996 to 2008. Licences grew 12% last year.", (None, None)),
        # only the sentence right before: a sentence between breaks the reference
        (
            "Patents rose from 1996 to 2008. Staff fell. Licences grew 12% in the period.",
            (None, None),
        ),
    ],
)
def test_the_period_named_back_is_the_span_of_the_sentence_before(
    text: str, period: tuple[int | None, int | None]
) -> None:
    fact = facts_in_text(text)[-1]
    assert (fact.period_start, fact.period_end) == period


def _parsed(sentence: str) -> dict[str, tuple[int | None, int | None]]:
    facts = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return {sentence[f.start : f.end]: (f.period_start, f.period_end) for f in facts}


@pytest.mark.parametrize(
    ("sentence", "number", "period"),
    [
        ("The port is 30 minutes from the airport by the tram, which was built in 1996.",
         "30 minutes", (None, None)),
        ("The bridge that was finished in 1996 carries 8,000 cars a day.", "8,000", (None, None)),
        # the clause is about the number's own noun: its year dates the number
        ("Sales reached 12 billion yen, which was a record in 1996.", "12 billion yen",
         (1996, 1996)),
        ("In 1996 the tram carried 8,000 people.", "8,000", (1996, 1996)),
    ],
)  # fmt: skip
def test_a_year_in_a_clause_about_another_noun_does_not_date_the_number(
    sentence: str, number: str, period: tuple[int | None, int | None]
) -> None:
    assert _parsed(sentence)[number] == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Looking at 2019 hotel revenue, Nara ranked third with ¥40 billion.", (2019, 2019)),
        ("The 2019 census counted 1.3 million residents.", (2019, 2019)),
        ("Its 2019 budget was ¥4 billion.", (2019, 2019)),
        ("The 1998 firms employ 300 staff.", (None, None)),  # a count of firms, not a year
        ("Horizon 2020 grants paid 3 million euros.", (None, None)),  # a name's year
    ],
)
def test_a_year_before_the_noun_it_dates_is_the_period_of_the_sentence(
    text: str, period: tuple[int | None, int | None]
) -> None:
    fact = facts_in_text(text)[-1]
    assert (fact.period_start, fact.period_end) == period


def test_a_year_that_only_dates_a_noun_beside_a_number_is_no_fact_of_its_own() -> None:
    facts = facts_in_text("The 2019 census counted 1.3 million residents.")
    assert [f.unit for f in facts] == ["people"]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("The scheme ran from FY2006 to FY2010 with ¥2 billion.", (2006, 2010)),
        ("Scheme term: FY2006 - FY2010, budget ¥2 billion", (2006, 2010)),
        ("The budget for FY2006-FY2010 was ¥2 billion.", (2006, 2010)),
    ],
)
def test_a_span_of_fiscal_years_is_the_period_of_the_numbers(
    text: str, period: tuple[int, int]
) -> None:
    fact = facts_in_text(text)[-1]
    assert (fact.period_start, fact.period_end) == period


def test_years_listed_with_respectively_date_their_numbers_in_turn() -> None:
    text = "Grants in 2016, 2017 and 2018 were 12, 15 and 19, respectively."
    facts = [f for f in facts_in_text(text) if f.unit != "year"]
    assert [(f.value, f.period_start, f.period_end) for f in facts] == [
        (12.0, 2016, 2016),
        (15.0, 2017, 2017),
        (19.0, 2018, 2018),
    ]


def test_years_listed_without_respectively_stay_one_span() -> None:
    (fact,) = facts_in_text("Grants in 2016 and 2017 came to ¥4 billion in all.")
    assert (fact.period_start, fact.period_end) == (2016, 2017)


def test_a_year_before_an_events_noun_is_that_events_own_year() -> None:
    text = "The 1987 decision to found a park at Kakogawa, some 40 km west of Kobe, was bold."
    facts = facts_in_text(text)
    assert [(f.unit, f.period_start) for f in facts] == [("year", 1987), ("km", None)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The charter (adopted by the Cabinet in June 2004) names 7 fields.", 2004),
        ("Two years have passed since the ministry launched the scheme in 2009.", 2009),
        ("The council, set up by three towns in 1996, now counts 40 members.", 1996),
    ],
)
def test_a_year_after_an_event_verb_and_its_agent_or_object_dates_that_event(
    text: str, year: int
) -> None:
    years = [f for f in facts_in_text(text) if f.unit == "year"]
    assert [f.value for f in years] == [year]


def test_an_object_with_a_number_is_no_event_object() -> None:
    facts = facts_in_text("The agency approved 12 grants in 2011.")
    assert [(f.value, f.unit, f.period_start) for f in facts] == [(12, "count", 2011)]


@pytest.mark.parametrize(
    "text",
    [
        "2012 grant total: 4 billion yen (2011 total: 3.5 billion yen)",
        "Sales in 2012 reached 80 million euros (2011: 70 million euros).",
    ],
)
def test_the_year_before_in_brackets_dates_its_own_figure_not_this_years(text: str) -> None:
    facts = facts_in_text(text)
    assert [f.period_start for f in facts] == [2012, 2011]  # 2012 is no fact of its own


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a fiscal year something starts from is that start's date, a fact of its own
        ("The bureau has run 9 offices (as of fiscal 2016) in its scheme starting from fiscal 2004.",
         [2004.0]),
        ("The scheme moved to its second stage (since fiscal 2012), so towns pay more.", [2012.0]),
        # a fiscal year that dates an amount or a change is its period only
        ("The budget in FY 2011 was 3 billion yen.", []),
        ("Visitors grew 5% since fiscal 2012.", []),
    ],
)  # fmt: skip
def test_a_fiscal_year_that_starts_something_is_a_fact(text: str, years: list[float]) -> None:
    assert [f.value for f in facts_in_text(text) if f.unit == "year"] == years


def test_a_numbered_phases_span_is_its_term_and_the_period_of_its_counts() -> None:
    text = "Phase 2 (2008-2012), Growth Phase: the 15 networks merged into 11."
    facts = facts_in_text(text)
    assert [(f.value, f.value_high) for f in facts if f.unit == "year"] == [(2008.0, 2012.0)]
    assert {f.value: f.period_end for f in facts if f.unit == "count"} == {15.0: 2012, 11.0: 2012}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The valley has run a free port since 2015, with rents 30% lower.", "30%"),
        ("Our town, a tourist hub since 2009, draws 40,000 visitors a year.", "40,000"),
    ],
)
def test_a_state_since_a_year_dates_no_other_number_of_its_sentence(text: str, quote: str) -> None:
    """`since` a year opens a span that runs to now: the figures said beside it hold now."""
    (fact,) = [f for f in facts_in_text(text) if text[f.start : f.end].startswith(quote)]
    assert (fact.period_start, fact.period_end) == (None, None)
    years = [f for f in facts_in_text(text) if f.unit == "year"]
    assert [(f.period_start, f.period_end) for f in years] == [(years[0].value,) * 2]


def test_a_since_year_in_the_numbers_own_phrase_opens_its_period() -> None:
    text = "The lab has run since 2014 a test site (the largest in the region) with 30 staff."
    (staff,) = [f for f in facts_in_text(text) if f.value == 30]
    assert (staff.period_start, staff.period_end) == (2014, None)
