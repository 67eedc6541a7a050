"""Everything the generic layer extracts from one text, for callers that have no corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipelines.extracted.frames import document_frames
from pipelines.raw.registry import SourceDocument


def extract_text(text: str, doc_id: str = "doc") -> dict[str, list[dict[str, Any]]]:
    """Blocks, tables, cells and facts of a normalised text, as row dicts."""
    doc = SourceDocument(
        doc_id, Path(f"{doc_id}.txt"), {}, "inferred", "", len(text.encode()), text, "utf-8"
    )
    return document_frames(doc)
