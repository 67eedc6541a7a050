"""Contracts as blocking Dagster asset checks: a table that breaks its contract stops the run."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

import dagster as dg
import duckdb
import pandas as pd
import pyarrow

from pipelines.plumbing import progress
from pipelines.plumbing.errors import ContractError
from schemas import CONTRACTS

CONTRACT_CHECK = "pandera_contract"


def contract_check_spec(table: str) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        CONTRACT_CHECK,
        asset=table,
        blocking=True,
        description=f"Validates '{table}' against its pandera contract in schemas/.",
    )


def table_definition_metadata(table: str) -> dict[str, Any]:
    """What the UI shows of a table whatever a run did: its contract's columns and description.
    On the definition, not on each materialization, as Dagster advises for a schema known in
    advance: a run records its ~200 events without the schemas repeated in them (a third less)."""
    return {
        "dagster/column_schema": dg.MetadataValue.table_schema(column_schema(table)),
        "description": dg.MetadataValue.text(CONTRACTS[table].description),
    }


@cache
def column_schema(table: str) -> dg.TableSchema:
    """The table's columns as the UI shows them, from its contract."""
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                c.name,
                c.duckdb_type,
                description=c.description,
                constraints=dg.TableColumnConstraints(nullable=c.nullable),
            )
            for c in CONTRACTS[table].columns
        ]
    )


def markdown_preview(columns: list[str], rows: list[tuple[Any, ...]], width: int = 60) -> str:
    """A Markdown table of the rows, each cell on one line and cut at `width` characters."""

    def cell(value: Any) -> str:
        text = "" if value is None else " ".join(str(value).split())
        text = text[:width] + "…" if len(text) > width else text
        return text.replace("|", "\\|")

    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def staged_frames(
    con: duckdb.DuckDBPyConnection, table: str, rows: int = 100_000
) -> Iterator[pd.DataFrame]:
    """A staged table in chunks, typed as the contracts expect (nullable integers, lists)."""
    contract = CONTRACTS[table]
    lists = [c.name for c in contract.columns if c.duckdb_type.endswith("[]")]
    reader = con.sql(f'SELECT * FROM staging."{table}"').to_arrow_reader(rows)
    for batch in reader:
        df = batch.to_pandas(types_mapper=_nullable_ints)
        for col in lists:
            df[col] = df[col].map(lambda v: None if v is None else list(v))
        yield df


def _nullable_ints(t: pyarrow.DataType) -> Any:
    return pd.Int64Dtype() if pyarrow.types.is_integer(t) else None


def staged_table_metadata(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, Any]:
    """Row count and the first rows, for the asset's page in the UI."""
    (n,) = con.execute(f'SELECT count(*) FROM staging."{table}"').fetchone() or (0,)
    head = con.execute(f'SELECT * FROM staging."{table}" LIMIT 5')
    columns = [d[0] for d in head.description or []]
    return {
        "dagster/row_count": dg.MetadataValue.int(int(n)),
        "preview": dg.MetadataValue.md(markdown_preview(columns, head.fetchall())),
    }


def staged_check_events(
    con: duckdb.DuckDBPyConnection, tables: list[str]
) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Materializations and contract checks of staged tables, validated chunk by chunk so the
    corpus never has to fit in memory; raise after every check is reported."""
    failed: dict[str, list[dict[str, Any]]] = {}
    for i, table in enumerate(tables, 1):
        failures: list[dict[str, Any]] = []
        for chunk in staged_frames(con, table):
            failures += CONTRACTS[table].failures(chunk)
        progress.report(f"validate {len(tables)} tables", i, len(tables))
        yield dg.MaterializeResult(asset_key=table, metadata=staged_table_metadata(con, table))
        yield dg.AssetCheckResult(
            check_name=CONTRACT_CHECK,
            asset_key=table,
            passed=not failures,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata={
                "failures": dg.MetadataValue.int(len(failures)),
                "first_failures": dg.MetadataValue.json(failures[:20]),
            },
        )
        if failures:
            failed[table] = failures
    if failed:
        lines = [
            f"  {t}: column {f['column']}, row key {f['row_key']}: value {f['value']!r} "
            f"fails {f['check']}"
            for t, fs in failed.items()
            for f in fs[:5]
        ]
        raise ContractError(f"tables {sorted(failed)} break their contracts:\n" + "\n".join(lines))
