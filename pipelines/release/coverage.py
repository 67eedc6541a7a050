"""What a release covers, read from its own data for the dataset card: for every table, how many
rows it has, from which documents, and the years its year columns span, so a reader sees at
once that a table holds one source's rows or one year's figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from schemas import CONTRACTS

MAX_NAMED = 4  # documents named in a line; past that, counted


def year_columns(table: str) -> list[str]:
    """The integer columns of `table` that hold calendar (or fiscal) years."""
    return [
        c.name
        for c in CONTRACTS[table].columns
        if "INT" in c.duckdb_type
        and (
            c.name in ("year", "period_start", "period_end", "year_approved")
            or (c.name.endswith("_year") and not c.name.startswith("duration"))
        )
    ]


def _documents(con: duckdb.DuckDBPyConnection, path: Path) -> str:
    rows = con.execute(
        "SELECT doc_id, count(*) FROM read_parquet(?) GROUP BY 1 ORDER BY 2 DESC, 1", [str(path)]
    ).fetchall()
    if not rows:
        return "no document"
    if len(rows) > MAX_NAMED:
        return f"{len(rows)} documents"
    named = ", ".join(f"`{d}` ({n})" for d, n in rows)
    return f"{len(rows)} document{'s' if len(rows) > 1 else ''}: {named}"


def _years(con: duckdb.DuckDBPyConnection, path: Path, columns: list[str]) -> str | None:
    if not columns:
        return None
    values = " UNION ALL ".join(f'SELECT "{c}" AS y FROM read_parquet($path)' for c in columns)
    low, high, n = con.execute(
        f"SELECT min(y), max(y), count(y) FROM ({values})", {"path": str(path)}
    ).fetchone() or (
        None,
        None,
        0,
    )
    if not n:
        return "no year given"
    return f"years {low}–{high}" if low != high else f"the year {low} only"


def coverage_lines(
    con: duckdb.DuckDBPyConnection,
    data_dir: Path,
    tables: dict[str, dict[str, Any]],
    order: list[str],
) -> list[str]:
    """Markdown lines of the card's coverage section, one per table."""
    lines = [
        "## Coverage and limitations",
        "",
        "Generated from this release's data: each table's rows, the documents they come from "
        "(rows per document) and the years its year columns span. A table fed by one document "
        "covers what that document covers, no more.",
        "",
        "| table | rows | from | years |",
        "|---|---|---|---|",
    ]
    for name in order:
        path = data_dir / f"{name}.parquet"
        rows = tables[name]["rows"]
        has_docs = "doc_id" in CONTRACTS[name].column_names
        source = _documents(con, path) if has_docs and rows else ("—" if not has_docs else "no row")
        years = _years(con, path, year_columns(name)) if rows else None
        lines.append(f"| `{name}` | {rows} | {source} | {years or '—'} |")
    return [*lines, ""]
