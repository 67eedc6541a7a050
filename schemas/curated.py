"""Curated, typed tables: each row from a named passage of a document, with its provenance."""

from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.provenance import Provenance
from schemas.vocabulary import CURRENCIES, INDICATOR_UNITS, YEAR_MAX, YEAR_MIN

PREF_CODE = r"^JP-(0[1-9]|[1-3][0-9]|4[0-7])$"
YEAR: dict[str, Any] = {"ge": YEAR_MIN, "le": YEAR_MAX}


class TechnopolisSites(Provenance):
    site: Series[str] = pa.Field(
        unique=True,
        description=(
            "Technopolis area as the source names it, without the prefecture in brackets."
        ),
    )
    prefecture_code: Series[str] = pa.Field(
        str_matches=PREF_CODE, description="Prefecture (prefectures.code)."
    )
    year_approved: Series[pd.Int64Dtype] = pa.Field(
        **YEAR, description="Year the Technopolis plan was approved."
    )
    invited_companies_to_1995: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=0,
        description=(
            "Total number of companies invited to the area up to 1995; null where the source has —."
        ),
    )
    high_tech_companies_to_1995: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=0,
        description=(
            "Number of high-tech companies among them, up to 1995; null where the source has —."
        ),
    )
    research_institute_relocations_1985_1993: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=0,
        description=("Number of research institutes relocated to the area, 1985–1993."),
    )

    class Config:
        strict = True
        description = (
            "Technopolis areas of the Tohoku region with the companies and research "
            "institutes they attracted (Fukushima, Table 1, after Ito 1998). Covers the six "
            "Tohoku sites only, not the 26 Technopolis areas of Japan; company counts run to "
            "1995 and are missing for the two sites the table leaves blank."
        )


class PrefectureStPolicies(Provenance):
    prefecture_code: Series[str] = pa.Field(
        unique=True, str_matches=PREF_CODE, description="Prefecture (prefectures.code)."
    )
    st_policy_year: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        **YEAR,
        description=("Year the prefecture set its science and technology (S&T) policy."),
    )
    st_committee_year: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, **YEAR, description=("Year the prefecture formed its S&T committee.")
    )

    class Config:
        strict = True
        description = (
            "Years in which Tohoku prefectures set S&T policies and formed S&T committees "
            "(Fukushima). Covers the six Tohoku prefectures only."
        )


class PrefectureFocusAreas(Provenance):
    prefecture_code: Series[str] = pa.Field(
        str_matches=PREF_CODE, description="Prefecture (prefectures.code)."
    )
    focus_area: Series[str] = pa.Field(
        description=("One S&T focus area; a parenthesised list stays with its area."),
    )
    area_index: Series[pd.Int64Dtype] = pa.Field(
        ge=0, description="Position of the area in the prefecture's list, from 0."
    )

    class Config:
        strict = True
        description = (
            "S&T focus areas of each Tohoku prefecture, one row per area (Fukushima). Covers "
            "the six Tohoku prefectures only."
        )


class PolicyPrograms(Provenance):
    program: Series[str] = pa.Field(unique=True, description="Name of the programme.")
    parent_program: Series[str] = pa.Field(
        nullable=True,
        description=(
            "The programme family it belongs to (Regional S&T Promotion Programs), if any."
        ),
    )
    ministry: Series[str] = pa.Field(description="Ministry running it, as the source names it.")
    ministry_code: Series[str] = pa.Field(
        nullable=True, description="Ministry abbreviation (METI, MEXT)."
    )
    objective: Series[str] = pa.Field(nullable=True, description="Basic objectives, as stated.")
    tools: Series[str] = pa.Field(nullable=True, description="Policy tools, as stated.")
    start_year: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, **YEAR, description="Year the programme (its first phase) started."
    )

    class Config:
        strict = True
        description = (
            "METI and MEXT regional cluster programmes (Hosoya, the METI/MEXT table): the "
            "Industrial Cluster Program, the Knowledge Cluster Initiative and the City Area "
            "Program only; earlier programmes (Technopolis) are in policy_events."
        )


