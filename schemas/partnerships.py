"""Curated tables of partnerships and clusters: the EU–Japan cluster partnerships, the ESCP-4i
partnerships and their countries, and the cluster programmes' lifecycle and typology tables."""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.curated import PREF_CODE, YEAR
from schemas.provenance import Provenance
from schemas.vocabulary import COUNTRIES


class EuJapanPartnerships(Provenance):
    partnership_id: Series[str] = pa.Field(
        unique=True, description="Id derived from the two partners."
    )
    japanese_partner: Series[str] = pa.Field(description="Japanese cluster or organisation.")
    prefecture_code: Series[str] = pa.Field(
        nullable=True, str_matches=PREF_CODE, description="Prefecture of the Japanese partner."
    )
    japanese_place: Series[str] = pa.Field(
        nullable=True, description="City or region of the Japanese partner as stated."
    )
    european_partner: Series[str] = pa.Field(
        description="European cluster, organisation or region."
    )
    country_code: Series[str] = pa.Field(
        nullable=True,
        isin=COUNTRIES,
        description="ISO 3166-1 alpha-2 of the European partner.",
    )
    european_region: Series[str] = pa.Field(
        nullable=True, description="European region as stated (Sachsen, Île de France)."
    )
    sector: Series[str] = pa.Field(nullable=True, description="Sector as the report groups it.")
    started_year: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, **YEAR, description="Year the cooperation started (born, started, first)."
    )
    mou_year: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, **YEAR, description="Year an MoU or agreement was signed."
    )
    programme: Series[str] = pa.Field(
        isin=["JETRO RIT", "ESCP-4i", "bilateral"],
        description=("Framework: JETRO RIT, ESCP-4i or bilateral (best-practice cases)."),
    )
    status: Series[str] = pa.Field(
        nullable=True, description="Status when the report says it (active, ongoing)."
    )
    aliases: Series[str] = pa.Field(
        nullable=True,
        description=(
            "Other names the report gives this partnership, `; `-separated: a best-practice "
            "case's title about a listed partnership, the escp4i_partnerships name of a "
            "partner that is an ESCP-4i partnership."
        ),
    )
    entity_id: Series[str] = pa.Field(
        description=(
            "The partnership as an entity (entities.entity_id, type `partnership`); "
            "entity_mentions holds where the report names it."
        ),
    )

    class Config:
        strict = True
        description = (
            "EU–Japan cluster partnerships described in the ECCP report: the JETRO RIT "
            "projects it lists and its best-practice cases, one row per partnership (a case "
            "about a listed partnership is merged into it, its title kept in `aliases`), "
            "start and MoU years where the report gives them (read from the parse of the "
            "partnership's passage); every partner is a row of eu_japan_partnership_partners. "
            "Covers the ECCP report only; ESCP-4i partnerships that only target Japan are in "
            "escp4i_partnerships."
        )


class EuJapanPartnershipPartners(Provenance):
    partnership_id: Series[str] = pa.Field(
        description="The partnership (eu_japan_partnerships.partnership_id)."
    )
    partner: Series[str] = pa.Field(description="Partner organisation, cluster or region.")
    side: Series[str] = pa.Field(isin=["japan", "europe"], description="Which side it is on.")
    country_code: Series[str] = pa.Field(
        nullable=True, isin=COUNTRIES, description="ISO 3166-1 alpha-2, where the report says."
    )
    place: Series[str] = pa.Field(
        nullable=True, description="City, prefecture or region as stated beside the name."
    )
    role: Series[str] = pa.Field(
        nullable=True,
        description=(
            "How the report adds the partner when it says (`in partnership with`); null for "
            "the partners the partnership is named after."
        ),
    )

    class Config:
        strict = True
        description = (
            "The partners of each eu_japan_partnerships row, one row each: a side that names "
            "two (`Foundation X (FX)/ Cluster Y`) gives two rows, a case's `in partnership "
            "with A and B` two more. The quote is the partner's name as written. Covers the "
            "ECCP report only."
        )


