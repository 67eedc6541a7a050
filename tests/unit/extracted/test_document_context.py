"""Period and place from the whole document (issue "Facts from documents nobody wrote for us",
point 4): a year heading a row, a span of years in a heading, the document's subject place,
and a column saying where the place came from. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from benchmarks.scoring import read_fixture
from pipelines.extracted.document_context import heading_period, subject_place
from pipelines.extracted.facts import facts_in_text, mask_for_facts
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.numbers.places import find_places, nation_mentions


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("Number of firms\n2015  48,210\n2016  49,030", {48210.0: 2015, 49030.0: 2016}),
        ("Firms by year\nFY2016: 49,030\nFY2017: 50,120", {49030.0: 2016, 50120.0: 2017}),
        ("研究費の推移\n2015年度　12億円\n2016年度　15億円", {12e8: 2015, 15e8: 2016}),
    ],
)
def test_a_year_heading_a_row_is_the_period_of_its_numbers_not_a_fact(
    text: str, periods: dict[float, int]
) -> None:
    facts = facts_in_text(text)
    assert {f.value: f.period_start for f in facts} == periods
    assert not [f for f in facts if f.unit == "year"]


@pytest.mark.parametrize(
    ("headings", "period"),
    [
        (["Cluster policy", "Phase II (2006-2010)"], (2006, 2010)),
        (["第2期（2006～2010年度）"], (2006, 2010)),
        (["Budget for FY2008"], (2008, 2008)),
        (["Cluster policy"], None),
    ],
)
def test_a_heading_names_the_period_of_what_stands_under_it(
    headings: list[str], period: tuple[int, int] | None
) -> None:
    assert heading_period(headings) == period


TEXT = """Cluster programme in Iwate

Iwate hosts the cluster. Iwate firms lead it, with help from Tokyo.

## Phase II (2006-2010)

Over those years 150 projects were funded.

