"""Two numbers written with one unit: alternatives (`2 or 3 years`, `5 or 10 million yen`,
`3又は5年間`, `1又は2億円`), where the first has the second's unit and scale, and a range of a
duration (`3 to 5 years`), which is in years, not a count (issue "Facts from documents nobody
wrote for us", point 3). Texts written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Grants run for 2 or 3 years.", 2.0, "years"),
        ("The fund gives 5 or 10 million yen to each firm.", 5e6, "JPY"),
        ("It costs $3 or $5 million.", 3e6, "USD"),
        ("期間は3又は5年間とする。", 3.0, "years"),
        ("支援額は1又は2億円である。", 1e8, "JPY"),
    ],
)
def test_the_first_of_two_alternatives_has_the_unit_written_once(
    text: str, value: float, unit: str
) -> None:
    assert (value, unit) in [(f.value, f.unit) for f in facts_in_text(text)]


@pytest.mark.parametrize("text", ["The plan runs 3 to 5 years.", "It took 3-5 years."])
def test_a_range_of_years_is_a_duration(text: str) -> None:
    facts = facts_in_text(text)
    assert [(f.value_low, f.value_high, f.unit) for f in facts] == [(3.0, 5.0, "years")]


def test_an_alternative_is_not_a_range_and_a_year_stays_a_year() -> None:
    """`3 or 4 percent` gives two numbers; `in 2019 or 2020` two years, no duration."""
    assert [(f.value, f.unit) for f in facts_in_text("It was 3 or 4 percent.")] == [
        (3.0, "percent"),
        (4.0, "percent"),
    ]
    units = {f.unit for f in facts_in_text("The park opened in 2019 or 2020 with 40 firms.")}
    assert "years" not in units, units