class PolicyProgramPhases(Provenance):
    phase_id: Series[str] = pa.Field(unique=True, description="program + phase, as an id.")
    program: Series[str] = pa.Field(description="Programme (policy_programs.program).")
    phase: Series[str] = pa.Field(
        description="Phase, stage or term as the source names it (Phase 1, 1st stage, Term II)."
    )
    start_year: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, **YEAR, description="First year of the phase."
    )
    end_year: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, **YEAR, description="Last year of the phase, when stated."
    )
    n_projects_or_regions: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=0,
        description=("Number of projects, regions or areas of the phase, when stated."),
    )
    n_unit: Series[str] = pa.Field(
        nullable=True,
        isin=["projects", "regions", "areas"],
        description=("What n_projects_or_regions counts."),
    )
    n_detail: Series[str] = pa.Field(
        nullable=True, description="The count as stated (End 15 regions, Active 3 regions)."
    )

    class Config:
        strict = True
        description = (
            "Phases, stages and terms of the cluster programmes with their years and "
            "numbers of projects or regions (Hosoya). Counts are as of the end of March 2007 "
            "where the source says so; terms after 2010 are planned, not reported."
        )


class PolicyProgramBudgets(Provenance):
    budget_id: Series[str] = pa.Field(unique=True, description="program + budget line, as an id.")
    program: Series[str] = pa.Field(description="Programme (policy_programs.program).")
    budget_line: Series[str] = pa.Field(description="What the budget is for, as stated.")
    fiscal_year: Series[pd.Int64Dtype] = pa.Field(
        **YEAR, description="Japanese fiscal year of the budget."
    )
    amount: Series[float] = pa.Field(
        ge=0, description="Budget in the currency's unit (¥ 1.14 bn. -> 1140000000)."
    )
    currency: Series[str] = pa.Field(isin=CURRENCIES, description="ISO 4217 currency.")
    per_unit_low: Series[float] = pa.Field(
        nullable=True,
        ge=0,
        description=("Low end of the budget per region or area per year, when stated."),
    )
    per_unit_high: Series[float] = pa.Field(
        nullable=True, ge=0, description="High end of that range."
    )
    per_unit: Series[str] = pa.Field(
        nullable=True, isin=["region", "area"], description="What the per-unit range is per."
    )
    duration_years: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=1, description="Funding period in years, when stated."
    )

    class Config:
        strict = True
        description = (
            "Budgets of the cluster programmes by fiscal year, in yen (Hosoya, the METI/MEXT "
            "table). Covers FY2008 only: no other year's budget is in the sources."
        )


class Indicators(Provenance):
    indicator_id: Series[str] = pa.Field(unique=True, description="The fact's id (facts.fact_id).")
    label: Series[str] = pa.Field(
        description=(
            "What is measured, of whom and where: the fact's measure, the entity's name and "
            "the geography, joined by ' — ' (`SMEs — Industrial Cluster Program`)."
        )
    )
    measure: Series[str] = pa.Field(description="What the number measures (facts.measure).")
    entity_id: Series[str] = pa.Field(
        nullable=True, description="The entity it belongs to (facts.entity_id)."
    )
    geography: Series[str] = pa.Field(
        nullable=True, description="Place code or name (see facts.geography)."
    )
    period_start: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, **YEAR, description="First year of the period."
    )
    period_end: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, **YEAR, description="Last year of the period."
    )
    value: Series[float] = pa.Field(
        description="Value in the unit's base (yen, percentage points, count ...)."
    )
    value_low: Series[float] = pa.Field(nullable=True, description="Low end of a range.")
    value_high: Series[float] = pa.Field(nullable=True, description="High end of a range.")
    unit: Series[str] = pa.Field(
        isin=INDICATOR_UNITS,
        description="Unit (see facts.unit).",
    )
    qualifier: Series[str] = pa.Field(
        nullable=True, description="about, over, more than ... (see facts.qualifier)."
    )

    class Config:
        strict = True
        description = (
            "The corpus's numbers a researcher would chart: every fact whose measure names what "
            "it counts, in a measuring unit (money, percent, counts, ranks, rates, durations), "
            "chosen by the rules in pipelines/curated/rules.yaml; one row per fact. Not a "
            "harmonised series: each row is one passage's number, with that passage's period "
            "and hedge; years, dates and numbers whose measure is unknown are not included."
        )
