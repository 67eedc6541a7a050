"""The warehouse's per-document rows checked against the per-document store before a release.

The store's files are checked against their stamps' checksums; this checks the warehouse
against the store. A table edited in `jris.duckdb` (values multiplied, rows deleted) no longer
has the rows of its documents' files: its ledgers are forgotten, so the same run stages it again
from the store and promotes it whole, and the release is built from checked rows only.
"""

from __future__ import annotations

import duckdb

from pipelines.extracted.store.store import DocumentStore
from pipelines.warehouse.staging import (
    FILES_PER_INSERT,
    LEDGER,
    META,
    STAGING,
    VERSIONS,
    ledger,
    table_columns,
    table_exists,
)
from schemas import CONTRACTS


def _fingerprint(
    con: duckdb.DuckDBPyConnection, select: str, params: list[object] | None = None
) -> tuple[int, int]:
    """Row count and the sum of the rows' hashes: equal for the same rows in any order."""
    row = con.execute(
        f"SELECT count(*), coalesce(sum(hash(t)::HUGEINT), 0) FROM ({select}) t", params
    ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def _store_fingerprint(
    con: duckdb.DuckDBPyConnection, table: str, store: DocumentStore, docs: list[str]
) -> tuple[int, int]:
    cols = ", ".join(f'"{c}"' for c in CONTRACTS[table].column_names)
    files = [f for f in store.files(table, docs) if f.exists()]
    n = total = 0
    for i in range(0, len(files), FILES_PER_INSERT):
        listed = [str(f) for f in files[i : i + FILES_PER_INSERT]]
        count, hashed = _fingerprint(con, f"SELECT {cols} FROM read_parquet(?)", [listed])
        n, total = n + count, total + hashed
    return n, total


def _in_schema(
    con: duckdb.DuckDBPyConnection, table: str, where: str, docs: list[str]
) -> tuple[int, int]:
    cols = ", ".join(f'"{c}"' for c in CONTRACTS[table].column_names)
    con.execute("CREATE OR REPLACE TEMP TABLE _checked (doc_id VARCHAR PRIMARY KEY)")
    if docs:
        con.executemany("INSERT INTO _checked VALUES (?)", [(d,) for d in docs])
    return _fingerprint(
        con, f"SELECT {cols} FROM {where} WHERE doc_id IN (SELECT doc_id FROM _checked)"
    )


def edited_tables(
    con: duckdb.DuckDBPyConnection,
    tables: list[str],
    store: DocumentStore,
    keys: dict[str, str],
) -> list[str]:
    """The tables whose staged or promoted rows of unchanged documents (`keys`: doc_id -> the
    stored rows' key) are not the rows of those documents' stored files."""
    edited = []
    for table in tables:
        layer = CONTRACTS[table].layer
        for ledger_schema, schema in ((STAGING, STAGING), (META, layer)):
            if not table_exists(con, ledger_schema, LEDGER) or not table_exists(con, schema, table):
                continue
            if table_columns(con, schema, table) != list(CONTRACTS[table].column_names):
                continue  # built by an older contract: staging rebuilds it (its DDL changed)
            held = ledger(con, ledger_schema, table)
            docs = sorted(d for d, k in keys.items() if held.get(d, ("",))[0] == k)
            where = f'{schema}."{table}"'
            if _in_schema(con, table, where, docs) != _store_fingerprint(con, table, store, docs):
                edited.append(table)
                break
    return edited


def forget(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """Make the next staging and promotion of `table` rebuild it whole and write it again."""
    for schema in (STAGING, META):
        for kept in (LEDGER, VERSIONS):  # per-document rows, and whole-table rewrites
            if table_exists(con, schema, kept):
                con.execute(f"DELETE FROM {schema}.{kept} WHERE table_name = ?", [table])


def differs_from_staging(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    """A whole-table rewrite (the curated tables built from named documents) is promoted as a
    copy of its staged table: a layer table that no longer equals it was edited."""
    layer = CONTRACTS[table].layer
    if not (table_exists(con, STAGING, table) and table_exists(con, layer, table)):
        return False
    columns = list(CONTRACTS[table].column_names)
    if table_columns(con, STAGING, table) != columns or table_columns(con, layer, table) != columns:
        return True  # built by an older contract
    cols = ", ".join(f'"{c}"' for c in CONTRACTS[table].column_names)
    return _fingerprint(con, f'SELECT {cols} FROM {STAGING}."{table}"') != _fingerprint(
        con, f'SELECT {cols} FROM {layer}."{table}"'
    )
