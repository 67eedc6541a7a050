"""Load validated tables into `warehouse/jris.duckdb` with DDL and comments from their contracts."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from pipelines.errors import ContractError
from schemas import CONTRACTS, FOREIGN_KEYS, TableContract
from schemas.contract import PROVENANCE_COLUMNS


def _quote(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


STAGING = "staging"
QUARANTINED = "quarantined"  # internal table: documents left out of the corpus, and why


def create_table_sql(contract: TableContract, schema: str | None = None) -> str:
    cols = ", ".join(
        f'"{c.name}" {c.duckdb_type}{"" if c.nullable else " NOT NULL"}' for c in contract.columns
    )
    key = ", ".join(f'"{k}"' for k in contract.primary_key)
    where = schema or contract.layer
    return f'CREATE OR REPLACE TABLE {where}."{contract.name}" ({cols}, PRIMARY KEY ({key}))'


def _insert_checked(con: duckdb.DuckDBPyConnection, table: str, select: str) -> None:
    try:
        con.execute(f'INSERT INTO {STAGING}."{table}" {select}')
    except duckdb.ConstraintException as exc:
        raise ContractError(f"table '{table}': {exc}") from exc


def stage_parquet(con: duckdb.DuckDBPyConnection, table: str, files: list[Path]) -> None:
    """Stage a table from per-document Parquet files; DuckDB streams them, the key is enforced."""
    contract = CONTRACTS[table]
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {STAGING}")
    con.execute(create_table_sql(contract, STAGING))
    if files:
        cols = ", ".join(f'"{c}"' for c in contract.column_names)
        listed = ", ".join(_quote(str(f)) for f in files)
        _insert_checked(con, table, f"SELECT {cols} FROM read_parquet([{listed}])")


def stage_frame(
    con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame, replace: bool = True
) -> None:
    contract = CONTRACTS[table]
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {STAGING}")
    if replace:
        con.execute(create_table_sql(contract, STAGING))
    cols = ", ".join(f'"{c}"' for c in contract.column_names)
    con.register("_incoming", df[contract.column_names])
    try:
        _insert_checked(con, table, f"SELECT {cols} FROM _incoming")
    finally:
        con.unregister("_incoming")


def stage_quarantined(con: duckdb.DuckDBPyConnection, rows: list[dict[str, str]]) -> None:
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {STAGING}")
    con.execute(
        f"CREATE OR REPLACE TABLE {STAGING}.{QUARANTINED} "
        "(doc_id VARCHAR, file VARCHAR, reason VARCHAR)"
    )
    if rows:
        con.executemany(
            f"INSERT INTO {STAGING}.{QUARANTINED} VALUES (?, ?, ?)",
            [(r["doc_id"], r["file"], r["reason"]) for r in rows],
        )


def promote_staged(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Every staged table into its layer's schema in one transaction, so readers never see a
    half-refreshed warehouse."""
    counts: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        for layer in sorted({c.layer for c in CONTRACTS.values()} | {"meta"}):
            con.execute(f"CREATE SCHEMA IF NOT EXISTS {layer}")
        for name, contract in CONTRACTS.items():
            con.execute(create_table_sql(contract))
            con.execute(f'INSERT INTO {contract.layer}."{name}" SELECT * FROM {STAGING}."{name}"')
            for stmt in comment_sql(contract):
                con.execute(stmt)
            row = con.execute(f'SELECT count(*) FROM {contract.layer}."{name}"').fetchone()
            counts[name] = int(row[0]) if row else 0
        con.execute(
            f"CREATE OR REPLACE TABLE meta.{QUARANTINED} AS SELECT * FROM {STAGING}.{QUARANTINED}"
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return counts


def comment_sql(contract: TableContract) -> list[str]:
    table = f'{contract.layer}."{contract.name}"'
    stmts = [f"COMMENT ON TABLE {table} IS {_quote(contract.description)}"]
    stmts += [
        f'COMMENT ON COLUMN {table}."{c.name}" IS {_quote(c.description)}' for c in contract.columns
    ]
    return stmts


def provenance_mismatches(
    con: duckdb.DuckDBPyConnection, limit: int = 5, schema: str | None = None
) -> dict[str, dict[str, object]]:
    """For every table with provenance columns, rows whose quote is not text[char_start:char_end]."""
    out: dict[str, dict[str, object]] = {}
    for name, contract in CONTRACTS.items():
        if not set(PROVENANCE_COLUMNS) <= set(contract.column_names):
            continue
        texts = f"{schema}.document_texts" if schema else "raw.document_texts"
        where = (
            f'FROM {schema or contract.layer}."{name}" t LEFT JOIN {texts} d USING (doc_id) '
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
    con: duckdb.DuckDBPyConnection, limit: int = 5, schema: str | None = None
) -> dict[str, dict[str, object]]:
    """Values of a key column that the table it points to does not hold."""
    out: dict[str, dict[str, object]] = {}
    for table, column, target, target_column in FOREIGN_KEYS:
        src, dst = CONTRACTS[table], CONTRACTS[target]
        where = (
            f'FROM {schema or src.layer}."{table}" s WHERE s."{column}" IS NOT NULL '
            f'AND s."{column}" NOT IN (SELECT "{target_column}" FROM {schema or dst.layer}."{target}")'
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
