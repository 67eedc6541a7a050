"""Any exception met while reading or extracting ONE document quarantines that document, by file
name, in one line; the other documents of the batch are extracted (issue 37: `二・五兆円` ended
the whole run with `unexpected ValueError: substring not found`, naming no document)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipelines.orchestration import per_document
from pipelines.orchestration.per_document import Batch, extract_batch
from pipelines.raw.registry import DocEntry


def _batch(tmp_path: Path) -> Batch:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("fine.md", "buggy.md"):
        (raw / name).write_text(f"# {name}\n\nThe cluster had 12 member firms in 2010.\n")
    entries = tuple(DocEntry(n.split(".")[0], n, None) for n in ("buggy.md", "fine.md"))
    return Batch(raw, raw / "registry.yaml", raw / "curation", tmp_path / "store", entries,
                 ("k1", "k2"))  # fmt: skip


def _stamps(batch: Batch) -> dict[str, Any]:
    return {s.doc_id: s for s, _ in extract_batch(batch).stamps}


def test_a_bug_met_while_extracting_one_document_quarantines_it_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = per_document.document_frames

    def frames(doc: Any, structure: Any = None) -> Any:
        if doc.doc_id == "buggy":
            raise ValueError("substring not found")
        return real(doc, structure)

    monkeypatch.setattr(per_document, "document_frames", frames)
    stamps = _stamps(_batch(tmp_path))
    assert stamps["fine"].status == "extracted"
    assert stamps["buggy"].status == "quarantined"
    reason = stamps["buggy"].reason
    assert reason.startswith("buggy.md: ") and "ValueError: substring not found" in reason
    assert "\n" not in reason


def test_a_bug_met_while_reading_one_document_quarantines_it_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = per_document.read_document

    def read(item: DocEntry, raw_dir: Path, registry: Path) -> Any:
        if item.doc_id == "buggy":
            raise KeyError("cmap\nentry")
        return real(item, raw_dir, registry)

    monkeypatch.setattr(per_document, "read_document", read)
    stamps = _stamps(_batch(tmp_path))
    assert stamps["fine"].status == "extracted"
    reason = stamps["buggy"].reason
    assert stamps["buggy"].status == "quarantined" and reason.startswith("buggy.md: ")
    assert "KeyError" in reason and "\n" not in reason
