"""Contracts of every table in a JRIS release, in one registry the whole pipeline reads."""

from schemas.contract import ColumnSpec, TableContract
from schemas.documents import Documents, DocumentTexts
from schemas.prefectures import Prefectures

CONTRACTS: dict[str, TableContract] = {
    c.name: c
    for c in [
        TableContract("documents", "raw", Documents, ("doc_id",)),
        TableContract("document_texts", "raw", DocumentTexts, ("doc_id",)),
        TableContract("prefectures", "reference", Prefectures, ("code",)),
    ]
}

__all__ = ["CONTRACTS", "ColumnSpec", "TableContract"]
