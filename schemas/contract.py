"""One definition per table: its pandera model carries types, checks and every description.

The warehouse DDL, the DuckDB column comments, the data dictionary and `datapackage.json`
are all derived from these models, so nothing is written twice.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pyarrow

from pipelines.plumbing.errors import ContractError

# pandera dtype name -> (DuckDB type, Frictionless type)
_TYPES: dict[str, tuple[str, str]] = {
    "str": ("VARCHAR", "string"),
    "string": ("VARCHAR", "string"),
    "int64": ("BIGINT", "integer"),
    "Int64": ("BIGINT", "integer"),
    "int32": ("INTEGER", "integer"),
    "Int32": ("INTEGER", "integer"),
    "float64": ("DOUBLE", "number"),
    "Float64": ("DOUBLE", "number"),
    "bool": ("BOOLEAN", "boolean"),
    "boolean": ("BOOLEAN", "boolean"),
}
# Frictionless reads Parquet through pandas, which hands lists over as arrays its "array"
# type does not accept: list columns are "any" (their descriptions say what they hold).
_LIST_TYPES = {"VARCHAR[]": "any", "BIGINT[]": "any"}

PROVENANCE_COLUMNS = ("doc_id", "char_start", "char_end", "quote")


def provenance_sides(columns: list[str] | tuple[str, ...]) -> list[str]:
    """The provenance column sets of a table's columns: `` and, for a pair of passages, `_b`."""
    have = set(columns)
    out = [""] if set(PROVENANCE_COLUMNS) <= have else []
    return out + (["_b"] if {f"{c}_b" for c in PROVENANCE_COLUMNS} <= have else [])


# Exact source text, checked against the documents instead of for markup.
VERBATIM_COLUMNS = {"quote", "quote_b", "year_quote", "surface", "document_texts.text"}
NULL_MARKER_STRINGS = ["", "—", "–", "-", "n/a", "N/A", "NA", "None", "nan"]
MARKUP = r"<\/?(?:b|p|ul|li|sup|strong|em|i|br|span|div)\b[^>]*>|\*\*|&amp;|&lt;|&gt;|&nbsp;"
NO_MARKUP_LEFT = pa.Check.str_matches(
    rf"^(?![\s\S]*(?:{MARKUP}))",
    name="no_markup",
    error="text must be free of HTML/Markdown markup and entities",
)
NO_NULL_MARKERS = pa.Check(
    lambda s: ~s.isin(NULL_MARKER_STRINGS),
    name="no_null_marker_strings",
    error="missing values must be null, not a dash, an empty string or n/a",
)

NO_CONTROL_CHARACTERS = pa.Check.str_matches(
    r"^[^\x00-\x08\x0b-\x1f\x7f-\x9f]*$",
    name="no_control_characters",
    error="text must hold no control characters (NUL, ESC...) other than tab and line end",
)
FINITE = pa.Check(
    lambda s: s.isna() | np.isfinite(s.astype("float64")),
    name="finite",
    error="a number must be finite: no infinity, no NaN (missing is null)",
)


_ARROW_TYPES: dict[str, pyarrow.DataType] = {
    "VARCHAR": pyarrow.string(),
    "BIGINT": pyarrow.int64(),
    "INTEGER": pyarrow.int32(),
    "DOUBLE": pyarrow.float64(),
    "BOOLEAN": pyarrow.bool_(),
    "VARCHAR[]": pyarrow.list_(pyarrow.string()),
    "BIGINT[]": pyarrow.list_(pyarrow.int64()),
}


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    duckdb_type: str
    frictionless_type: str
    nullable: bool
    description: str


@dataclass(frozen=True)
class TableContract:
    name: str
    layer: str  # warehouse schema: raw, extracted, curated or reference
    model: type[pa.DataFrameModel]
    primary_key: tuple[str, ...]

    @functools.cached_property
    def schema(self) -> pa.DataFrameSchema:
        """The model's schema plus the checks every text column gets: missing is null, never `—`."""
        base = self.model.to_schema()
        updates = {}
        for name, col in base.columns.items():
            verbatim = name in VERBATIM_COLUMNS or f"{self.name}.{name}" in VERBATIM_COLUMNS
            if str(col.dtype) in ("str", "string"):
                extra = (
                    [NO_CONTROL_CHARACTERS]
                    if verbatim
                    else [NO_NULL_MARKERS, NO_MARKUP_LEFT, NO_CONTROL_CHARACTERS]
                )
                updates[name] = {"checks": [*col.checks, *extra]}
            elif str(col.dtype) in ("float64", "Float64"):
                updates[name] = {"checks": [*col.checks, FINITE]}
        return base.update_columns(updates) if updates else base

    @property
    def description(self) -> str:
        return self.schema.description or ""

    @property
    def columns(self) -> list[ColumnSpec]:
        specs = []
        for name, col in self.schema.columns.items():
            meta = col.metadata or {}
            if "duckdb_type" in meta:
                duck = meta["duckdb_type"]
                fric = _LIST_TYPES.get(duck, "any")
            else:
                duck, fric = _TYPES[str(col.dtype)]
            specs.append(ColumnSpec(name, duck, fric, bool(col.nullable), col.description or ""))
        return specs

    @property
    def arrow_schema(self) -> pyarrow.Schema:
        """The Parquet schema of the table's per-document files: one type whatever a document holds."""
        return pyarrow.schema([(c.name, _ARROW_TYPES[c.duckdb_type]) for c in self.columns])

    @property
    def column_names(self) -> list[str]:
        return list(self.schema.columns)

    def validate(self, df: pd.DataFrame) -> pd.DataFrame:
        """Validate lazily and raise one ContractError naming every failing table/column/row/value."""
        try:
            return self.schema.validate(df, lazy=True)
        except pa.errors.SchemaErrors as exc:
            raise ContractError(describe_failures(self.name, exc.failure_cases, df)) from exc

    def failures(self, df: pd.DataFrame) -> list[dict[str, Any]]:
        try:
            self.schema.validate(df, lazy=True)
        except pa.errors.SchemaErrors as exc:
            return _failure_records(exc.failure_cases, df)
        return []


def _failure_records(cases: pd.DataFrame, df: pd.DataFrame) -> list[dict[str, Any]]:
    records = []
    for row in cases.itertuples(index=False):
        raw_idx: Any = getattr(row, "index", None)
        idx = None if raw_idx is None or pd.isna(raw_idx) else int(raw_idx)
        key = str(df.loc[idx].iloc[0]) if idx is not None and idx in df.index else None
        column: Any = row.column
        value: Any = row.failure_case
        records.append(
            {
                "column": None if pd.isna(column) else str(column),
                "check": str(row.check),
                "row": idx,
                "row_key": key,
                "value": None if pd.isna(value) else str(value),
            }
        )
    return records


def describe_failures(table: str, cases: pd.DataFrame, df: pd.DataFrame, limit: int = 20) -> str:
    records = _failure_records(cases, df)
    lines = [f"table '{table}' breaks its contract ({len(records)} failure(s)):"]
    for r in records[:limit]:
        where = f"row {r['row']} ({r['row_key']})" if r["row"] is not None else "table"
        lines.append(f"  column {r['column']!s}, {where}: value {r['value']!r} fails {r['check']}")
    if len(records) > limit:
        lines.append(f"  ... and {len(records) - limit} more")
    return "\n".join(lines)
