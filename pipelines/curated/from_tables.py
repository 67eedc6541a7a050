"""Curated tables bound to extracted tables by pipelines/curated/bindings.yaml."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from pipelines.curated.parsers import PARSERS, ParseError, country_code
from pipelines.plumbing.errors import ContractError
from pipelines.raw.safe_yaml import load_yaml
from schemas import CONTRACTS

BINDINGS = Path(__file__).parent / "bindings.yaml"


@cache
def load_bindings() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(BINDINGS)
    return data


def empty_table(name: str) -> pd.DataFrame:
    """What a table bound to a document holds in a corpus without that document."""
    return pd.DataFrame(columns=CONTRACTS[name].column_names)


class BindingError(ContractError):
    """A binding cannot be applied: its table or column is not in the extracted output."""


def _find_tables(
    name: str, binding: dict[str, Any], spec: dict[str, Any], tables: pd.DataFrame
) -> pd.DataFrame:
    doc_tables = tables[tables["doc_id"] == binding["doc"]]
    if "caption" in spec:
        pattern = re.compile(spec["caption"], re.IGNORECASE)
        hits = doc_tables[doc_tables["caption"].fillna("").map(lambda c: bool(pattern.search(c)))]
    else:
        pattern = re.compile(spec["header"], re.IGNORECASE)
        hits = doc_tables[
            doc_tables["header"].map(
                lambda h: h is not None and bool(pattern.search(" | ".join(x or "" for x in h)))
            )
        ]
    if len(hits) != 1:
        what = spec.get("caption") or spec.get("header")
        raise BindingError(
            f"bindings.yaml '{name}': expected one table in {binding['doc']} matching "
            f"{what!r}, found {len(hits)}"
        )
    return hits


def _column(name: str, headers: list[str | None], spec: dict[str, Any]) -> int:
    if "col" in spec:
        return int(spec["col"])
    pattern = re.compile(spec["header"], re.IGNORECASE)
    found = [k for k, h in enumerate(headers) if h and pattern.search(h)]
    if len(found) != 1:
        raise BindingError(
            f"bindings.yaml '{name}': header {spec['header']!r} matches {len(found)} "
            f"columns of {headers}"
        )
    return found[0]


def _item_span(quote: str, base: int, item: str, cursor: int) -> tuple[int, int]:
    at = quote.find(item, cursor)
    if at < 0:
        return base, base + len(quote)
    return base + at, base + at + len(item)


def build_bound_table(
    name: str, tables: pd.DataFrame, cells: pd.DataFrame, texts: dict[str, str]
) -> pd.DataFrame:
    binding = load_bindings()[name]
    if binding["doc"] not in texts:  # a corpus without the bound document
        return empty_table(name)
    specs = binding.get("tables") or [binding]
    rows: list[dict[str, Any]] = []
    for spec in specs:
        table = _find_tables(name, binding, spec, tables).iloc[0]
        headers = (
            list(table["header"]) if table["header"] is not None else [None] * int(table["n_cols"])
        )
        columns = {**binding.get("columns", {}), **spec.get("columns", {})}
        tcells = cells[cells["table_id"] == table["table_id"]]
        text = texts[binding["doc"]]
        for r, row_cells in tcells.groupby("row_index", sort=True):
            by_col = {int(c.col_index): c for c in row_cells.itertuples()}
            start = int(row_cells["char_start"].min())
            end = int(row_cells["char_end"].max())
            record: dict[str, Any] = {"doc_id": binding["doc"], **spec.get("constants", {})}
            for column, cspec in columns.items():
                if cspec.get("row_number"):
                    record[column] = int(r) + 1
                    continue
                cell = by_col[_column(name, headers, cspec)]
                value = None if pd.isna(cell.text) else cell.text
                if cspec.get("parse") == "items":
                    record[column] = (
                        list(cell.items) if len(cell.items) else ([value] if value else [])
                    )
                    continue
                try:
                    record[column] = PARSERS[cspec.get("parse", "text")](value)
                except ParseError as exc:
                    raise BindingError(
                        f"bindings.yaml '{name}', {binding['doc']} row {r}, column "
                        f"{column!r}: {exc}"
                    ) from exc
            explode = binding.get("explode")
            if not explode:
                rows.append(
                    {**record, "char_start": start, "char_end": end, "quote": text[start:end]}
                )
                continue
            cell = by_col[_column(name, headers, explode)]
            values = PARSERS[explode["parse"]](None if pd.isna(cell.text) else cell.text)
            cursor = 0
            quote = text[int(cell.char_start) : int(cell.char_end)]
            for k, item in enumerate(values):
                s, e = _item_span(quote, int(cell.char_start), item, cursor)
                cursor = s - int(cell.char_start) + 1
                out = {
                    **record,
                    explode["into"]: item,
                    "char_start": s,
                    "char_end": e,
                    "quote": text[s:e],
                }
                if "index" in explode:
                    out[explode["index"]] = k
                if "written" in explode:
                    out[explode["written"]] = item
                    out[explode["into"]] = country_code(item)
                rows.append(out)
    return pd.DataFrame(rows)
