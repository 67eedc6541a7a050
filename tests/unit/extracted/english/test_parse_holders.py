"""Measures read from the parse for amounts whose own noun says little: a count of people a
place is home to or an employer employs, a price paid for what was built, a duration owned by
the noun it measures, and an amount converted in parentheses. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text, mask_for_facts
from pipelines.extracted.parse_route import parse_measures


def _measure_of(sentence: str, value: float) -> str | None:
    """The measure the parse gives the sentence's number of this value."""
    facts = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return next(f.measure for f in facts if f.value == value)


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        ("The valley is home to 2.4 million people and 30 colleges.", 2400000.0, "population of valley"),
        ("The shipyard employs 4,100 people at two docks.", 4100.0, "employees of shipyard"),
        ("It employs 800 people.", 800.0, "employees"),
        ("The depot was rebuilt and completed for 3 billion yen.", 3000000000.0, "cost of depot"),
        ("In a hall constructed last year for some 2.1 billion yen, staff train.", 2100000000.0,
         "cost of hall"),
        ("The museum was built in 2009 for 900 million yen.", 900000000.0, "cost of museum"),
        ("The council fixed a 4 years' term for the pilot.", 4.0, "term"),
        ("The fund adds an extra ¥ 9 trillion ($ 81 billion) public investment over 3 years.",
         81000000000.0, "public investment"),
        ("The tower was built for 6 billion yen ($55 million).", 55000000.0, "cost of tower"),
    ],
)  # fmt: skip
def test_what_an_amount_measures(sentence: str, value: float, measure: str) -> None:
    assert _measure_of(sentence, value) == measure


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # an amount a verb changes its object by is the change of that object, not the doer's
        ("Members of the scheme raised their output by 6.2% a year.", 6.2, "increase in output"),
        ("The firm increased its exports by 5%.", 5.0, "increase in exports"),
        # a pronoun never names the event a year dates
        ("It was established in 1970.", 1970.0, "establishment"),
    ],
)
def test_a_change_by_an_amount_and_an_event_of_a_pronoun(
    sentence: str, value: float, measure: str
) -> None:
    assert _measure_of(sentence, value) == measure


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # nouns joined to the counted one with no number of their own share its number
        ("The valley has 42 mills and workshops.", 42.0, "mills and workshops of valley"),
        ("The valley has 40 mills and 20 workshops.", 40.0, "mills of valley"),
    ],
)
def test_nouns_sharing_a_count(sentence: str, value: float, measure: str) -> None:
    assert _measure_of(sentence, value) == measure


def test_an_ordinal_masked_in_a_name_leaves_no_ending_behind() -> None:
    # the parse reads the masked text, where the ordinal's digits of a name are blanked
    masked = mask_for_facts("The budget of the 3rd Harbour Plan was 6 billion yen.")
    facts = facts_in_text(masked)
    parse_measures(masked, [(0, len(masked), facts)])
    assert [f.measure for f in facts] == ["budget of Harbour Plan"]
