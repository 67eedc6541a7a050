"""Warehouse asset: every validated table into DuckDB, in one transaction."""

from typing import Any

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from pipelines.warehouse.load import load_tables
from schemas import CONTRACTS


@dg.asset(group_name="warehouse", ins={name: dg.AssetIn(name) for name in CONTRACTS},
          description="warehouse/jris.duckdb: every table, one schema per layer, with column comments.")
def warehouse(duckdb: DuckDBResource, **tables: pd.DataFrame) -> dg.Output[dict[str, Any]]:
    with duckdb.get_connection() as con:
        counts = load_tables(con, tables)
    return dg.Output(counts, metadata={f"rows/{k}": v for k, v in counts.items()})
