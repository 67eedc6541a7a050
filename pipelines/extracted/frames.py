"""Blocks, tables and cells of every document as the three generic-extraction tables.

Ids are derived from content (document, kind and text), never from row order, so the same
passage keeps its id when unrelated text changes.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pandas as pd

from pipelines.extracted.citations import parse_citation
from pipelines.extracted.facts import (
    PROSE_KINDS,
    Fact,
    facts_in_span,
    mask_for_facts,
    table_cell_facts,
)
from pipelines.extracted.places import find_places
from pipelines.extracted.quantities import is_null_marker, parse_cell_quantity, parse_period
from pipelines.extracted.structure import DocumentStructure, parse_structure
from pipelines.extracted.table_years import retype_year_cells
from pipelines.extracted.tables import Cell, ParsedTable, cell_items
from pipelines.extracted.text_clean import clean_text
from pipelines.raw.registry import SourceDocument


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


@dataclass
class ExtractedFrames:
    blocks: pd.DataFrame
    tables: pd.DataFrame
    cells: pd.DataFrame
    facts: pd.DataFrame
    citations: pd.DataFrame


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
    "period_start",
    "period_end",
    "geography",
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


def _cell_text(cell: Cell) -> tuple[str | None, list[str]]:
    parts = [clean_text(p) for p in cell.parts]
    if len(parts) > 1:
        items = [p for p in parts if p]
        return ("; ".join(items) or None), items
    items = cell_items(cell.parts[0])
    if items:
        return "; ".join(items), items
    text = parts[0]
    return (None if is_null_marker(text) else text), []


def _header_texts(table: ParsedTable, n_cols: int) -> list[str | None]:
    if table.header is None:
        return [None] * n_cols
    out: list[str | None] = []
    for cell in table.header:
        text = clean_text(cell.raw)
        out.append(None if is_null_marker(text) else text)
    return out


def document_frames(
    doc: SourceDocument, structure: DocumentStructure | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Rows of the three tables for one document."""
    text = doc.text
    structure = structure or parse_structure(text)
    block_ids, table_ids, cell_ids = IdMaker("blk_"), IdMaker("tbl_"), IdMaker("cel_")
    table_id_of: dict[int, str] = {}
    tables: list[dict[str, Any]] = []
    cells: list[dict[str, Any]] = []
    for seq, (block, table) in enumerate(structure.tables):
        n_cols = max(
            (len(r) for r in [*([table.header] if table.header else []), *table.rows]), default=0
        )
        headers = _header_texts(table, n_cols)
        basis = (
            table.title
            or "|".join(h or "" for h in headers)
            or "|".join(clean_text(c.raw) for c in (table.rows[0] if table.rows else []))
        )
        table_id = table_ids(doc.doc_id, table.source_format, basis)
        table_id_of[id(block)] = table_id
        periods = [parse_period(h) if h else None for h in headers]
        tables.append(
            {
                "table_id": table_id,
                "doc_id": doc.doc_id,
                "seq": seq,
                "caption": table.title,
                "caption_source": table.caption_source,
                "source_note": " ".join(table.notes) or None,
                "source_format": table.source_format,
                "n_rows": len(table.rows),
                "n_cols": n_cols,
                "has_header": table.header is not None,
                "header": headers if table.header is not None else None,
                "char_start": table.start,
                "char_end": table.end,
                "quote": text[table.start : table.end],
            }
        )
        first_cell = len(cells)
        for r, row in enumerate(table.rows):
            label = row_label(row)
            for c, cell in enumerate(row):
                cell_text, items = _cell_text(cell)
                quantity = parse_cell_quantity(cell_text) if cell_text else None
                period = periods[c] if c < len(periods) else None
                header = headers[c] if c < len(headers) else None
                cells.append(
                    {
                        # what the cell is, not where: its table, row label and column
                        "cell_id": cell_ids(doc.doc_id, table_id, label, header, c),
                        "table_id": table_id,
                        "doc_id": doc.doc_id,
                        "row_index": r,
                        "col_index": c,
                        "column_header": headers[c] if c < len(headers) else None,
                        "text": cell_text,
                        "items": items,
                        "value_number": (
                            quantity.value if quantity and _plausible(quantity.value) else None
                        ),
                        "unit": quantity.unit if quantity and _plausible(quantity.value) else None,
                        "period_start": period[0] if period else None,
                        "period_end": period[1] if period else None,
                        "char_start": cell.start,
                        "char_end": cell.end,
                        "quote": text[cell.start : cell.end],
                    }
                )
        retype_year_cells(cells[first_cell:], headers)  # a year column is the column's say
    blocks = []
    block_id_of: dict[int, str] = {}
    for seq, block in enumerate(structure.blocks):
        block_id = block_ids(doc.doc_id, block.kind, block.text)
        block_id_of[id(block)] = block_id
        blocks.append(
            {
                "block_id": block_id,
                "doc_id": doc.doc_id,
                "seq": seq,
                "kind": block.kind,
                "level": block.level,
                "heading_path": list(block.heading_path),
                "text": block.text or None,
                "table_id": table_id_of.get(id(block)),
                "char_start": block.start,
                "char_end": block.end,
                "quote": text[block.start : block.end],
            }
        )
    facts = _document_facts(doc, structure, block_id_of, cells)
    citations: list[dict[str, Any]] = []
    for entry in blocks:
        if entry["kind"] in ("reference", "footnote"):
            cited = parse_citation(str(entry["quote"]))
            citations.append(
                {
                    "citation_id": str(entry["block_id"]).replace("blk_", "cit_"),
                    "doc_id": doc.doc_id,
                    "block_id": entry["block_id"],
                    "kind": entry["kind"],
                    "authors": cited.authors,
                    "year": cited.year,
                    "title": cited.title,
                    "venue": cited.venue,
                    "volume": cited.volume,
                    "pages": cited.pages,
                    "url": cited.url,
                    "doi": cited.doi,
                    "accessed": cited.accessed,
                    "text": cited.text or None,
                    "char_start": entry["char_start"],
                    "char_end": entry["char_end"],
                    "quote": entry["quote"],
                }
            )
    for rows in (blocks, tables, cells, facts):
        add_pages(rows, doc.page_starts, doc.ocr_confidence)
    return {
        "blocks": blocks,
        "tables": tables,
        "cells": cells,
        "facts": facts,
        "citations": citations,
    }