The programme spent ¥2.5 billion in Miyagi.
"""


@pytest.fixture()
def facts(tmp_path: Path) -> pd.DataFrame:
    path = tmp_path / "iwate-cluster.txt"
    path.write_text(TEXT, encoding="utf-8")
    return extract_frames([read_fixture(path)]).facts.set_index("quote")


def test_facts_under_a_term_heading_take_its_period(facts: pd.DataFrame) -> None:
    assert (facts.at["150", "period_start"], facts.at["150", "period_end"]) == (2006, 2010)


def test_a_place_comes_from_the_sentence_else_from_the_document(facts: pd.DataFrame) -> None:
    assert (facts.at["150", "geography"], facts.at["150", "geography_source"]) == (
        "JP-03",
        "document",
    )
    money = facts.loc[facts.index.str.startswith("¥2.5")].iloc[0]
    assert (money["geography"], money["geography_source"]) == ("JP-04", "sentence")


def test_the_entitys_place_comes_before_the_documents(tmp_path: Path) -> None:
    from pipelines.curated.entity_places import place_from_entities

    registry = tmp_path / "entities.yaml"
    registry.write_text(
        "entities:\n"
        "  - {id: ins, name: Iwate Network System, type: organisation, prefecture_code: JP-03}\n",
        encoding="utf-8",
    )
    facts = pd.DataFrame(
        {
            "entity_id": ["ins", "ins", None],
            "geography": ["JP-13", "JP-04", None],
            "geography_source": ["document", "sentence", None],
        }
    )
    got = place_from_entities(facts, registry)
    assert list(zip(got["geography"], got["geography_source"], strict=True)) == [
        ("JP-03", "entity"),
        ("JP-04", "sentence"),
        (None, None),
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Under Koizumi (2001-6) the plan changed.", (2001, 2006)),
        ("The Aso cabinet (2008–9) cut it.", (2008, 2009)),
    ],
)
def test_a_span_of_years_with_a_one_digit_end_is_one_span(text: str, span: tuple[int, int]) -> None:
    (fact,) = facts_in_text(text)
    assert (fact.unit, fact.period_start, fact.period_end) == ("year", *span)


def test_a_short_end_with_a_unit_is_no_year() -> None:
    got = [(f.value, f.unit) for f in facts_in_text("Sales rose in 2010-5 percent of towns.")]
    assert (5.0, "percent") in got


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [  # a budget with its fiscal year in parentheses: the year dates it and is no fact
        ("The cluster budget (FY2015: ¥3.2 billion) grew.", 3.2e9, 2015),
        ("The cluster budget (FY2015) was ¥3.2 billion.", 3.2e9, 2015),
        ("予算額は12億円（平成27年度）である。", 12e8, 2015),
        ("予算額（平成27年度）は12億円である。", 12e8, 2015),
    ],
)
def test_a_budget_takes_its_fiscal_year_in_parentheses(
    text: str, value: float, period: int
) -> None:
    facts = facts_in_text(text)
    assert [(f.value, f.period_start) for f in facts] == [(value, period)]


def _facts_of(tmp_path: Path, text: str) -> pd.DataFrame:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return extract_frames([read_fixture(path)]).facts


@pytest.mark.parametrize(
    "text",
    [
        "科学技術の調査\n\n経済産業省の調査によれば、共同研究は前年度より120件増えた。\n",
        "A survey of research\n\nMETI reports that joint research grew by 120 projects.\n",
    ],
)
def test_a_document_naming_the_national_government_and_no_place_is_about_japan(
    tmp_path: Path, text: str
) -> None:
    facts = _facts_of(tmp_path, text)
    row = facts.loc[facts["value"] == 120].iloc[0]
    assert (row["geography"], row["geography_source"]) == ("JP", "document")


@pytest.mark.parametrize(
    "text",
    [
        "選ばれた地域\n\n岩手県と山形県と福岡県が選ばれた。\n\n事業費は一件当たり3億円とする。\n",
        "Chosen areas\n\nIwate, Yamagata and Fukuoka were chosen.\n\nEach area gets ¥300 million.\n",
    ],
)
def test_where_no_place_of_japan_leads_the_document_is_about_japan(
    tmp_path: Path, text: str
) -> None:
    facts = _facts_of(tmp_path, text)
    row = facts.loc[facts["value"] == 3e8].iloc[0]
    assert (row["geography"], row["geography_source"]) == ("JP", "document")


def test_a_document_naming_places_abroad_gets_no_subject_country(tmp_path: Path) -> None:
    text = "Partners\n\nJapan and Germany signed it.\n\nEach side gives ¥300 million.\n"
    facts = _facts_of(tmp_path, text)
    assert facts.loc[facts["value"] == 3e8, "geography"].isna().all()


def test_a_place_inside_a_universitys_name_is_not_the_numbers_place() -> None:
    (fact,) = facts_in_text("文部科学省の調査で、岩手大学の共同研究は120件だった。")
    assert fact.geography is None


def test_the_year_a_survey_reports_on_dates_its_numbers_without_one(tmp_path: Path) -> None:
    text = (
        "企業の研究開発に関する調査(2014年度実績)によると、共同研究は812件であった。\n\n"
        "受託研究は約35億円で、前年度に比べて4%増加した。平成24年度には700件だった。\n"
    )
    facts = _facts_of(tmp_path, text).set_index("quote")
    assert facts.at["812件", "period_start"] == 2014
    assert facts.at["35億円", "period_start"] == 2014
    assert facts.at["700件", "period_start"] == 2012  # its own year first


@pytest.mark.parametrize(
    "name", ["the University of Sapporo", "Sapporo University", "the Sapporo Science Foundation"]
)
def test_a_place_named_only_inside_an_organisations_name_is_not_the_documents_subject(
    tmp_path: Path, name: str
) -> None:
    text = (
        f"Joint research\n\nMETI counts 640 joint projects this year.\n\n"
        f"Dr. Mori teaches at {name}. A team at {name} ran the survey. "
        f"Its report is kept by {name}.\n"
    )
    facts = _facts_of(tmp_path, text)
    row = facts.loc[facts["value"] == 640].iloc[0]
    assert (row["geography"], row["geography_source"]) == ("JP", "document")


def test_a_national_document_that_compares_japan_with_one_country_is_about_japan() -> None:
    text = (
        "MEXT set up the knowledge cluster scheme. The national government chose Sendai, "
        "Sapporo and Kobe first; Fukuoka and Nagoya followed. A German scheme was its model."
    )
    masked = mask_for_facts(text)
    assert subject_place(find_places(masked), nation_mentions(masked)) == "JP"


def test_a_document_as_much_about_abroad_as_japan_has_no_subject_place() -> None:
    text = "Sendai and Sapporo were chosen. Germany and France ran larger schemes."
    masked = mask_for_facts(text)
    assert subject_place(find_places(masked), nation_mentions(masked)) is None


SECTIONS = """# Central Japan at a glance

The region holds nine prefectures.

## Aichi Prefecture

Population: 7.4 million
The prefecture hosts 1,300 parts makers.

## Gifu Prefecture

Knife makers number about 280.
MEXT funded 12 projects in the region.
"""


def test_a_number_under_a_heading_that_names_a_place_takes_it(tmp_path: Path) -> None:
    path = tmp_path / "sections.md"
    path.write_text(SECTIONS, encoding="utf-8")
    facts = extract_frames([read_fixture(path)]).facts.set_index("quote")
    got = {q: (facts.at[q, "geography"], facts.at[q, "geography_source"]) for q in facts.index}
    assert got["7.4 million"] == ("JP-23", "heading")
    assert got["1,300"] == ("JP-23", "heading")
    assert got["280"] == ("JP-21", "heading")
    # the state acts for the whole document, not for the section it is said in
    assert got["12"][1] != "heading"
