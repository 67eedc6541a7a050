"""Each table as CSV for spreadsheet users, written at publish time beside the pages
(site/csv/<table>.csv): UTF-8, a header row, RFC 4180 (CRLF line ends, fields quoted where they
hold a comma, a quote or a line end, quotes doubled). A list is written as its JSON text, a
missing value as an empty field. The Parquet files of the release stay the reference."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import duckdb

FOLDER = "csv"


def csv_field(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_csvs(con: duckdb.DuckDBPyConnection, tables: list[str], order: dict[str, str],
               site: Path) -> None:  # fmt: skip
    """One CSV per table, rows in the order its page shows them."""
    (site / FOLDER).mkdir(parents=True, exist_ok=True)
    for table in tables:
        cur = con.execute(f'SELECT * FROM "{table}" ORDER BY {order[table]}')
        names = [d[0] for d in cur.description or []]
        with (site / FOLDER / f"{table}.csv").open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, dialect="excel", lineterminator="\r\n")
            writer.writerow(names)
            while batch := cur.fetchmany(1000):
                writer.writerows([csv_field(v) for v in row] for row in batch)
