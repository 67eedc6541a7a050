"""Licences respected in a release: a document whose registry entry says `full_text: false`
ships only the passages its rows quote. Its text keeps every offset, the characters no short
quote covers withheld as ░, and every quote of it in every table is the same slice of that text,
so the release's own quote check still holds; `jris verify` checks the quotes against a copy of
the document (pipelines/release/verify.py)."""

from __future__ import annotations

from typing import Any

import duckdb

from pipelines.extracted.text_clean import clean_text
from schemas import CONTRACTS
from schemas.contract import provenance_sides

WITHHELD = "░"
LONGEST_QUOTE = 400  # characters: a quote longer than this (a block, a table) is not shipped whole


def sides(table: str) -> list[str]:
    return provenance_sides(CONTRACTS[table].column_names)


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
            for s in sides(name):
                spans = con.execute(
                    f'SELECT char_start{s}, char_end{s} FROM {contract.layer}."{name}" '
                    f"WHERE doc_id{s} = ? AND char_end{s} - char_start{s} <= ?",
                    [doc, LONGEST_QUOTE],
                ).fetchall()
                for a, b in spans:
                    keep[a:b] = b"\x01" * (b - a)
        out[doc] = "".join(ch if keep[i] or ch == "\n" else WITHHELD for i, ch in enumerate(text))
    return out


def stage_withheld(con: duckdb.DuckDBPyConnection, texts: dict[str, str]) -> None:
    """Temporary tables the release's SELECTs read: the shipped texts, and the blocks' text
    cleaned from them."""
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


def release_select(name: str, columns: list[str], source: str) -> str:
    """The SELECT a release writes a table with: quotes (and texts) of withheld documents read
    from the shipped text."""
    replaced: dict[str, str] = {}
    joins: list[str] = []
    for k, s in enumerate(sides(name)):
        alias = f"_w{k}"
        joins.append(f"LEFT JOIN _withheld {alias} ON {alias}.doc_id = t.doc_id{s}")
        replaced[f"quote{s}"] = (
            f"CASE WHEN {alias}.doc_id IS NULL THEN t.quote{s} ELSE "
            f"substring({alias}.text, t.char_start{s} + 1, t.char_end{s} - t.char_start{s}) END"
        )
    if name == "document_texts":
        joins.append("LEFT JOIN _withheld _wt ON _wt.doc_id = t.doc_id")
        replaced["text"] = "coalesce(_wt.text, t.text)"
    if name == "document_blocks":
        joins.append("LEFT JOIN _withheld_blocks _wb ON _wb.block_id = t.block_id")
        replaced["text"] = "coalesce(_wb.text, t.text)"
    select = ", ".join(f'{replaced[c]} AS "{c}"' if c in replaced else f't."{c}"' for c in columns)
    return f"SELECT {select} FROM {source} t {' '.join(joins)}"


def withheld_summary(texts: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {"doc_id": d, "chars": len(t), "shipped": sum(ch != WITHHELD for ch in t)}
        for d, t in sorted(texts.items())
    ]
