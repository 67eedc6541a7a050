"""Rows as the static pages show them: a table's first page in its reading order, and a
source's rows per table, each with the passage it quotes. Read from the release's views."""

from __future__ import annotations

from typing import Any

from pipelines.release.site.pages import Release
from pipelines.release.site.viewer import (
    FIRST_ROWS,
    default_order,
    order_sql,
    static_rows,
    view_columns,
)
from schemas import CONTRACTS

SOURCE_ROWS = 5
QUOTE_CHARS = 200


def document_texts(release: Release) -> dict[str, str]:
    return {str(r["doc_id"]): str(r["text"] or "")
            for r in release.rows("SELECT doc_id, text FROM document_texts")}  # fmt: skip


def order_text(table: str) -> str:
    return "by " + ", ".join(k for k, _ in default_order(table))


def first_page(release: Release, table: str, texts: dict[str, str]) -> dict[str, Any]:
    """What table.html needs for its static rows."""
    rows = release.rows(f'SELECT * FROM "{table}" ORDER BY {order_sql(table)} LIMIT {FIRST_ROWS}')
    shown, drawn = static_rows(table, rows, texts)
    names = CONTRACTS[table].column_names
    return {
        "shown": shown,
        "hidden": [c.name for c in view_columns(table) if not c.shown],
        "first_rows": drawn,
        "has_source": "doc_id" in names and "char_start" in names,
        "order_text": order_text(table),
    }


def _label_column(table: str) -> str | None:
    shown = [c for c in view_columns(table) if c.shown and c.kind == "text"]
    return next((c.name for c in shown if c.name not in ("quote", "quote_b")), None)


def source_rows(release: Release, doc_id: str, counts: dict[str, int]) -> list[dict[str, Any]]:
    """Per table quoting this document: its first rows in reading order (label, page, quote)."""
    out = []
    for table, n in counts.items():
        names = CONTRACTS[table].column_names
        if "quote" not in names or "char_start" not in names:
            continue
        label = _label_column(table)
        label_sql = f'"{label}"' if label else "NULL"
        page = '"page"' if "page" in names else "NULL"
        rows = release.rows(
            f'SELECT {label_sql} AS label, {page} AS page, quote FROM "{table}" '
            f"WHERE doc_id = ? ORDER BY char_start LIMIT {SOURCE_ROWS}",
            [doc_id],
        )
        literal = "'" + doc_id.replace("'", "''") + "'"
        sql = f"SELECT * FROM {table} WHERE doc_id = {literal} ORDER BY char_start"
        for r in rows:
            q = str(r["quote"] or "")
            r["quote"] = q if len(q) <= QUOTE_CHARS else q[: QUOTE_CHARS - 1] + "…"
        out.append({"table": table, "n": n, "rows": rows, "sql": sql})
    return out
