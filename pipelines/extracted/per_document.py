"""Extract a batch of documents into the per-document store: the work a partition run does.

A batch is read, extracted and validated together (pandera's cost is per call, not per row),
then written one document at a time. A document that cannot be read, or whose rows break a
contract, is stored as quarantined with its reason; the others in the batch still flow.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipelines.curated.build import PER_DOCUMENT, per_document_curated
from pipelines.errors import DocumentError
from pipelines.extracted.frames import document_tables
from pipelines.extracted.store import PER_DOCUMENT_TABLES, DocumentStore, Stamp
from pipelines.extracted.structure import parse_structure
from pipelines.raw.registry import Corpus, DocEntry, SourceDocument, file_sha256, read_document
from pipelines.raw.tables import document_texts_table, documents_table
from schemas import CONTRACTS

STORED_TABLES = (*PER_DOCUMENT_TABLES, *PER_DOCUMENT)


@dataclass(frozen=True)
class Batch:
    raw_dir: Path
    registry_path: Path
    curation_dir: Path
    store_root: Path
    entries: tuple[DocEntry, ...]
    input_keys: tuple[str, ...]


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


def _quarantine(item: DocEntry, key: str, raw_dir: Path, reason: str) -> Stamp:
    path = raw_dir / item.file
    sha = file_sha256(path) if path.is_file() else None
    size = path.stat().st_size if path.is_file() else None
    return Stamp(item.doc_id, item.file, sha, size, key, "quarantined", reason, {}, _new_id())


@dataclass
class BatchResult:
    stamps: list[tuple[Stamp, str | None]]  # each document's stamp and metadata warning
    seconds: dict[str, float]  # per stage, for the scale benchmark and the asset's metadata


class _Clock:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - self._last
        self._last = now


def extract_batch(batch: Batch) -> BatchResult:
    """Extract and store every document of the batch."""
    clock = _Clock()
    store = DocumentStore(batch.store_root)
    done: list[tuple[Stamp, str | None]] = []
    result = BatchResult(done, clock.seconds)
    docs: list[tuple[SourceDocument, str, str | None]] = []
    for item, key in zip(batch.entries, batch.input_keys, strict=True):
        try:
            doc, warning = read_document(item, batch.raw_dir, batch.registry_path)
        except DocumentError as exc:
            stamp = _quarantine(item, key, batch.raw_dir, str(exc))
            store.write(stamp, None)
            done.append((stamp, None))
            continue
        docs.append((doc, key, warning))
    clock.lap("read")
    if not docs:
        return result
    per_doc: dict[str, dict[str, pd.DataFrame]] = {}
    for doc, _, _ in docs:
        structure = parse_structure(doc.text)
        clock.lap("blocks_and_tables")
        frames = document_tables(doc, structure)
        frames["documents"] = documents_table(Corpus([doc]))
        frames["document_texts"] = document_texts_table(Corpus([doc]))
        clock.lap("facts")
        frames.update(
            per_document_curated(
                {doc.doc_id: doc.text},
                frames["document_blocks"],
                frames["facts"],
                batch.curation_dir,
            )
        )
        clock.lap("curated")
        per_doc[doc.doc_id] = frames
    broken = _contract_failures(per_doc)
    clock.lap("validate")
    for doc, key, warning in docs:
        if doc.doc_id in broken:
            stamp = Stamp(
                doc.doc_id, doc.path.name, doc.sha256, doc.n_bytes, key, "quarantined",
                f"{doc.path.name}: extracted rows break a contract: {broken[doc.doc_id]}", {},
                _new_id(),
            )  # fmt: skip
            store.write(stamp, None)
            done.append((stamp, warning))
            continue
        frames = per_doc[doc.doc_id]
        stamp = Stamp(
            doc.doc_id, doc.path.name, doc.sha256, doc.n_bytes, key, "extracted", None,
            {name: len(frames[name]) for name in STORED_TABLES}, _new_id(),
        )  # fmt: skip
        store.write(stamp, {name: frames[name] for name in STORED_TABLES})
        done.append((stamp, warning))
    clock.lap("write")
    return result


def _contract_failures(per_doc: dict[str, dict[str, pd.DataFrame]]) -> dict[str, str]:
    """doc_id -> the first contract failure of its rows; validated table by table for the batch."""
    broken: dict[str, str] = {}
    for name in STORED_TABLES:
        parts = [frames[name] for frames in per_doc.values()]
        combined = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
        if combined.empty:  # typed by construction; no rows, nothing to check
            continue
        failures = CONTRACTS[name].failures(combined)
        if not failures:
            continue
        for doc_id, frames in per_doc.items():  # rare: find whose rows they are
            if doc_id not in broken:
                own = CONTRACTS[name].failures(frames[name])
                if own:
                    f = own[0]
                    broken[doc_id] = (
                        f"table {name}, column {f['column']}, value {f['value']!r} "
                        f"fails {f['check']}"
                    )
    return broken