def add_pages(
    rows: list[dict[str, Any]],
    page_starts: tuple[int, ...],
    ocr_confidence: tuple[float | None, ...] = (),
) -> None:
    """The page (1-based) each row's span starts on, None for a document without pages; and
    that page's OCR confidence, None for a page that was not a scan."""
    for row in rows:
        row["page"] = bisect.bisect_right(page_starts, row["char_start"]) if page_starts else None
        page = row["page"]
        row["ocr_confidence"] = (
            ocr_confidence[page - 1] if page and page <= len(ocr_confidence) else None
        )


_DIGITS = re.compile(r"\d(?:[\d,.\u00a0\u202f]*\d)?")


def skeleton(fact: Fact) -> str:
    """The fact's sentence with every number blanked: what stays when a value is corrected."""
    return _DIGITS.sub("#", fact.sentence)


def row_label(row: list[Cell]) -> str | None:
    """The text of a row's first cell that is not a quantity: what the row is about."""
    for cell in row:
        text, _ = _cell_text(cell)
        if text and parse_cell_quantity(text) is None:
            return text
    return None


LARGEST_VALUE = 1e18  # past a quintillion (yen) a "number" is a digit run, an id or noise


def _plausible(value: float | None) -> bool:
    return value is None or (math.isfinite(value) and abs(value) < LARGEST_VALUE)


