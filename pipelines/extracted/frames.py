"""Blocks, tables and cells of every document as the three generic-extraction tables.

Ids are derived from content (document, kind and text), never from row order, so the same
passage keeps its id when unrelated text changes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

import pandas as pd

from pipelines.extracted.columns import IdMaker, typed_frames
from pipelines.extracted.document_facts import cell_contents, document_facts, plausible, row_label
from pipelines.extracted.numbers.quantities import is_null_marker, parse_cell_quantity, parse_period
from pipelines.extracted.structure.blocks import DocumentStructure
from pipelines.extracted.structure.citations import parse_citation
from pipelines.extracted.structure.structure import parse_structure
from pipelines.extracted.structure.table_years import retype_year_cells
from pipelines.extracted.structure.tables import ParsedTable
from pipelines.extracted.structure.text_clean import clean_text
from pipelines.extracted.table_units import unit_line
from pipelines.raw.registry import SourceDocument


@dataclass
class ExtractedFrames:
    blocks: pd.DataFrame
    tables: pd.DataFrame
    cells: pd.DataFrame
    facts: pd.DataFrame
    citations: pd.DataFrame
    candidates: pd.DataFrame  # fact_candidates: numbers set aside, with the reason


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
    structure = structure or parse_structure(text, doc.furniture)
    block_ids, table_ids, cell_ids = IdMaker("blk_"), IdMaker("tbl_"), IdMaker("cel_")
    table_id_of: dict[int, str] = {}
    tables: list[dict[str, Any]] = []
    units: dict[str, tuple[float, str] | None] = {}  # the unit each table states once
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
        units[table_id] = unit_line(table.unit_line)
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
                cell_text, items = cell_contents(cell)
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
                            quantity.value if quantity and plausible(quantity.value) else None
                        ),
                        "unit": quantity.unit if quantity and plausible(quantity.value) else None,
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
    captions = {str(t["table_id"]): t["caption"] for t in tables}
    facts, candidates = document_facts(doc, structure, block_id_of, cells, captions, units)
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
    for rows in (blocks, tables, cells, facts, candidates):
        add_pages(rows, doc.page_starts, doc.ocr_confidence)
    return {
        "blocks": blocks,
        "tables": tables,
        "cells": cells,
        "facts": facts,
        "citations": citations,
        "candidates": candidates,
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


def extract_frames(documents: list[SourceDocument]) -> ExtractedFrames:
    rows: dict[str, list[dict[str, Any]]] = {
        k: [] for k in ("blocks", "tables", "cells", "facts", "citations", "candidates")
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
        candidates=t["fact_candidates"],
    )
