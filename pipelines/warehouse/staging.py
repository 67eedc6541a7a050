"""Incremental staging and promotion: a refresh moves only the rows of documents that changed.

Per-document tables are kept in the `staging` schema between runs, with a ledger of which
document's rows they hold and what those rows were made from (the store's input key). A
refresh deletes and re-inserts the rows of new, changed and removed documents only; the
warehouse asset then applies the same delta to the layer schemas in one transaction, after
checking the delta's quotes and the keys. A change of a table's DDL rebuilds that table.
"""

from __future__ import annotations

import contextlib
import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from pipelines.extracted.store.store import DocumentStore, Stamp
from pipelines.plumbing.errors import ContractError
from schemas import CONTRACTS

STAGING = "staging"
META = "meta"
LEDGER = "loaded_documents"  # (table_name, doc_id, input_key, ddl)
QUARANTINED = "quarantined"  # documents left out of the corpus, and why
REJECTED = "rejected_rows"  # rows left out because they break their table's contract
REJECTED_COLUMNS = (
    "doc_id",
    "table_name",
    "row_key",
    "column_name",
    "value",
    "check_name",
    "quote",
)
# pages left out of documents that flow (a scan OCR read too poorly), and why
PAGES_LEFT_OUT = "pages_left_out"
PAGES_LEFT_OUT_COLUMNS = ("doc_id", "file", "page", "reason")
VERSIONS = "table_versions"  # (table_name, version): what a whole-table rewrite staged
FILES_PER_INSERT = 500


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back if a transaction is still open: a failed COMMIT (a full disk) has ended it, and
    the error to report is the one that failed, not the rollback's."""
    with contextlib.suppress(duckdb.TransactionException):
        con.execute("ROLLBACK")


def columns_sql(contract_name: str) -> str:
    contract = CONTRACTS[contract_name]
    cols = ", ".join(
        f'"{c.name}" {c.duckdb_type}{"" if c.nullable else " NOT NULL"}' for c in contract.columns
    )
    key = ", ".join(f'"{k}"' for k in contract.primary_key)
    return f"({cols}, PRIMARY KEY ({key}))"


def ddl_fingerprint(contract_name: str) -> str:
    return hashlib.sha256(columns_sql(contract_name).encode()).hexdigest()[:16]


