"""Load validated tables into `warehouse/jris.duckdb` with DDL and comments from their contracts."""

from __future__ import annotations

import duckdb

from pipelines.warehouse.staging import (
    LEDGER,
    META,
    PAGES_LEFT_OUT,
    QUARANTINED,
    REJECTED,
    STAGING,
    VERSIONS,
    Delta,
    columns_sql,
    ddl_fingerprint,
    pending_changes,
    rollback,
    staged_per_document_tables,
    versions,
)
from schemas import CONTRACTS, FOREIGN_KEYS, TableContract
from schemas.contract import PROVENANCE_COLUMNS, provenance_sides

TABLE_DDL = "table_ddl"  # the DDL fingerprint each layer table was created with


def _quote(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def create_table_sql(contract: TableContract, schema: str | None = None) -> str:
    where = schema or contract.layer
    return f'CREATE OR REPLACE TABLE {where}."{contract.name}" {columns_sql(contract.name)}'


def promote_staged(
    con: duckdb.DuckDBPyConnection, deltas: dict[str, Delta] | None = None
) -> dict[str, int]:
    """The staged tables into their layers in one transaction, so readers never see a
    half-refreshed warehouse: per-document tables by their delta, the others whole."""
    if deltas is None:
        deltas = pending_deltas(con)
    # read before the transaction: looking up a table that is not there would abort it
    staged_versions, promoted_versions = versions(con, STAGING), versions(con, META)
    counts: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        for layer in sorted({c.layer for c in CONTRACTS.values()} | {META}):
            con.execute(f"CREATE SCHEMA IF NOT EXISTS {layer}")
        con.execute(
            f"CREATE TABLE IF NOT EXISTS {META}.{TABLE_DDL} (table_name VARCHAR, ddl VARCHAR)"
        )
        layer_ddl = dict(con.execute(f"SELECT * FROM {META}.{TABLE_DDL}").fetchall())
        existing = set(
            con.execute("SELECT schema_name, table_name FROM duckdb_tables()").fetchall()
        )
        for name, contract in CONTRACTS.items():
            target, source = f'{contract.layer}."{name}"', f'{STAGING}."{name}"'
            delta = deltas.get(name)
            same_ddl = (contract.layer, name) in existing and layer_ddl.get(
                name
            ) == ddl_fingerprint(name)
            if not same_ddl:
                con.execute(create_table_sql(contract))
                con.execute(f"INSERT INTO {target} SELECT * FROM {source}")
                for stmt in comment_sql(contract):
                    con.execute(stmt)
            elif delta is None and promoted_versions.get(name, "") == staged_versions.get(name):
                pass  # a whole table, and the layer already holds this very version of it
            elif delta is None or delta.rebuilt:
                con.execute(f"DELETE FROM {target}")
                con.execute(f"INSERT INTO {target} SELECT * FROM {source}")
            elif delta.changed or delta.removed:
                gone = delta.changed + delta.removed
                con.execute(
                    f"DELETE FROM {target} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [gone]
                )
                if delta.changed:
                    con.execute(
                        f"INSERT INTO {target} SELECT * FROM {source} "
                        "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                        [delta.changed],
                    )
            row = con.execute(f"SELECT count(*) FROM {target}").fetchone()
            counts[name] = int(row[0]) if row else 0
        con.execute(f"DELETE FROM {META}.{TABLE_DDL}")
        con.executemany(
            f"INSERT INTO {META}.{TABLE_DDL} VALUES (?, ?)",
            [(n, ddl_fingerprint(n)) for n in CONTRACTS],
        )
        con.execute(f"CREATE OR REPLACE TABLE {META}.{LEDGER} AS SELECT * FROM {STAGING}.{LEDGER}")
        con.execute(
            f"CREATE OR REPLACE TABLE {META}.{VERSIONS} (table_name VARCHAR, version VARCHAR)"
        )
        promoted = [(n, v) for n, v in sorted(staged_versions.items()) if n in CONTRACTS]
        if promoted:
            con.executemany(f"INSERT INTO {META}.{VERSIONS} VALUES (?, ?)", promoted)
        for table in (QUARANTINED, REJECTED, PAGES_LEFT_OUT):
            con.execute(
                f"CREATE OR REPLACE TABLE {META}.{table} AS SELECT * FROM {STAGING}.{table}"
            )
        con.execute("COMMIT")
    except Exception:
        rollback(con)
        raise
    return counts


def pending_deltas(con: duckdb.DuckDBPyConnection) -> dict[str, Delta]:
    """Per-document table -> what promoting it would change."""
    return {t: pending_changes(con, t) for t in staged_per_document_tables(con)}


def changed_documents(
    con: duckdb.DuckDBPyConnection, deltas: dict[str, Delta]
) -> dict[str, list[str]]:
    """Table with provenance -> the documents whose quotes promotion would change (absent: all):
    of a per-document table, the documents restaged; of a table staged whole, the documents
    its new or changed passages point into and those whose text changed. A passage promoted
    before was checked against the same text then."""
    only = {t: d.changed for t, d in deltas.items() if not d.rebuilt}
    texts = only.get("document_texts")
    if texts is None:  # every text is new: every quote is checked
        return only
    for name, contract in CONTRACTS.items():
        if name in only or not set(PROVENANCE_COLUMNS) <= set(contract.column_names):
            continue
        docs = set(texts)
        try:
            for suffix in provenance_sides(contract.column_names):
                cols = ", ".join(f"{c}{suffix}" for c in PROVENANCE_COLUMNS)
                docs.update(r[0] for r in con.execute(
                    f'SELECT DISTINCT doc_id{suffix} FROM (SELECT {cols} FROM {STAGING}."{name}" '
                    f'EXCEPT SELECT {cols} FROM {contract.layer}."{name}")'
                ).fetchall())  # fmt: skip
        except duckdb.Error:  # not promoted yet, or by an older contract: all of it
            continue
        only[name] = sorted(d for d in docs if d is not None)
    return only


def comment_sql(contract: TableContract) -> list[str]:
    table = f'{contract.layer}."{contract.name}"'
    stmts = [f"COMMENT ON TABLE {table} IS {_quote(contract.description)}"]
    stmts += [
        f'COMMENT ON COLUMN {table}."{c.name}" IS {_quote(c.description)}' for c in contract.columns
    ]
    return stmts


TEXTS_PER_FETCH = 100  # documents whose text is held at once while quotes are checked


def provenance_mismatches(
    con: duckdb.DuckDBPyConnection,
    limit: int = 5,
    schema: str | None = None,
    only: dict[str, list[str]] | None = None,
) -> dict[str, dict[str, object]]:
    """For every table with provenance columns, rows whose quote is not text[char_start:char_end];
    `only` limits a table to the rows of some documents (those a refresh changed). Slices are
    taken in Python, where an offset costs nothing (DuckDB's substring of a UTF-8 text walks it
    from the start, which made a long document's check quadratic), a hundred documents' texts
    at a time, and no query sorts the quotes (one can be a whole table's text). A row of a
    document the documents table does not hold is the foreign-key check's to find."""
    out: dict[str, dict[str, object]] = {}
    docs_of: dict[str, list[str] | None] = {}
    for name, contract in CONTRACTS.items():
        if set(PROVENANCE_COLUMNS) <= set(contract.column_names):
            out[name] = {"mismatches": 0, "examples": []}
            docs_of[name] = (only or {}).get(name)
    texts_table = f"{schema}.document_texts" if schema else "raw.document_texts"
    docs_table = f"{schema}.documents" if schema else "raw.documents"
    if any(d is None for d in docs_of.values()):  # every document, with a text or without
        wanted = sorted(
            r[0]
            for r in con.execute(
                f"SELECT doc_id FROM {texts_table} UNION SELECT doc_id FROM {docs_table}"
            ).fetchall()
        )
    else:
        wanted = sorted({d for docs in docs_of.values() for d in docs or []})
    for i in range(0, len(wanted), TEXTS_PER_FETCH):
        chunk = wanted[i : i + TEXTS_PER_FETCH]
        texts = dict(
            con.execute(
                f"SELECT doc_id, text FROM {texts_table} WHERE doc_id IN (SELECT unnest(?))",
                [chunk],
            ).fetchall()
        )
        for name, docs in docs_of.items():
            mine = chunk if docs is None else sorted(set(chunk) & set(docs))
            if mine:
                where = f'{schema or CONTRACTS[name].layer}."{name}"'
                for suffix in provenance_sides(CONTRACTS[name].column_names):
                    _check_quotes(con, where, mine, texts, out[name], limit, suffix)
    return out


def _check_quotes(
    con: duckdb.DuckDBPyConnection,
    where: str,
    docs: list[str],
    texts: dict[str, str],
    found: dict[str, object],
    limit: int,
    suffix: str = "",
) -> None:
    cols = ", ".join(f"{c}{suffix}" for c in ("doc_id", "char_start", "char_end", "quote"))
    rows = con.execute(
        f"SELECT {cols} FROM {where} WHERE doc_id{suffix} IN (SELECT unnest(?))", [docs]
    )
    while batch := rows.fetchmany(10_000):
        bad = [
            [d, s, e, (q or "")[:80]]
            for d, s, e, q in batch
            if (text := texts.get(d)) is None or s < 0 or e > len(text) or text[s:e] != q
        ]
        _count(found, bad, limit)


def _count(found: dict[str, object], bad: list[list[object]], limit: int) -> None:
    found["mismatches"] = int(found["mismatches"]) + len(bad)  # type: ignore[call-overload]
    examples = found["examples"]
    assert isinstance(examples, list)
    examples.extend(bad[: max(0, limit - len(examples))])


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
