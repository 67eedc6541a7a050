"""Load validated tables into `warehouse/jris.duckdb` with DDL and comments from their contracts."""

from __future__ import annotations

from collections.abc import Mapping

import duckdb
import pandas as pd

from schemas import CONTRACTS, FOREIGN_KEYS, TableContract
from schemas.contract import PROVENANCE_COLUMNS


def _quote(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def create_table_sql(contract: TableContract) -> str:
    cols = ", ".join(
        f'"{c.name}" {c.duckdb_type}{"" if c.nullable else " NOT NULL"}' for c in contract.columns
    )
    key = ", ".join(f'"{k}"' for k in contract.primary_key)
    return (
        f'CREATE OR REPLACE TABLE {contract.layer}."{contract.name}" ({cols}, PRIMARY KEY ({key}))'
    )


def comment_sql(contract: TableContract) -> list[str]:
    table = f'{contract.layer}."{contract.name}"'
    stmts = [f"COMMENT ON TABLE {table} IS {_quote(contract.description)}"]
    stmts += [
        f'COMMENT ON COLUMN {table}."{c.name}" IS {_quote(c.description)}' for c in contract.columns
    ]
    return stmts


def load_tables(
    con: duckdb.DuckDBPyConnection, tables: Mapping[str, pd.DataFrame]
) -> dict[str, int]:
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


def provenance_mismatches(
    con: duckdb.DuckDBPyConnection, limit: int = 5
) -> dict[str, dict[str, object]]:
    """For every table with provenance columns, rows whose quote is not text[char_start:char_end]."""
    out: dict[str, dict[str, object]] = {}
    for name, contract in CONTRACTS.items():
        if not set(PROVENANCE_COLUMNS) <= set(contract.column_names):
            continue
        where = (
            f'FROM {contract.layer}."{name}" t LEFT JOIN raw.document_texts d USING (doc_id) '
            "WHERE d.text IS NULL OR t.char_start < 0 OR t.char_end > length(d.text) "
            "OR substring(d.text, t.char_start + 1, t.char_end - t.char_start) <> t.quote"
        )
        (count,) = con.execute(f"SELECT count(*) {where}").fetchone() or (0,)
        examples = con.execute(
            f"SELECT t.doc_id, t.char_start, t.char_end, left(t.quote, 80) {where} LIMIT {limit}"
        ).fetchall()
        out[name] = {"mismatches": int(count), "examples": [list(e) for e in examples]}
    return out


def foreign_key_violations(
    con: duckdb.DuckDBPyConnection, limit: int = 5
) -> dict[str, dict[str, object]]:
    """Values of a key column that the table it points to does not hold."""
    out: dict[str, dict[str, object]] = {}
    for table, column, target, target_column in FOREIGN_KEYS:
        src, dst = CONTRACTS[table], CONTRACTS[target]
        where = (
            f'FROM {src.layer}."{table}" s WHERE s."{column}" IS NOT NULL AND s."{column}" NOT IN '
            f'(SELECT "{target_column}" FROM {dst.layer}."{target}")'
        )
        (count,) = con.execute(f"SELECT count(*) {where}").fetchone() or (0,)
        if count:
            examples = [
                r[0]
                for r in con.execute(
                    f'SELECT DISTINCT s."{column}" {where} LIMIT {limit}'
                ).fetchall()
            ]
            out[f"{table}.{column} -> {target}.{target_column}"] = {
                "violations": int(count),
                "examples": examples,
            }
    return out
