"""A fiscal year with no number to date, led by a preposition, dates its clause's event (`until
FY2019`, `In FY 2008 a fund was set up`); a year glued to its month or `FY` (`March2003`), as
PDF text comes, is read as if a blank stood before it; and a bulleted infobox row of any label
glued to its value (`• Urban area412.5 km2`) is read as its value."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


def years(text: str) -> list[float]:
    return [f.value for f in facts_in_text(text) if f.unit == "year"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In FY 2008 a regional fund was set up by the ministry.", [2008.0]),
        ("The grants were paid until FY2019, when the scheme closed.", [2019.0]),
        ("Subsidies for rural clinics (since FY 2004)", [2004.0]),
        # a bare fiscal year labels a heading; one beside an amount is the amount's period
        ("FY 2015 Budget Request", []),
        ("In FY 2011 the budget was 3.5 billion yen.", []),
    ],
)
def test_a_fiscal_year_alone_after_a_preposition_is_an_event_year(
    text: str, found: list[float]
) -> None:
    assert years(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The charter was signed by the governor in March2003.", [2003.0]),
        ("The pilot ran in the hill towns until FY2017.", [2017.0]),
        # a code glued to its digits stays a code
        ("The partners met under WP2014 and Horizon2020 rules.", []),
    ],
)
def test_a_year_glued_to_its_month_or_fiscal_mark(text: str, found: list[float]) -> None:
    assert years(text) == found


def test_a_bulleted_infobox_row_glued_to_its_value() -> None:
    text = "Area\n • Urban area412.5 km2 (159.3 sq mi)\n • Ward office4410 North Gate\n"
    facts = facts_in_text(text)
    assert [(f.value, f.unit) for f in facts] == [(412.5, "km2")]
