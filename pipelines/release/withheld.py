"""Licences respected in a release: a document whose registry entry says `full_text: false`
ships only the passages its rows quote. Its text keeps every offset, the characters no short
quote covers withheld as ░, and every quote of it in every table is the same slice of that text,
so the release's own quote check still holds; `jris verify` checks the quotes against a copy of
the document (pipelines/release/verify.py). Every other text column is masked where it copies a
withheld passage (pipelines/release/leaks.py)."""

from __future__ import annotations

import contextlib
from typing import Any

import duckdb
from duckdb.sqltypes import VARCHAR

from pipelines.extracted.structure.text_clean import clean_text
from pipelines.release.leaks import WITHHELD, WithheldRuns
from schemas import CONTRACTS
from schemas.contract import provenance_sides

LONGEST_QUOTE = 400  # characters: a quote longer than this (a block, a table) is not shipped whole
MASK = "jris_unwithheld"  # the SQL function that masks a copied withheld passage
# A passage that dates an entity: a quote with columns of its own names.
_YEAR_PASSAGE = ("year_doc_id", "year_char_start", "year_char_end", "year_quote")


def passages(table: str) -> list[tuple[str, str, str, str]]:
    """(doc_id, char_start, char_end, quote) column names of each passage a table's rows quote."""
    columns = CONTRACTS[table].column_names
    out = [
        (f"doc_id{s}", f"char_start{s}", f"char_end{s}", f"quote{s}")
        for s in provenance_sides(columns)
    ]
    return out + ([_YEAR_PASSAGE] if set(_YEAR_PASSAGE) <= set(columns) else [])


def withheld_texts(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """doc_id -> the text a release ships of each document it may not ship whole."""
    docs = [
        r[0]
        for r in con.execute(
            "SELECT doc_id FROM raw.documents WHERE NOT full_text ORDER BY doc_id"
        ).fetchall()
    ]
    out: dict[str, str] = {}
    for doc in docs:
        (text,) = con.execute(
            "SELECT text FROM raw.document_texts WHERE doc_id = ?", [doc]
        ).fetchone() or ("",)
        keep = bytearray(len(text))
        for name, contract in CONTRACTS.items():
            for d, a, b, _ in passages(name):
                spans = con.execute(
                    f'SELECT "{a}", "{b}" FROM {contract.layer}."{name}" '
                    f'WHERE "{d}" = ? AND "{b}" - "{a}" <= ?',
                    [doc, LONGEST_QUOTE],
                ).fetchall()
                for a, b in spans:
                    keep[a:b] = b"\x01" * (b - a)
        out[doc] = "".join(ch if keep[i] or ch == "\n" else WITHHELD for i, ch in enumerate(text))
    return out


def withheld_runs(con: duckdb.DuckDBPyConnection, texts: dict[str, str]) -> WithheldRuns:
    """What only the withheld passages hold: against the documents shipped whole and the
    registry's metadata, which are public."""
    originals: dict[str, str] = {}
    public: list[str] = []
    rows = con.execute("SELECT doc_id, text FROM raw.document_texts ORDER BY doc_id").fetchall()
    for doc, text in rows:
        if doc in texts:
            originals[doc] = text
        else:
            public.append(text)
    metadata = con.execute("SELECT * FROM raw.documents").fetch_df()
    for column in metadata.columns:
        public.extend(str(v) for v in metadata[column].dropna() if isinstance(v, str))
    return WithheldRuns.build(originals, texts, public)


def stage_withheld(con: duckdb.DuckDBPyConnection, texts: dict[str, str]) -> WithheldRuns:
    """Temporary tables the release's SELECTs read (the shipped texts, and the blocks' text
    cleaned from them) and the masking function, when any document is withheld."""
    con.execute("CREATE OR REPLACE TEMP TABLE _withheld (doc_id VARCHAR, text VARCHAR)")
    if texts:  # DuckDB refuses an empty executemany
        con.executemany("INSERT INTO _withheld VALUES (?, ?)", list(texts.items()))
    blocks: list[tuple[str, str]] = []
    for doc, text in texts.items():
        for block_id, a, b in con.execute(
            'SELECT block_id, char_start, char_end FROM extracted."document_blocks" WHERE doc_id = ?',
            [doc],
        ).fetchall():
            blocks.append((block_id, clean_text(text[a:b]) or WITHHELD))
    con.execute("CREATE OR REPLACE TEMP TABLE _withheld_blocks (block_id VARCHAR, text VARCHAR)")
    if blocks:
        con.executemany("INSERT INTO _withheld_blocks VALUES (?, ?)", blocks)
    runs = withheld_runs(con, texts)
    with contextlib.suppress(duckdb.InvalidInputException):  # not there yet
        con.remove_function(MASK)
    if runs.runs:
        con.create_function(MASK, runs.mask, [VARCHAR], VARCHAR, side_effects=False)
    return runs


def release_select(name: str, columns: list[str], source: str, masked: bool = False) -> str:
    """The SELECT a release writes a table with: quotes (and texts) of withheld documents read
    from the shipped text; with `masked`, every other text column through MASK."""
    replaced: dict[str, str] = {}
    joins: list[str] = []
    for k, (d, a, b, q) in enumerate(passages(name)):
        alias = f"_w{k}"
        joins.append(f'LEFT JOIN _withheld {alias} ON {alias}.doc_id = t."{d}"')
        replaced[q] = (
            f'CASE WHEN {alias}.doc_id IS NULL THEN t."{q}" ELSE '
            f'substring({alias}.text, t."{a}" + 1, t."{b}" - t."{a}") END'
        )
    if name == "document_texts":
        joins.append("LEFT JOIN _withheld _wt ON _wt.doc_id = t.doc_id")
        replaced["text"] = "coalesce(_wt.text, t.text)"
    if name == "document_blocks":
        joins.append("LEFT JOIN _withheld_blocks _wb ON _wb.block_id = t.block_id")
        replaced["text"] = "coalesce(_wb.text, t.text)"
    if masked:
        for column in CONTRACTS[name].columns:
            if column.duckdb_type == "VARCHAR" and column.name not in replaced:
                replaced[column.name] = f'{MASK}(t."{column.name}")'
    select = ", ".join(f'{replaced[c]} AS "{c}"' if c in replaced else f't."{c}"' for c in columns)
    return f"SELECT {select} FROM {source} t {' '.join(joins)}"


def withheld_summary(texts: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {"doc_id": d, "chars": len(t), "shipped": sum(ch != WITHHELD for ch in t)}
        for d, t in sorted(texts.items())
    ]
