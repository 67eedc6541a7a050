"""Contracts as blocking Dagster asset checks: a table that breaks its contract stops the run."""

from __future__ import annotations

from collections.abc import Iterator

import dagster as dg
import pandas as pd

from pipelines.errors import ContractError
from schemas import CONTRACTS

CONTRACT_CHECK = "pandera_contract"


def contract_check_spec(table: str) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        CONTRACT_CHECK,
        asset=table,
        blocking=True,
        description=f"Validates '{table}' against its pandera contract in schemas/.",
    )


def table_metadata(table: str, df: pd.DataFrame) -> dict[str, dg.MetadataValue]:
    contract = CONTRACTS[table]
    schema = dg.TableSchema(
        columns=[
            dg.TableColumn(
                c.name,
                c.duckdb_type,
                description=c.description,
                constraints=dg.TableColumnConstraints(nullable=c.nullable),
            )
            for c in contract.columns
        ]
    )
    preview = df.head(5).map(lambda v: (str(v)[:60] + "…") if len(str(v)) > 60 else v)
    return {
        "dagster/row_count": dg.MetadataValue.int(len(df)),
        "dagster/column_schema": dg.MetadataValue.table_schema(schema),
        "description": dg.MetadataValue.text(contract.description),
        "preview": dg.MetadataValue.md(preview.to_markdown(index=False)),
    }


def emit_validated_table(table: str, df: pd.DataFrame) -> Iterator[dg.Output | dg.AssetCheckResult]:
    """Yield the table and its contract check; raise if the contract fails, naming the failures."""
    yield from validated_table_events({table: df}, single=True)


def validated_table_events(
    tables: dict[str, pd.DataFrame], single: bool = False
) -> Iterator[dg.Output | dg.AssetCheckResult]:
    """Outputs and contract checks of one or more tables; raise after all checks are reported."""
    failed: list[str] = []
    for table, df in tables.items():
        failures = CONTRACTS[table].failures(df)
        metadata = table_metadata(table, df)
        yield (
            dg.Output(df, metadata=metadata)
            if single
            else dg.Output(df, output_name=table, metadata=metadata)
        )
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
            failed.append(table)
    for table in failed:
        CONTRACTS[table].validate(tables[table])  # raises ContractError with the full message
    if failed:
        raise ContractError(f"tables {failed} break their contracts")  # pragma: no cover
