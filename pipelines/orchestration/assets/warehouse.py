"""Warehouse asset: the staged tables checked against their sources and promoted together."""

from typing import Any

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.curated.build import CURATED
from pipelines.extracted.store.plan import drop_removed_documents
from pipelines.orchestration.assets.extracted import CORPUS_TABLES
from pipelines.orchestration.resources import JrisPaths
from pipelines.plumbing.errors import ContractError
from pipelines.warehouse.load import (
    changed_documents,
    foreign_key_violations,
    pending_deltas,
    promote_staged,
    provenance_mismatches,
)
from pipelines.warehouse.staging import STAGING

PROVENANCE_CHECK = "quotes_match_source"
FOREIGN_KEY_CHECK = "foreign_keys"


@dg.asset(
    group_name="warehouse",
    deps=[*CORPUS_TABLES, "prefectures", *CURATED],
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
    description="warehouse/jris.duckdb: every table, one schema per layer, with column comments; "
    "promoted from the staging schema only when every quote and key checks out.",
)
def warehouse(context: dg.AssetExecutionContext, jris: JrisPaths, duckdb: DuckDBResource) -> Any:
    with duckdb.get_connection() as con:
        deltas = pending_deltas(con)
        mismatches = provenance_mismatches(con, schema=STAGING, only=changed_documents(con, deltas))
        dangling = foreign_key_violations(con, schema=STAGING)
        bad = {name: m for name, m in mismatches.items() if m["mismatches"]}
        counts = promote_staged(con, deltas) if not bad and not dangling else {}
    publishing = "release" in context.job_def.graph.node_names()  # the run's own (subset) job
    if not bad and not dangling and not publishing:  # the release asset does it when it ran
        drop_removed_documents(jris.paths, context.log)
    yield dg.MaterializeResult(
        metadata={f"rows/{k}": v for k, v in counts.items()},
        check_results=[
            dg.AssetCheckResult(
                check_name=PROVENANCE_CHECK,
                passed=not bad,
                severity=dg.AssetCheckSeverity.ERROR,
                metadata={
                    "checked_tables": dg.MetadataValue.json(sorted(mismatches)),
                    "mismatches": dg.MetadataValue.json(bad),
                },
            ),
            dg.AssetCheckResult(
                check_name=FOREIGN_KEY_CHECK,
                passed=not dangling,
                severity=dg.AssetCheckSeverity.ERROR,
                metadata={"violations": dg.MetadataValue.json(dangling)},
            ),
        ],
    )
    if bad:
        raise ContractError(f"quotes that do not match their source text: {bad}")
    if dangling:
        raise ContractError(f"key values that point nowhere: {dangling}")
