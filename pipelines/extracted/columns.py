"""The columns of the extracted tables, in the order a release writes them, and the typed
frames made from rows: one place that says what each extracted table holds."""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

import pandas as pd

from pipelines.extracted.candidates import (
    CANDIDATE_COLUMNS,
)


class IdMaker:
    """`prefix` + 12 hex digits of a content hash; a repeat of the same content gets `-2`, `-3`…"""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.seen: Counter[str] = Counter()

    def __call__(self, *parts: object) -> str:
        digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]
        self.seen[digest] += 1
        n = self.seen[digest]
        return f"{self.prefix}{digest}" + (f"-{n}" if n > 1 else "")


BLOCK_COLUMNS = [
    "block_id",
    "doc_id",
    "seq",
    "kind",
    "level",
    "heading_path",
    "text",
    "table_id",
    "char_start",
    "char_end",
    "page",
    "ocr_confidence",
    "quote",
]
TABLE_COLUMNS = [
    "table_id",
    "doc_id",
    "seq",
    "caption",
    "caption_source",
    "source_note",
    "source_format",
    "n_rows",
    "n_cols",
    "has_header",
    "header",
    "char_start",
    "char_end",
    "page",
    "ocr_confidence",
    "quote",
]
FACT_COLUMNS = [
    "fact_id",
    "doc_id",
    "block_id",
    "table_id",
    "source_kind",
    "fact_type",
    "value",
    "value_low",
    "value_high",
    "unit",
    "scale_word",
    "qualifier",
    "subject",
    "measure",
    "direction",
    "owner",
    "period_start",
    "period_end",
    "geography",
    "geography_source",
    "confidence",
    "sentence",
    "char_start",
    "char_end",
    "page",
    "ocr_confidence",
    "quote",
]
CITATION_COLUMNS = [
    "citation_id",
    "doc_id",
    "block_id",
    "kind",
    "authors",
    "year",
    "title",
    "venue",
    "volume",
    "pages",
    "url",
    "doi",
    "accessed",
    "text",
    "char_start",
    "char_end",
    "quote",
]
CELL_COLUMNS = [
    "cell_id",
    "table_id",
    "doc_id",
    "row_index",
    "col_index",
    "column_header",
    "text",
    "items",
    "value_number",
    "unit",
    "period_start",
    "period_end",
    "char_start",
    "char_end",
    "page",
    "ocr_confidence",
    "quote",
]


def _frame(
    rows: list[dict[str, Any]],
    columns: list[str],
    ints: list[str],
    floats: tuple[str, ...] = (),
    bools: tuple[str, ...] = (),
) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=columns)
    for col in ints:
        df[col] = df[col].astype("Int64")
    for col in floats:
        df[col] = df[col].astype("float64")
    for col in bools:
        df[col] = df[col].astype("bool")
    return df


def typed_frames(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pd.DataFrame]:
    return {
        "document_blocks": _frame(
            rows["blocks"],
            BLOCK_COLUMNS,
            ["seq", "level", "char_start", "char_end", "page"],
            floats=("ocr_confidence",),
        ),
        "extracted_tables": _frame(
            rows["tables"],
            TABLE_COLUMNS,
            ["seq", "n_rows", "n_cols", "char_start", "char_end", "page"],
            bools=("has_header",),
            floats=("ocr_confidence",),
        ),
        "extracted_table_cells": _frame(
            rows["cells"],
            CELL_COLUMNS,
            [
                "row_index",
                "col_index",
                "period_start",
                "period_end",
                "char_start",
                "char_end",
                "page",
            ],
            floats=("value_number", "ocr_confidence"),
        ),
        "facts": _frame(
            rows["facts"],
            FACT_COLUMNS,
            ["period_start", "period_end", "char_start", "char_end", "page"],
            floats=("value", "value_low", "value_high", "confidence", "ocr_confidence"),
        ),
        "citations": _frame(rows["citations"], CITATION_COLUMNS, ["char_start", "char_end"]),
        "fact_candidates": _frame(
            rows.get("candidates", []),
            CANDIDATE_COLUMNS,
            ["char_start", "char_end", "page"],
            floats=("value", "confidence", "ocr_confidence"),
        ),
    }
