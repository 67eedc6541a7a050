"""English measures from the parse (parse_measure.py) and the dimension a unit says
(measures.dimension_measure), on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.english.measures import dimension_measure
from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _read(sentence: str) -> dict[str, str | None]:
    facts = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return {sentence[f.start : f.end]: f.measure for f in facts}


@pytest.mark.parametrize(
    ("sentence", "quote", "measure"),
    [
        # a conversion in parentheses splits the unit from its noun: still the noun's
        (
            "By 1990, 20 public laboratories had relocated to the 15-square kilometer "
            "(5.8-square mile) campus in Sendai.",
            "15-square kilometer",
            "campus in Sendai",
        ),
        (
            "The firms moved into the 40-square kilometer (15.4-square mile) zone in Kyoto.",
            "40-square kilometer",
            "zone in Kyoto",
        ),
    ],
)
def test_a_unit_split_from_its_noun_measures_the_noun(
    sentence: str, quote: str, measure: str
) -> None:
    assert _read(sentence)[quote] == measure


@pytest.mark.parametrize("unit", ["ha", "km2"])
def test_an_area_measures_the_area_of_its_noun(unit: str) -> None:
    text = "The city bought a 50-hectare plot."
    fact = Fact(value=50.0, unit=unit, start=18, end=27, measure="plot")
    assert dimension_measure(text, fact) == "area of plot"


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        (
            "In the Kinki Region, the steel sector (8.1 trillion yen), the chemical sector "
            "(5.2 trillion yen), and the textile sector (1.4 trillion yen) account for 12.1%, "
            "9.4%, and 3.3%, respectively, of the national total.",
            {
                "12.1%": "share of steel sector in national total",
                "9.4%": "share of chemical sector in national total",
                "3.3%": "share of textile sector in national total",
            },
        ),
        (
            "Steel, chemicals and textiles made up 40%, 25% and 10% of exports, respectively.",
            {"40%": "share of Steel", "25%": "share of chemicals", "10%": "share of textiles"},
        ),
    ],
)
def test_respectively_pairs_each_number_with_its_item(
    sentence: str, measures: dict[str, str]
) -> None:
    read = _read(sentence)
    assert {q: read[q] for q in measures} == measures


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        # a change set beside the level it changes: the change of what the level's verb says of
        (
            "Exports to China rose to 1.2 trillion yen, a 7% increase.",
            {"1.2 trillion yen": "Exports to China", "7%": "increase in Exports to China"},
        ),
        ("Sales totaled 5 billion yen, up 3% from last year.", {"3%": "increase in Sales"}),
        ("Sales fell to 2 billion yen, down 8% on the year.", {"8%": "decrease in Sales"}),
    ],
)
def test_a_change_beside_its_level(sentence: str, measures: dict[str, str]) -> None:
    read = _read(sentence)
    assert {q: read[q] for q in measures} == measures


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # a percentage the object of its verb is its subject's share of the whole
        ("Research spending equals 3.4% of GDP.", "Research spending as share of GDP"),
        ("SMEs represent 99.7% of all firms in the region.", "SMEs as share of firms in region"),
        # a hyphened noun ending in `ups` is what is counted, not a change
        ("The agency has supported more than 1,000 start-ups since 2010.", "start-ups"),
    ],
)
def test_a_measure_from_the_verb_a_number_is_the_object_of(sentence: str, measure: str) -> None:
    assert list(_read(sentence).values())[0] == measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Its annual budget is roughly 12 billion yen.", "annual budget"),
        ("Their combined sales reached 3 billion yen.", "combined sales"),
    ],
)
def test_a_possessive_pronoun_is_no_part_of_the_measure(sentence: str, measure: str) -> None:
    assert list(_read(sentence).values())[0] == measure
