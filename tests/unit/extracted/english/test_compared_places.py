"""A place a figure is compared against (`more than Osaka`, `second after the United States`,
`outweighing the share in China`) is the other side of the comparison, not where the figure
belongs. Texts written for these tests."""

from __future__ import annotations

from pipelines.extracted.document import extract_text
from pipelines.extracted.facts import facts_in_text


def test_a_place_after_than_is_not_the_figures() -> None:
    text = "Sendai startups raised more rounds than those in Osaka, 75 in all."
    assert [f.geography for f in facts_in_text(text)] == ["Sendai"]


def test_the_leader_a_rank_comes_after_is_not_the_ranked_ones() -> None:
    text = "Nagoya makers were the third-biggest exporters after China in 2019 with 25 plants."
    assert {f.value: f.geography for f in facts_in_text(text)}[25] == "Nagoya"


def test_a_place_in_what_a_figure_outweighs_is_not_the_figures() -> None:
    text = "Exports from Fukuoka grew, outweighing the growth in Korea, by 8%."
    assert [f.geography for f in facts_in_text(text)] == ["Fukuoka"]


def test_a_place_after_a_time_after_stays_the_figures() -> None:
    text = "After Kobe opened its port, 30 firms moved to Kobe."
    assert [f.geography for f in facts_in_text(text)] == ["Kobe"]


def test_a_document_is_not_about_the_places_it_compares_with() -> None:
    text = (
        "Labs in Korea filed more patents in 2018. They were the third-largest filers after "
        "Germany that year. Their share was higher than in Germany, and higher than in "
        "Germany's east. Grants in Korea rose over the decade. Firms funded 80 labs."
    )
    facts = extract_text(text)["facts"]
    assert {r["value"]: r["geography"] for r in facts}[80] == "KR"
