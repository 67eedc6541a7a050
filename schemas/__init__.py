"""Contracts of every table in a JRIS release, in one registry the whole pipeline reads."""

from schemas.contract import ColumnSpec, TableContract
from schemas.documents import Documents, DocumentTexts
from schemas.extracted import DocumentBlocks, ExtractedTableCells, ExtractedTables, Facts
from schemas.prefectures import Prefectures

CONTRACTS: dict[str, TableContract] = {
    c.name: c
    for c in [
        TableContract("documents", "raw", Documents, ("doc_id",)),
        TableContract("document_texts", "raw", DocumentTexts, ("doc_id",)),
        TableContract("document_blocks", "extracted", DocumentBlocks, ("block_id",)),
        TableContract("extracted_tables", "extracted", ExtractedTables, ("table_id",)),
        TableContract(
            "extracted_table_cells",
            "extracted",
            ExtractedTableCells,
            ("table_id", "row_index", "col_index"),
        ),
        TableContract("facts", "extracted", Facts, ("fact_id",)),
        TableContract("prefectures", "reference", Prefectures, ("code",)),
    ]
}

__all__ = ["CONTRACTS", "ColumnSpec", "TableContract"]
