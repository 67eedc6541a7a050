"""Every curated table from the extracted tables, typed to its contract's columns."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipelines.curated.entities import build_entities
from pipelines.curated.events import build_indicators, build_policy_events
from pipelines.curated.from_tables import build_bound_table
from pipelines.curated.partnerships import build_eu_japan_partnerships
from pipelines.curated.programs import build_programs
from schemas import CONTRACTS

BOUND = (
    "technopolis_sites",
    "prefecture_st_policies",
    "prefecture_focus_areas",
    "ins_network_comparison",
    "cluster_lifecycle_phases",
    "cluster_program_typology",
    "escp4i_partnerships",
    "escp4i_partnership_countries",
)
CURATED = (
    *BOUND,
    "policy_programs",
    "policy_program_phases",
    "policy_program_budgets",
    "policy_events",
    "indicators",
    "eu_japan_partnerships",
    "entities",
    "entity_mentions",
)


def typed(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Columns in contract order, integers as nullable Int64, missing as None."""
    contract = CONTRACTS[name]
    out = pd.DataFrame({c: df.get(c) for c in contract.column_names})
    for col in contract.columns:
        if col.duckdb_type == "BIGINT":
            out[col.name] = pd.array(
                [None if pd.isna(v) else int(v) for v in out[col.name]], dtype="Int64"
            )
        elif col.duckdb_type == "DOUBLE":
            out[col.name] = out[col.name].astype("float64")
        elif col.duckdb_type == "VARCHAR":
            out[col.name] = out[col.name].map(
                lambda v: None if v is None or (isinstance(v, float) and pd.isna(v)) else v
            )
    return out.reset_index(drop=True)


def build_curated(
    texts: dict[str, str],
    blocks: pd.DataFrame,
    tables: pd.DataFrame,
    cells: pd.DataFrame,
    facts: pd.DataFrame,
    curation_dir: Path,
) -> dict[str, pd.DataFrame]:
    out = {name: build_bound_table(name, tables, cells, texts) for name in BOUND}
    out.update(build_programs(tables, cells, blocks, texts))
    out["policy_events"] = build_policy_events(tables, cells, facts, blocks, texts)
    out["indicators"] = build_indicators(facts)
    out["eu_japan_partnerships"] = build_eu_japan_partnerships(blocks, tables, facts, texts)
    out["entities"], out["entity_mentions"] = build_entities(curation_dir / "entities.yaml", texts)
    return {name: typed(name, df) for name, df in out.items()}