def _document_facts(
    doc: SourceDocument,
    structure: DocumentStructure,
    block_id_of: dict[int, str],
    cells: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    text = doc.text
    masked = mask_for_facts(text)
    places = find_places(masked)
    fact_ids = IdMaker("fct_")
    rows: list[dict[str, Any]] = []

    def add(
        fact: Fact, block_id: str | None, table_id: str | None, kind: str, key: tuple[object, ...]
    ) -> None:
        """`key`: what the fact is, without its value (the sentence with its numbers blanked, or
        the cell's table, row and column), so a changed value keeps its id."""
        if not all(_plausible(v) for v in (fact.value, fact.value_low, fact.value_high)):
            return  # a run of a million digits is no quantity anyone states
        quote = text[fact.start : fact.end]
        rows.append(
            {
                "fact_id": fact_ids(doc.doc_id, *key, fact.unit),
                "doc_id": doc.doc_id,
                "block_id": block_id,
                "table_id": table_id,
                "source_kind": kind,
                "fact_type": fact.fact_type,
                "value": fact.value,
                "value_low": fact.value_low,
                "value_high": fact.value_high,
                "unit": fact.unit,
                "scale_word": fact.scale_word,
                "qualifier": fact.qualifier,
                "subject": fact.subject,
                "measure": fact.measure,
                "period_start": fact.period_start,
                "period_end": fact.period_end,
                "geography": fact.geography,
                "sentence": fact.sentence,
                "char_start": fact.start,
                "char_end": fact.end,
                "quote": quote,
            }
        )

    for block in structure.blocks:
        if block.kind in PROSE_KINDS:
            for fact in facts_in_span(text, masked, block.start, block.end, places):
                add(fact, block_id_of[id(block)], None, block.kind, ("text", skeleton(fact)))
    by_row: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for cell in cells:
        by_row.setdefault((cell["table_id"], cell["row_index"]), []).append(cell)
    for (table_id, _), row in by_row.items():
        label = next((c["text"] for c in row if c["text"] and c["value_number"] is None), None)
        geo = None
        if label:
            hits = find_places(str(label))
            geo = hits[-1].code if hits else None
        cell_at = {int(c["char_start"]): c["cell_id"] for c in row}
        for fact in table_cell_facts(text, row, geo):
            add(fact, None, table_id, "table_cell", ("cell", cell_at.get(fact.start)))
        for cell in row:
            if (
                cell["value_number"] is None
                and cell["text"]
                and any(ch.isdigit() for ch in cell["text"])
            ):
                for fact in facts_in_span(
                    text, masked, cell["char_start"], cell["char_end"], places
                ):
                    if fact.measure is None and fact.fact_type != "rank":
                        fact.measure = _header_measure(fact, cell, label)
                    add(
                        fact,
                        None,
                        table_id,
                        "table_cell",
                        ("cell", cell["cell_id"], skeleton(fact)),
                    )
    return rows


_DURATION_WORDS = re.compile(r"duration|period|term|length|years", re.IGNORECASE)


def _header_measure(fact: Fact, cell: dict[str, Any], label: str | None) -> str | None:
    """A fact read from a cell's prose whose sentence names no measure: the cell's column
    header, or its row's label (`Start date of project | September, 23rd 2015`); a duration
    only under a header that says it is one."""
    header = cell.get("column_header") or (label if label != cell["text"] else None)
    if header and fact.unit in ("years", "duration") and not _DURATION_WORDS.search(header):
        return None
    return str(header) if header else None


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
            floats=("ocr_confidence",),
            bools=("has_header",),
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
            floats=("value", "value_low", "value_high", "ocr_confidence"),
        ),
        "citations": _frame(rows["citations"], CITATION_COLUMNS, ["char_start", "char_end"]),
    }


def extract_frames(documents: list[SourceDocument]) -> ExtractedFrames:
    rows: dict[str, list[dict[str, Any]]] = {
        k: [] for k in ("blocks", "tables", "cells", "facts", "citations")
    }
    for doc in documents:
        for k, v in document_frames(doc).items():
            rows[k] += v
    t = typed_frames(rows)
    return ExtractedFrames(
        blocks=t["document_blocks"],
        tables=t["extracted_tables"],
        cells=t["extracted_table_cells"],
        facts=t["facts"],
        citations=t["citations"],
    )