def table_columns(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> list[str]:
    """The columns of schema.table, in order; none if it does not exist. Not inside a
    transaction: a failed select aborts it. An empty select is a tenth of the time a catalog
    query (information_schema) takes."""
    try:
        return [
            str(d[0]) for d in con.execute(f'SELECT * FROM {schema}."{table}" LIMIT 0').description
        ]
    except duckdb.CatalogException:
        return []


def table_exists(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    """Not inside a transaction (see table_columns)."""
    return bool(table_columns(con, schema, table))


def _ledger(con: duckdb.DuckDBPyConnection, schema: str) -> None:
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    con.execute(
        f"CREATE TABLE IF NOT EXISTS {schema}.{LEDGER} "
        "(table_name VARCHAR, doc_id VARCHAR, input_key VARCHAR, ddl VARCHAR)"
    )


def ledger(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> dict[str, tuple[str, str]]:
    if not table_exists(con, schema, LEDGER):
        return {}
    rows = con.execute(
        f"SELECT doc_id, input_key, ddl FROM {schema}.{LEDGER} WHERE table_name = ?", [table]
    ).fetchall()
    return {d: (k, ddl) for d, k, ddl in rows}


@dataclass
class Delta:
    table: str
    changed: list[str] = field(default_factory=list)  # new or changed documents
    removed: list[str] = field(default_factory=list)
    rebuilt: bool = False


def _ids_table(con: duckdb.DuckDBPyConnection, name: str, ids: list[str]) -> None:
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} (doc_id VARCHAR PRIMARY KEY)")
    if ids:
        con.executemany(f"INSERT INTO {name} VALUES (?)", [(d,) for d in ids])


def stage_documents(
    con: duckdb.DuckDBPyConnection,
    table: str,
    store: DocumentStore,
    docs: dict[str, str],
    contract_name: str | None = None,
) -> Delta:
    """Bring staging.<table> to the stored rows of `docs` (doc_id -> input key)."""
    contract_name = contract_name or table
    fingerprint = ddl_fingerprint(contract_name)
    _ledger(con, STAGING)
    known = ledger(con, STAGING, table)
    delta = Delta(table)
    # a table of an older contract is rebuilt, whatever its ledger says (a forgotten ledger
    # says nothing of the table's columns); asked outside the transaction: it may fail
    current = table_columns(con, STAGING, table) == list(CONTRACTS[contract_name].column_names)
    con.execute("BEGIN TRANSACTION")
    try:
        if not current or any(ddl != fingerprint for _, ddl in known.values()):
            con.execute(f'CREATE OR REPLACE TABLE {STAGING}."{table}" {columns_sql(contract_name)}')
            con.execute(f"DELETE FROM {STAGING}.{LEDGER} WHERE table_name = ?", [table])
            known, delta.rebuilt = {}, True
        delta.changed = sorted(d for d, k in docs.items() if known.get(d, ("",))[0] != k)
        delta.removed = sorted(set(known) - set(docs))
        _ids_table(con, "_gone", delta.changed + delta.removed)
        con.execute(f'DELETE FROM {STAGING}."{table}" WHERE doc_id IN (SELECT doc_id FROM _gone)')
        con.execute(
            f"DELETE FROM {STAGING}.{LEDGER} WHERE table_name = ? "
            "AND doc_id IN (SELECT doc_id FROM _gone)",
            [table],
        )
        cols = ", ".join(f'"{c}"' for c in CONTRACTS[contract_name].column_names)
        files = [f for f in store.files(contract_name, delta.changed) if f.exists()]
        for i in range(0, len(files), FILES_PER_INSERT):
            listed = [str(f) for f in files[i : i + FILES_PER_INSERT]]
            try:
                con.execute(
                    f'INSERT INTO {STAGING}."{table}" SELECT {cols} FROM read_parquet(?)', [listed]
                )
            except duckdb.ConstraintException as exc:
                raise ContractError(f"table '{contract_name}': {exc}") from exc
        if delta.changed:
            con.executemany(
                f"INSERT INTO {STAGING}.{LEDGER} VALUES (?, ?, ?, ?)",
                [(table, d, docs[d], fingerprint) for d in delta.changed],
            )
        con.execute("COMMIT")
    except BaseException:
        rollback(con)
        raise
    return delta


def replace_staged(
    con: duckdb.DuckDBPyConnection, table: str, select_sql: str, staged_name: str | None = None
) -> None:
    """A corpus-wide table rebuilt whole: CREATE with the contract's DDL, INSERT the select.
    The staged table gets a new version (the caller may later name it by its inputs' key), so
    promotion can leave a table alone when the layer already holds that version."""
    name = staged_name or table
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {STAGING}")
    con.execute(f'CREATE OR REPLACE TABLE {STAGING}."{name}" {columns_sql(table)}')
    cols = ", ".join(f'"{c}"' for c in CONTRACTS[table].column_names)
    try:
        con.execute(f'INSERT INTO {STAGING}."{name}" SELECT {cols} FROM ({select_sql})')
    except duckdb.ConstraintException as exc:
        raise ContractError(f"table '{table}': {exc}") from exc
    set_version(con, STAGING, name, uuid.uuid4().hex)


def stage_frame(
    con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame, staged_name: str | None = None
) -> None:
    con.register("_incoming", df[CONTRACTS[table].column_names])
    try:
        replace_staged(con, table, "SELECT * FROM _incoming", staged_name)
    finally:
        con.unregister("_incoming")


def versions(con: duckdb.DuckDBPyConnection, schema: str) -> dict[str, str]:
    """Table -> the version of its last whole-table rewrite in `schema` (staging or meta)."""
    if not table_exists(con, schema, VERSIONS):
        return {}
    return dict(con.execute(f"SELECT table_name, version FROM {schema}.{VERSIONS}").fetchall())


def set_version(con: duckdb.DuckDBPyConnection, schema: str, table: str, version: str) -> None:
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    con.execute(
        f"CREATE TABLE IF NOT EXISTS {schema}.{VERSIONS} (table_name VARCHAR, version VARCHAR)"
    )
    con.execute(f"DELETE FROM {schema}.{VERSIONS} WHERE table_name = ?", [table])
    con.execute(f"INSERT INTO {schema}.{VERSIONS} VALUES (?, ?)", [table, version])


def stage_quarantined(
    con: duckdb.DuckDBPyConnection,
    rows: list[dict[str, str]],
    rejected: Sequence[tuple[str | None, ...]] = (),
    pages_left_out: Sequence[tuple[str, str, int, str]] = (),
) -> None:
    """The documents left out, the rows left out of documents that flow, and their pages
    left out."""
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {STAGING}")
    con.execute(
        f"CREATE OR REPLACE TABLE {STAGING}.{REJECTED} ("
        + ", ".join(f"{c} VARCHAR" for c in REJECTED_COLUMNS)
        + ")"
    )
    if rejected:
        con.executemany(f"INSERT INTO {STAGING}.{REJECTED} VALUES (?, ?, ?, ?, ?, ?, ?)", rejected)
    con.execute(
        f"CREATE OR REPLACE TABLE {STAGING}.{QUARANTINED} "
        "(doc_id VARCHAR, file VARCHAR, reason VARCHAR)"
    )
    if rows:
        con.executemany(
            f"INSERT INTO {STAGING}.{QUARANTINED} VALUES (?, ?, ?)",
            [(r["doc_id"], r["file"], r["reason"]) for r in rows],
        )
    con.execute(
        f"CREATE OR REPLACE TABLE {STAGING}.{PAGES_LEFT_OUT} "
        "(doc_id VARCHAR, file VARCHAR, page INTEGER, reason VARCHAR)"
    )
    if pages_left_out:
        con.executemany(
            f"INSERT INTO {STAGING}.{PAGES_LEFT_OUT} VALUES (?, ?, ?, ?)", pages_left_out
        )


def stamp_mismatches(
    con: duckdb.DuckDBPyConnection,
    table: str,
    stamps: dict[str, Stamp | None],
    contract_name: str | None = None,
) -> list[str]:
    """Documents (those of `stamps`, each with its stamp) whose staged row count is not what
    their stamp says was validated."""
    contract_name = contract_name or table
    counts = dict(
        con.execute(f'SELECT doc_id, count(*) FROM {STAGING}."{table}" GROUP BY 1').fetchall()
    )
    bad = []
    for d, stamp in stamps.items():
        expected = stamp.rows.get(contract_name) if stamp and not stamp.quarantined else None
        if expected is None or counts.get(d, 0) != expected:
            bad.append(f"{d}: {counts.get(d, 0)} staged rows, stamp says {expected}")
    extra = sorted(set(counts) - set(stamps))
    bad += [f"{d}: staged but not a document of the corpus" for d in extra]
    return bad


def pending_changes(con: duckdb.DuckDBPyConnection, table: str) -> Delta:
    """What promoting staging.<table> changes in the layer schema."""
    staged, promoted = ledger(con, STAGING, table), ledger(con, META, table)
    delta = Delta(table)
    delta.changed = sorted(d for d, v in staged.items() if promoted.get(d) != v)
    delta.removed = sorted(set(promoted) - set(staged))
    delta.rebuilt = not promoted or any(
        v[1] != staged.get(d, ("", ""))[1] for d, v in promoted.items()
    )
    return delta


def staged_per_document_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    if not table_exists(con, STAGING, LEDGER):
        return set()
    return {
        r[0] for r in con.execute(f"SELECT DISTINCT table_name FROM {STAGING}.{LEDGER}").fetchall()
    }


def layer_path(table: str) -> str:
    return f'{CONTRACTS[table].layer}."{table}"'