class Escp4iPartnerships(Provenance):
    name: Series[str] = pa.Field(unique=True, description="Partnership (cluster consortium) name.")
    sector: Series[str] = pa.Field(description="Sector of activity.")
    category: Series[str] = pa.Field(
        nullable=True, description="ESCP-4i category or strand, or the EU support line."
    )
    countries_as_written: Series[str] = pa.Field(
        description="EU countries involved, as the report writes them (SP, LIT ...)."
    )
    state_of_cooperation: Series[str] = pa.Field(
        description="State of cooperation with Japan, as stated."
    )
    entity_id: Series[str] = pa.Field(
        description=(
            "The partnership as an entity (entities.entity_id, type `partnership`): that of "
            "the eu_japan_partnerships row it is a partner of, when it is one."
        ),
    )
    table: Series[str] = pa.Field(
        isin=["targeting_japan", "contacts_in_japan"],
        description=(
            "Which ECCP table: partnerships targeting Japan, or with stable contacts in Japan."
        ),
    )

    class Config:
        strict = True
        description = (
            "European Strategic Cluster Partnerships Going International (ESCP-4i) and "
            "Japan (ECCP tables): the six partnerships the report tabulates, not every ESCP-4i "
            "partnership."
        )


class Escp4iPartnershipCountries(Provenance):
    name: Series[str] = pa.Field(description="Partnership (escp4i_partnerships.name).")
    country_code: Series[str] = pa.Field(isin=COUNTRIES, description="ISO 3166-1 alpha-2 code.")
    country_as_written: Series[str] = pa.Field(
        description="The code as the report writes it (SP, LIT)."
    )

    class Config:
        strict = True
        description = "One row per (ESCP-4i partnership, EU country)."


class ClusterLifecyclePhases(Provenance):
    phase: Series[str] = pa.Field(
        unique=True,
        description="Product lifecycle phase (Introduction, Growth, Maturity, Decline).",
    )
    phase_order: Series[pd.Int64Dtype] = pa.Field(ge=1, description="Order of the phase, from 1.")
    industry_lifecycle: Series[str] = pa.Field(
        nullable=True, description="Industry lifecycle phase after Audretsch et al. (2008)."
    )
    regions: Series[str] = pa.Field(
        nullable=True, description="Regions corresponding to the phase."
    )
    main_players: Series[str] = pa.Field(
        nullable=True, description="Main players in production of goods and innovation."
    )
    innovation_types: Series[str] = pa.Field(nullable=True, description="Types of innovation.")
    knowledge_spillover: Series[str] = pa.Field(
        nullable=True, description="Kind of knowledge spillover."
    )
    products: Series[str] = pa.Field(nullable=True, description="Products.")

    class Config:
        strict = True
        description = (
            "Industry lifecycle and regions after Audretsch et al. (2008), as tabulated by Hosoya."
        )


class ClusterProgramTypology(Provenance):
    target_type: Series[str] = pa.Field(unique=True, description="Type of target (Type 1, Type 2).")
    audretsch_phase: Series[str] = pa.Field(
        nullable=True, description="Phase of Audretsch et al. (2008)."
    )
    industry_products: Series[str] = pa.Field(nullable=True, description="Industry or products.")
    technology: Series[str] = pa.Field(nullable=True, description="Technology level.")
    business_type: Series[str] = pa.Field(nullable=True, description="Type of business.")
    present_status: Series[object] = pa.Field(
        metadata={"duckdb_type": "VARCHAR[]"},
        description=(
            "Present status: the list of forms the source gives (continuation rows merged)."
        ),
    )

    class Config:
        strict = True
        description = (
            "Typology of the Industrial Cluster Program's targets (Hosoya, tentative "
            "classification)."
        )


class InsNetworkComparison(Provenance):
    aspect: Series[str] = pa.Field(
        unique=True, description="Aspect compared (Actor Model, connection, ...)."
    )
    formal_organization: Series[str] = pa.Field(
        description="The formal organisation (the first layer)."
    )
    informal_network: Series[str] = pa.Field(
        description="The informal network INS (the second layer)."
    )

    class Config:
        strict = True
        description = (
            "Formal organisation versus the informal network of Iwate Network Systems (Fukushima)."
        )
