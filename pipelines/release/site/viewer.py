"""How a table reads on its page: which columns come first, which are hidden until asked for,
what each value's type and unit is, the rows' order, and each row's provenance. The same layout
drives the static first page of rows (readable without scripts) and the in-page viewer
(web/src/viewer.js), which gets it as JSON."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from schemas import CONTRACTS
from schemas.contract import ColumnSpec

FIRST_ROWS = 25
CLIP = 160
PASSAGE = 240  # characters of context each side of a quote
# What a reader looks for first: what is measured, of what, then the row's name.
LEAD = ("measure", "entity_id", "label", "site", "event", "program", "phase", "budget_line",
        "name_en", "name", "title", "subject", "partnership", "kind", "event_type", "check_type",
        "verdict")  # fmt: skip
LONG_TEXT = ("quote", "quote_b", "sentence", "text", "note", "n_detail", "passage")
# Where a row comes from: shown in its own provenance cell, the columns themselves on demand.
PROVENANCE = ("doc_id", "page", "char_start", "char_end", "doc_id_b", "char_start_b",
              "char_end_b")  # fmt: skip
# Numbers and the column that gives their unit, where a table has both.
UNITS = {"unit": ("value", "value_low", "value_high", "value_b"),
         "currency": ("amount", "per_unit_low", "per_unit_high"),
         "n_unit": ("n_projects_or_regions",)}  # fmt: skip
# Units a number reads best without (a year is printed as one), and how others are written.
BARE_UNITS = ("year", "count")
UNIT_WORDS = {"percent": "%"}
_YEAR = re.compile(r"(^|_)(year|years|period|period_start|period_end|period_b)($|_)|_year$")


@dataclass(frozen=True)
class ViewColumn:
    name: str
    kind: str  # text, list, year, int, float, bool
    shown: bool


def kind_of(col: ColumnSpec) -> str:
    t = col.duckdb_type
    if t.endswith("[]"):
        return "list"
    if t in ("BIGINT", "INTEGER"):
        plain = "duration" in col.name or "char" in col.name
        return "year" if _YEAR.search(col.name) and not plain else "int"
    return {"DOUBLE": "float", "BOOLEAN": "bool"}.get(t, "text")


def _group(col: ColumnSpec, key: tuple[str, ...]) -> int:
    if col.name in LEAD:
        return 0
    if col.name in PROVENANCE:
        return 4
    if col.name in LONG_TEXT:
        return 3
    if col.name.endswith("_id") or col.name in key and col.duckdb_type == "VARCHAR":
        return 5 if col.name not in key else 2
    return 1


def view_columns(table: str) -> list[ViewColumn]:
    """The table's columns in reading order: lead names, values, other text, long text, ids."""
    contract = CONTRACTS[table]
    key = tuple(contract.primary_key)
    cols = sorted(contract.columns, key=lambda c: (_group(c, key), LEAD.index(c.name)
                                                   if c.name in LEAD else 0))  # fmt: skip
    hidden = set(PROVENANCE) | set(units(table).values())
    hidden |= {c.name for c in cols if c.name.endswith("_id") and c.name not in LEAD}
    return [ViewColumn(c.name, kind_of(c), c.name not in hidden) for c in cols]


def units(table: str) -> dict[str, str]:
    names = set(CONTRACTS[table].column_names)
    return {v: u for u, values in UNITS.items() if u in names for v in values if v in names}


def default_order(table: str) -> list[list[str]]:
    """Rows by year where a table has one, else in the order their sources give them, else
    by key."""
    names = CONTRACTS[table].column_names
    for year in ("year", "fiscal_year", "start_year"):
        if year in names:
            return [[year, "ASC"]]
    if "doc_id" in names and "char_start" in names:
        return [["doc_id", "ASC"], ["char_start", "ASC"]]
    return [[k, "ASC"] for k in CONTRACTS[table].primary_key]


def order_sql(table: str) -> str:
    keys = [*default_order(table), *([k, "ASC"] for k in CONTRACTS[table].primary_key)]
    seen: list[str] = []
    for k, _ in keys:
        if k not in seen:
            seen.append(k)
    return ", ".join(f'"{k}" ASC NULLS LAST' for k in seen)


def view_config(table: str) -> dict[str, Any]:
    """The layout as the page script reads it."""
    return {
        "table": table,
        "key": list(CONTRACTS[table].primary_key),
        "order": default_order(table),
        "units": units(table),
        "columns": [
            {"name": c.name, "kind": c.kind, "shown": c.shown} for c in view_columns(table)
        ],
    }


def show(value: Any, kind: str, unit: Any = None) -> str:
    """A value as a reader expects it: 2002 not 2002.0, 5,000 with its unit, lists joined."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(show(v, "text") for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float) and not (
        isinstance(value, float) and not math.isfinite(value)
    ):
        if (kind == "year" or unit == "year") and float(value).is_integer():
            text = str(int(value))
        elif float(value).is_integer():
            text = f"{int(value):,}"
        else:
            text = f"{value:,.6f}".rstrip("0").rstrip(".")
        if not unit or unit in BARE_UNITS:
            return text
        return f"{text} {UNIT_WORDS.get(str(unit), unit)}"
    return str(value)


def static_rows(
    table: str, rows: list[dict[str, Any]], texts: dict[str, str]
) -> tuple[list[ViewColumn], list[dict[str, Any]]]:
    """The first page of rows as the template draws it: shown cells (clipped text keeps its
    whole value to expand) and each row's provenance with its passage."""
    cols = [c for c in view_columns(table) if c.shown]
    unit_of = units(table)
    out = []
    for r in rows:
        cells = []
        for c in cols:
            unit = r.get(unit_of[c.name]) if c.name in unit_of else None
            text = show(r.get(c.name), c.kind, unit)
            cells.append({"text": text, "clip": text[: CLIP - 1] + "…" if len(text) > CLIP else "",
                          "num": c.kind in ("int", "float", "year")})  # fmt: skip
        out.append({"cells": cells, "source": provenance(r, texts)})
    return cols, out


def provenance(row: dict[str, Any], texts: dict[str, str]) -> dict[str, Any] | None:
    """The row's document, page and passage around its quote (None for rows with no source)."""
    doc, start, end = row.get("doc_id"), row.get("char_start"), row.get("char_end")
    if doc is None or start is None or end is None:
        return None
    text = texts.get(str(doc), "")
    s, e = int(start), int(end)
    return {
        "doc_id": doc,
        "page": row.get("page"),
        "before": ("…" if s > PASSAGE else "") + context(text[max(0, s - PASSAGE) : s]),
        "quote": context(text[s:e]),
        "after": context(text[e : e + PASSAGE]) + ("…" if e + PASSAGE < len(text) else ""),
    }


_WITHHELD_RUN = re.compile(r"░[░\s]*░")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def context(text: str) -> str:
    """Text around a quote, short: a run of withheld characters (`░`, the text a licence keeps
    out of the release) as one mark, blank lines as one line end. The release's quote columns keep
    every character; this is for reading."""
    return _BLANK_LINES.sub("\n", _WITHHELD_RUN.sub("░…░", text))
