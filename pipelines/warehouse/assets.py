"""Warehouse asset: every validated table into DuckDB, in one transaction, quotes checked."""

from typing import Any

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from pipelines.errors import ContractError
from pipelines.warehouse.load import foreign_key_violations, load_tables, provenance_mismatches
from schemas import CONTRACTS

PROVENANCE_CHECK = "quotes_match_source"
FOREIGN_KEY_CHECK = "foreign_keys"


@dg.asset(
    group_name="warehouse",
    ins={name: dg.AssetIn(name) for name in CONTRACTS},
    check_specs=[
        dg.AssetCheckSpec(
            PROVENANCE_CHECK,
            asset="warehouse",
            blocking=True,
            description="For every row of every table with provenance, "
            "document_texts.text[char_start:char_end] == quote.",
        ),
        dg.AssetCheckSpec(
            FOREIGN_KEY_CHECK,
            asset="warehouse",
            blocking=True,
            description="Every key column points to a row that exists (schemas.FOREIGN_KEYS).",
        ),
    ],
    description="warehouse/jris.duckdb: every table, one schema per layer, with column comments.",
)
def warehouse(duckdb: DuckDBResource, **tables: pd.DataFrame) -> Any:
    with duckdb.get_connection() as con:
        counts = load_tables(con, tables)
        mismatches = provenance_mismatches(con)
        dangling = foreign_key_violations(con)
    bad = {name: m for name, m in mismatches.items() if m["mismatches"]}
    yield dg.Output(counts, metadata={f"rows/{k}": v for k, v in counts.items()})
    yield dg.AssetCheckResult(
        check_name=PROVENANCE_CHECK,
        passed=not bad,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "checked_tables": dg.MetadataValue.json(sorted(mismatches)),
            "mismatches": dg.MetadataValue.json(bad),
        },
    )
    yield dg.AssetCheckResult(
        check_name=FOREIGN_KEY_CHECK,
        passed=not dangling,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"violations": dg.MetadataValue.json(dangling)},
    )
    if bad:
        raise ContractError(f"quotes that do not match their source text: {bad}")
    if dangling:
        raise ContractError(f"key values that point nowhere: {dangling}")
