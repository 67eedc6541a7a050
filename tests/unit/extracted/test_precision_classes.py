"""Numbers a blind judge found given as facts that are none (issue "Facts from documents nobody
wrote for us", point 2): coordinates in decimal degrees, the number of a rate's denominator, a
measurement restated in other units in parentheses, a Japanese decade, and a spelled number that
points at the text's own divisions (`the two periods`). Each gives no fact,
goes to the candidates with its reason, and the fact beside it still comes out. Texts written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.frames import extract_frames
from pipelines.raw.registry import SourceDocument


def _frames(text: str):  # type: ignore[no-untyped-def]
    doc = SourceDocument("probe", Path("probe.txt"), {"title": "P"}, "inferred", "0" * 64,
                         len(text.encode()), text, "utf-8")  # fmt: skip
    return extract_frames([doc])


@pytest.mark.parametrize(
    ("text", "not_fact", "kept", "reason"),
    [
        (
            "The depot sits at longitude 139.4521, latitude 35.6012, with 14 staff.",
            139.4521,
            14.0,
            "coordinate",
        ),
        (
            "The depot sits at longitude 139.4521, latitude 35.6012, with 14 staff.",
            35.6012,
            14.0,
            "coordinate",
        ),
        ("The latitude of the new campus is 36.11 and it hosts 8 labs.", 36.11, 8.0, "coordinate"),
        ("Its gate (36.0832, 140.0764) is 2 km from the line.", 140.0764, 2.0, "coordinate"),
        ("The buoy drifted to N 41.25, E 141.08 after 3 days.", 41.25, 3.0, "coordinate"),
        (
            "倉庫は経度139.45210、緯度35.60120の地点にあり、職員は14人である。",
            139.4521,
            14.0,
            "coordinate",
        ),
        ("There were 31 nurses per 1,000 residents in the valley.", 1000.0, 31.0, "denominator"),
        ("The town has 6 libraries for every 50,000 inhabitants.", 50000.0, 6.0, "denominator"),
        ("医師数は人口10万対で260人である。", 10.0, 260.0, "denominator"),
        ("Nearly 7 out of 10 visitors came by rail, on 3 lines.", 10.0, 7.0, "denominator"),
        ("In the '70s the port had 9 piers.", 70.0, 9.0, "decade"),
        (
            "The museum is 12 km (7.5 miles) from the port and employs 20 guides.",
            7.5,
            20.0,
            "unit_conversion",
        ),
        (
            "The reserve spans 340 square kilometres (131 sq mi) and has 9 rangers.",
            131.0,
            340.0,
            "unit_conversion",
        ),
        ("A 15-hectare (37-acre) plot was sold for 2 billion yen.", 37.0, 2e9, "unit_conversion"),
        ("The lake covers 18 square miles (47 km²) of the basin.", 18.0, 47.0, "unit_conversion"),
        ("湖の面積は47平方キロメートル（18平方マイル）である。", 18.0, 47.0, "unit_conversion"),
        ("The marsh spans 9 square miles (23 km2) east of the town.", 9.0, 23.0, "unit_conversion"),
        ("The ward covers 61 sq. km (24 sq. mi.) and 5 parks.", 24.0, 61.0, "unit_conversion"),
        ("Density was 3,100/km2 (8,000/sq mi) across 4 wards.", 8000.0, 4.0, "unit_conversion"),
        ("Location: 34.702; 135.495, with 12 gates.", 34.702, 12.0, "coordinate"),
    ],
)
def test_a_number_that_is_no_quantity_goes_to_the_candidates_with_its_reason(
    text: str, not_fact: float, kept: float, reason: str
) -> None:
    frames = _frames(text)
    values = list(frames.facts["value"])
    assert not_fact not in values, values
    assert kept in values, values
    rows = frames.candidates[frames.candidates["value"] == not_fact]
    assert reason in set(rows["reason"]), frames.candidates[["quote", "reason"]]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("医師の数は人口10万人当たり260人である。", "10"),
        ("補助金は1地域あたり4000万円を上限とする。", "1"),
        ("一社当たりの出資額は500万円だった。", "一"),
    ],
)
def test_a_japanese_denominator_is_a_candidate_and_stays_in_the_measure(
    text: str, quote: str
) -> None:
    """人口10万人当たり: the 10 is no fact, set aside once as a denominator (not also as a
    number nobody read), and the measure still says what the rate is per."""
    frames = _frames(text)
    rows = frames.candidates[frames.candidates["quote"] == quote]
    assert list(rows["reason"]) == ["denominator"], frames.candidates[["quote", "reason"]]
    assert quote not in {str(q) for q in frames.facts["quote"]}
    measure = str(frames.facts["measure"].iloc[0])
    assert quote + ("万人" if quote == "10" else "") in measure, measure


def test_a_japanese_decade_is_a_candidate_of_its_own_reason() -> None:
    frames = _frames("1970年代に研究機関の移転が始まり、いまは42機関がある。")
    assert 1970.0 not in list(frames.facts["value"])
    assert list(frames.candidates[frames.candidates["quote"] == "1970"]["reason"]) == ["decade"]


@pytest.mark.parametrize(
    "text",
    [
        "Output grew unevenly over the two periods, by 4% in all.",
        "These three stages were funded with 9 billion yen.",
        "2. Three kinds of partnership\nThe board met 4 times.",
        "We see two broad meanings of openness, and 4% disagreed.",
    ],
)
def test_a_spelled_number_pointing_at_the_texts_own_divisions_is_no_count(text: str) -> None:
    frames = _frames(text)
    assert not {2.0, 3.0} & set(frames.facts["value"]), list(frames.facts["value"])
    assert "listing" in set(frames.candidates["reason"])


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("The new reservoir covers 23 km2.", 23.0, "km2"), ("Each tank holds 40 m3.", 40.0, None)],
)
def test_the_power_of_an_area_unit_is_no_code(text: str, value: float, unit: str | None) -> None:
    """`km2` is a unit, not a code like WP3 whose digits are no number: the area is read."""
    facts = facts_in_text(text)
    assert value in [f.value for f in facts]
    if unit:
        assert [f.unit for f in facts if f.value == value] == [unit]


def test_a_restated_measurement_leaves_no_number_and_no_measure_behind() -> None:
    """Set aside with its unit: the 2 of km2 is not read as a count, and `square miles` does not
    become what the kept figure measures."""
    facts = facts_in_text("区域は約1,500ha（約15km2）に及ぶ。")
    assert [(f.value, f.unit) for f in facts] == [(1500.0, "ha")]
    facts = facts_in_text("The bay is 12 square miles (31 km2) in area.")
    assert [(f.value, f.unit) for f in facts] == [(31.0, "km2")]
    assert "mile" not in str(facts[0].subject) + str(facts[0].measure)


def test_the_whole_of_a_spelled_proportion_is_no_count() -> None:
    """`one in six households`: six is what the proportion is of, not six households."""
    frames = _frames("One in six households owned a car by then, and 4 dealers opened.")
    assert list(frames.facts["value"]) == [4.0]
    assert "denominator" in set(frames.candidates["reason"])
