"""An amount written as a hyphened modifier before its noun (`a 4.2-billion-yen museum`,
`a 300-square-metre hall`) and a speed in words (`12 metres per second`): one number with its
scale and unit, as the same amount written plainly would be."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


def read(text: str) -> list[tuple[str, float, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in facts_in_text(text)]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("The town opened a 4.2-billion-yen museum.", "4.2-billion-yen", 4.2e9, "JPY"),
        ("A 7-million-dollar fund backs the start-ups.", "7-million-dollar", 7e6, "USD"),
        ("They rent a 300-square-metre hall by the port.", "300-square-metre", 300, "m2"),
        ("The lab sits on 80,000-square-meter grounds.", "80,000-square-meter", 80000, "m2"),
        ("Gusts of 12 metres per second hit the pier.", "12 metres per second", 12, "m_per_s"),
    ],
)
def test_an_amount_as_a_modifier_keeps_its_scale_and_unit(
    text: str, quote: str, value: float, unit: str
) -> None:
    assert read(text) == [(quote, value, unit)]


def test_a_hyphen_before_a_letter_of_scale_is_no_scale() -> None:
    # `a 3-m wall`: no scale word of three letters after the hyphen, so no millions
    assert all(v != 3e6 for _, v, _ in read("Workers built a 3-m wall round 40 plots."))
