"""Load validated tables into `warehouse/jris.duckdb` with DDL and comments from their contracts."""

from __future__ import annotations

from collections.abc import Mapping

import duckdb
import pandas as pd

from schemas import CONTRACTS, TableContract


def _quote(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def create_table_sql(contract: TableContract) -> str:
    cols = ", ".join(
        f'"{c.name}" {c.duckdb_type}{"" if c.nullable else " NOT NULL"}' for c in contract.columns)
    key = ", ".join(f'"{k}"' for k in contract.primary_key)
    return f'CREATE OR REPLACE TABLE {contract.layer}."{contract.name}" ({cols}, PRIMARY KEY ({key}))'


def comment_sql(contract: TableContract) -> list[str]:
    table = f'{contract.layer}."{contract.name}"'
    stmts = [f"COMMENT ON TABLE {table} IS {_quote(contract.description)}"]
    stmts += [f'COMMENT ON COLUMN {table}."{c.name}" IS {_quote(c.description)}'
              for c in contract.columns]
    return stmts


def load_tables(con: duckdb.DuckDBPyConnection, tables: Mapping[str, pd.DataFrame]) -> dict[str, int]:
    """Replace every given table in one transaction, so readers never see a half-loaded warehouse."""
    counts: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        for layer in sorted({CONTRACTS[name].layer for name in tables}):
            con.execute(f"CREATE SCHEMA IF NOT EXISTS {layer}")
        for name, df in tables.items():
            contract = CONTRACTS[name]
            con.execute(create_table_sql(contract))
            cols = ", ".join(f'"{c}"' for c in contract.column_names)
            con.register("_incoming", df[contract.column_names])
            con.execute(f'INSERT INTO {contract.layer}."{name}" SELECT {cols} FROM _incoming')
            con.unregister("_incoming")
            for stmt in comment_sql(contract):
                con.execute(stmt)
            row = con.execute(f'SELECT count(*) FROM {contract.layer}."{name}"').fetchone()
            counts[name] = int(row[0]) if row else 0
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return counts
