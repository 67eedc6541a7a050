"""Contracts of every table in a JRIS release, in one registry the whole pipeline reads."""

from schemas.candidates import FactCandidates
from schemas.comparisons import FactComparisons
from schemas.contract import ColumnSpec, TableContract
from schemas.curated import (
    Indicators,
    PolicyProgramBudgets,
    PolicyProgramPhases,
    PolicyPrograms,
    PrefectureFocusAreas,
    PrefectureStPolicies,
    TechnopolisSites,
)
from schemas.documents import Documents, DocumentTexts
from schemas.entities import Entities, EntityMentions
from schemas.events import PolicyEvents, PolicyEventSources
from schemas.extracted import Citations, DocumentBlocks, ExtractedTableCells, ExtractedTables, Facts
from schemas.partnerships import (
    ClusterLifecyclePhases,
    ClusterProgramTypology,
    Escp4iPartnershipCountries,
    Escp4iPartnerships,
    EuJapanPartnershipPartners,
    EuJapanPartnerships,
    InsNetworkComparison,
)
from schemas.prefectures import Prefectures

CONTRACTS: dict[str, TableContract] = {
    c.name: c
    for c in [
        TableContract("documents", "raw", Documents, ("doc_id",)),
        TableContract("document_texts", "raw", DocumentTexts, ("doc_id",)),
        TableContract("document_blocks", "extracted", DocumentBlocks, ("block_id",)),
        TableContract("extracted_tables", "extracted", ExtractedTables, ("table_id",)),
        TableContract(
            "extracted_table_cells",
            "extracted",
            ExtractedTableCells,
            ("cell_id",),
        ),
        TableContract("facts", "extracted", Facts, ("fact_id",)),
        TableContract("citations", "extracted", Citations, ("citation_id",)),
        TableContract("fact_candidates", "extracted", FactCandidates, ("candidate_id",)),
        TableContract("entity_mentions", "curated", EntityMentions, ("mention_id",)),
        TableContract("prefectures", "reference", Prefectures, ("code",)),
        TableContract("entities", "reference", Entities, ("entity_id",)),
        TableContract("technopolis_sites", "curated", TechnopolisSites, ("site",)),
        TableContract(
            "prefecture_st_policies", "curated", PrefectureStPolicies, ("prefecture_code",)
        ),
        TableContract(
            "prefecture_focus_areas",
            "curated",
            PrefectureFocusAreas,
            ("prefecture_code", "area_index"),
        ),
        TableContract("policy_programs", "curated", PolicyPrograms, ("program",)),
        TableContract("policy_program_phases", "curated", PolicyProgramPhases, ("phase_id",)),
        TableContract("policy_program_budgets", "curated", PolicyProgramBudgets, ("budget_id",)),
        TableContract("policy_events", "curated", PolicyEvents, ("event_id",)),
        TableContract("policy_event_sources", "curated", PolicyEventSources, ("source_id",)),
        TableContract("indicators", "curated", Indicators, ("indicator_id",)),
        TableContract("eu_japan_partnerships", "curated", EuJapanPartnerships, ("partnership_id",)),
        TableContract(
            "eu_japan_partnership_partners",
            "curated",
            EuJapanPartnershipPartners,
            ("partnership_id", "partner"),
        ),
        TableContract("escp4i_partnerships", "curated", Escp4iPartnerships, ("name",)),
        TableContract(
            "escp4i_partnership_countries",
            "curated",
            Escp4iPartnershipCountries,
            ("name", "country_code"),
        ),
        TableContract("cluster_lifecycle_phases", "curated", ClusterLifecyclePhases, ("phase",)),
        TableContract(
            "cluster_program_typology", "curated", ClusterProgramTypology, ("target_type",)
        ),
        TableContract("ins_network_comparison", "curated", InsNetworkComparison, ("aspect",)),
        TableContract("fact_comparisons", "curated", FactComparisons, ("comparison_id",)),
    ]
}

# (table, column) -> (table, column) it must point to; checked in the warehouse before release.
FOREIGN_KEYS: list[tuple[str, str, str, str]] = [
    *[
        (t, "doc_id", "documents", "doc_id")
        for t, c in CONTRACTS.items()
        if "doc_id" in c.column_names and t != "documents"
    ],
    ("extracted_table_cells", "table_id", "extracted_tables", "table_id"),
    ("document_blocks", "table_id", "extracted_tables", "table_id"),
    ("facts", "block_id", "document_blocks", "block_id"),
    ("facts", "table_id", "extracted_tables", "table_id"),
    ("citations", "block_id", "document_blocks", "block_id"),
    ("entity_mentions", "entity_id", "entities", "entity_id"),
    ("facts", "entity_id", "entities", "entity_id"),
    ("indicators", "entity_id", "entities", "entity_id"),
    ("entity_mentions", "block_id", "document_blocks", "block_id"),
    *[
        (t, "prefecture_code", "prefectures", "code")
        for t, c in CONTRACTS.items()
        if "prefecture_code" in c.column_names
    ],
    ("policy_program_phases", "program", "policy_programs", "program"),
    ("policy_program_budgets", "program", "policy_programs", "program"),
    ("escp4i_partnership_countries", "name", "escp4i_partnerships", "name"),
    ("eu_japan_partnership_partners", "partnership_id", "eu_japan_partnerships", "partnership_id"),
    ("indicators", "indicator_id", "facts", "fact_id"),
    ("policy_event_sources", "event_id", "policy_events", "event_id"),
    ("policy_event_sources", "fact_id", "facts", "fact_id"),
    ("policy_events", "entity_id", "entities", "entity_id"),
    ("fact_comparisons", "entity_id", "entities", "entity_id"),
    ("fact_comparisons", "doc_id_b", "documents", "doc_id"),
]

__all__ = ["CONTRACTS", "FOREIGN_KEYS", "ColumnSpec", "TableContract"]
