"""English measures read from the grammar of the sentence rather than its wording: a number
joined by a hyphen to a noun counts that noun's parts of the thing it describes, the subject of
an active verb is named with what it is doing, a clause before a colon is no key,
`respectively` pairs numbers with the items of a list, an amount of a holder's noun is the
holder's, a share reached with `to` is the subject's, and a change beside a counted object is a
change in that object.
Sentences written for these tests, parsed once as one document."""

from __future__ import annotations

import pytest

from pipelines.extracted.english.lead_labels import key_value_measure
from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures

_TEXT = (
    "The town council set up a 9-member panel to review the harbour plan. "
    "The ministry has approved a three-stage, regional loan scheme for small farms. "
    "Nearly 400 engineers are working on the new rail line this winter. "
    "Some 60 bakeries are taking part in the autumn fair. "
    "About 70 pupils are doing the cleaning at the school. "
    "Some 3,000 nurses serve in the county hospitals. "
    "Over 90 bakers joined the guild last year. "
    "About 25 shops closed in the spring. "
    "Each of the 7 ports receives nearly 600 million yen a year. "
    "Some 140 farms are training seasonal workers. "
    "The guild's 65 member shops employ about 1,100 people. "
    "Member towns, numbering 18, lie along the coast. "
    "Norway's share of Nordic fish exports fell to 37%. "
    "In the Kanto region, the steel sector (4 trillion yen), the paper sector (2 trillion yen), "
    "and the glass sector (1 trillion yen) account for 6.1%, 5.2%, and 3.3%, respectively, of "
    "the national total. "
    "Set beside whole nations, it would rank in 40th place. "
    "Roughly 8 billion yen will be allocated to rural clinics next spring. "
    "The island has a population of 42,000. "
    "Public spending on culture came to 1.4% of the budget. "
    "The museum drew 380,000 visitors in 2021, up 15% from 2020. "
    "There are 45 ferries to the outer islands each week. "
    "The ferry law took effect in 1994. "
    "Building of the bridge began in 1971 and finished in 1979. "
    "The fund has shifted to green loans since 2019. "
)


@pytest.fixture(scope="module")
def facts() -> dict[str, Fact]:
    found: list[Fact] = facts_in_text(_TEXT)
    parse_measures(_TEXT, [(0, len(_TEXT), found)])
    return {_TEXT[f.start : f.end]: f for f in found}


@pytest.fixture(scope="module")
def measures(facts: dict[str, Fact]) -> dict[str, str | None]:
    return {quote: f.measure for quote, f in facts.items()}


def test_hyphened_count_counts_parts_of_the_noun_it_describes(
    measures: dict[str, str | None],
) -> None:
    assert measures["9"] == "members of panel"
    assert measures["three-stage"] == "stages of regional loan scheme for small farms"


def test_subject_of_a_progressive_verb_is_named_with_what_it_is_doing(
    measures: dict[str, str | None],
) -> None:
    assert measures["400"] == "engineers working on new rail line"
    assert measures["60"] == "bakeries taking part in autumn fair"
    assert measures["70"] == "pupils doing cleaning"


def test_subject_of_an_active_verb_is_named_with_what_it_does(
    measures: dict[str, str | None],
) -> None:
    assert measures["3,000"] == "nurses serving in county hospitals"
    assert measures["90"] == "bakers joining guild"
    assert measures["25"] == "shops"  # a bare act says no more than the noun


def test_clause_before_a_colon_is_no_key_of_the_next_pair() -> None:
    line = "• the Three Core Aims are set: trade, training and transport • Budget: 20"
    at = line.index("Three")
    assert key_value_measure(line, at, at + len("Three"), "Core Aims set") == "Core Aims set"
    pairs = "Area: 154  Population: 410,000"
    at = pairs.index("154")
    assert key_value_measure(pairs, at, at + 3, "Population") == "Area"


def test_respectively_pairs_numbers_with_the_listed_nouns_not_the_verb_after_them(
    measures: dict[str, str | None],
) -> None:
    # the parse reads `account` as a noun; it says what the numbers are and is no list item
    assert measures["6.1%"] == "share of steel sector in national total"
    assert measures["3.3%"] == "share of glass sector in national total"


def test_rank_the_rules_name_nothing_of_is_still_a_rank(measures: dict[str, str | None]) -> None:
    assert measures["40th"] == "rank"


def test_money_as_subject_of_a_passive_spending_verb_is_what_the_verb_names_it(
    measures: dict[str, str | None],
) -> None:
    assert measures["8 billion yen"] == "allocation for rural clinics"


def test_amount_of_a_holders_noun_is_the_holders(measures: dict[str, str | None]) -> None:
    assert measures["42,000"] == "population of island"


def test_percentage_reached_with_to_is_the_subjects_share_of_the_whole(
    measures: dict[str, str | None],
) -> None:
    assert measures["1.4%"] == "Public spending on culture as share of budget"


def test_change_beside_a_counted_object_is_a_change_in_that_object(
    measures: dict[str, str | None],
) -> None:
    assert measures["15%"] == "increase in visitors"


def test_a_to_phrase_on_the_counted_noun_says_which(measures: dict[str, str | None]) -> None:
    assert measures["45"] == "ferries to outer islands"


def test_year_of_a_start_end_or_change_verb_dates_that_event(
    measures: dict[str, str | None],
) -> None:
    assert measures["1994"] == "entry into force of ferry law"
    assert measures["1971"].startswith("start of Building of")
    assert measures["1979"].startswith("completion of Building of")
    assert measures["2019"] == "shift of fund"  # since a year: the event, not `start of fund`


def test_money_a_quantified_subject_receives_is_funding_for_it(
    measures: dict[str, str | None],
) -> None:
    assert measures["600 million yen"] == "funding for ports"  # not by them, nor for `Each`


def test_what_a_counted_subject_does_leaves_its_unit_and_holding_alone(
    facts: dict[str, Fact],
) -> None:
    trained = facts["140"]
    assert (trained.measure, trained.unit) == ("farms training seasonal workers", "count")
    assert (facts["65"].measure, facts["65"].unit) == ("member shops", "count")


def test_number_the_parse_hangs_on_a_verb_of_counting_measures_its_subject(
    measures: dict[str, str | None],
) -> None:
    assert measures["18"] == "Member towns"


def test_a_share_keeps_whose_share_it_is(measures: dict[str, str | None]) -> None:
    assert measures["37%"] == "Norway's share of Nordic fish exports"
