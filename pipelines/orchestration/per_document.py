"""Extract a batch of documents into the per-document store: the work a partition run does.

A batch is read, extracted and validated together (pandera's cost is per call, not per row),
then written one document at a time. A document that cannot be read, or whose rows break a
contract, is stored as quarantined with its reason; the others in the batch still flow.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from pipelines.curated.build import PER_DOCUMENT, per_document_curated
from pipelines.extracted.columns import typed_frames
from pipelines.extracted.frames import document_frames
from pipelines.extracted.parser import one_parse_each
from pipelines.extracted.store.budget import document_budget, in_child
from pipelines.extracted.store.store import PER_DOCUMENT_TABLES, DocumentStore, Stamp, to_arrow
from pipelines.extracted.structure.structure import parse_structure
from pipelines.plumbing.errors import document_error
from pipelines.raw.content_kind import is_pdf
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


def _is_pdf(path: Path) -> bool:
    """By its name or its bytes: a PDF's parser is the one run in a child process."""
    try:
        with path.open("rb") as fh:
            return path.suffix.lower() == ".pdf" or is_pdf(fh.read(1024))
    except OSError:
        return False


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
    """Extract and store every document of the batch, each sentence parsed once for the
    measures, the events and the owners of numbers alike."""
    with one_parse_each():
        return _extract_batch(batch)


def _extract_batch(batch: Batch) -> BatchResult:
    clock = _Clock()
    store = DocumentStore(batch.store_root)
    done: list[tuple[Stamp, str | None]] = []
    result = BatchResult(done, clock.seconds)
    docs: list[tuple[SourceDocument, str, str | None]] = []
    for item, key in zip(batch.entries, batch.input_keys, strict=True):
        try:
            with document_budget(item.file):  # reading a PDF is work too
                read = partial(read_document, item, batch.raw_dir, batch.registry_path)
                doc, warning = in_child(item.file, read) if _is_pdf(batch.raw_dir / item.file) \
                    else read()  # fmt: skip
        except Exception as exc:  # noqa: BLE001 - one document's failure is that document's
            stamp = _quarantine(item, key, batch.raw_dir, str(document_error(item.file, exc)))
            store.write(stamp, None)
            done.append((stamp, None))
            continue
        docs.append((doc, key, warning))
    clock.lap("read")
    if not docs:
        return result
    rows: dict[str, list[dict[str, Any]]] = {}
    within: list[tuple[SourceDocument, str, str | None]] = []
    for doc, key, warning in docs:
        try:
            with document_budget(doc.path.name):
                structure = parse_structure(doc.text, doc.furniture)
                clock.lap("blocks_and_tables")
                extracted = document_frames(doc, structure)
        except Exception as exc:  # noqa: BLE001 - over budget, or a bug this document met
            stamp = _quarantine(DocEntry(doc.doc_id, doc.path.name, None), key, batch.raw_dir,
                                str(document_error(doc.path.name, exc)))  # fmt: skip
            store.write(stamp, None)
            done.append((stamp, warning))
            continue
        for kind, items in extracted.items():
            rows.setdefault(kind, []).extend(items)
        within.append((doc, key, warning))
        clock.lap("facts")
    docs = within
    if not docs:
        return result
    # One frame per table for the whole batch: pandas and pandera cost per call, not per row.
    frames = typed_frames(rows)
    ok_docs = [d for d, _, _ in docs]
    frames["documents"] = documents_table(Corpus(ok_docs))
    frames["document_texts"] = document_texts_table(Corpus(ok_docs))
    clock.lap("facts")
    frames.update(
        per_document_curated(
            {d.doc_id: d.text for d in ok_docs},
            frames["document_blocks"],
            frames["extracted_tables"],
            frames["extracted_table_cells"],
            frames["facts"],
            batch.curation_dir,
        )
    )
    clock.lap("curated")
    broken, rejected = _contract_failures(frames)
    clock.lap("validate")
    arrow = {name: to_arrow(name, frames[name]) for name in STORED_TABLES}
    where = {name: frames[name].groupby("doc_id").indices for name in STORED_TABLES}
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
        own = {
            name: arrow[name].take(pa.array(where[name].get(doc.doc_id, []), type=pa.int64()))
            for name in STORED_TABLES
        }
        stamp = Stamp(
            doc.doc_id, doc.path.name, doc.sha256, doc.n_bytes, key, "extracted", None,
            {name: t.num_rows for name, t in own.items()}, _new_id(),
            rejected=rejected.get(doc.doc_id, [])[:MAX_REJECTED],
            pages_left_out=[{"page": p, "reason": why} for p, why in doc.pages_left_out],
        )  # fmt: skip
        store.write(stamp, own)
        done.append((stamp, warning))
    clock.lap("write")
    return result


# Tables whose failing rows are set aside one by one (with what depends on them); a failing row
# elsewhere (a document, block or table others point to) quarantines its document.
ROW_LEVEL = {"extracted_table_cells", "facts", "citations", "fact_candidates", *PER_DOCUMENT}
DEPENDENTS = {"facts": ("indicators", "indicator_id", "fact_id")}
MAX_REJECTED = 200


def _contract_failures(
    frames: dict[str, pd.DataFrame],
) -> tuple[dict[str, str], dict[str, list[dict[str, str | None]]]]:
    """Validate each table once per batch. Returns doc_id -> the first failure that quarantines
    it, and doc_id -> the rows set aside (removed from `frames`) because they break a contract."""
    broken: dict[str, str] = {}
    rejected: dict[str, list[dict[str, str | None]]] = {}
    for name in STORED_TABLES:
        df = frames[name]
        if df.empty:  # typed by construction; no rows, nothing to check
            continue
        drop: set[int] = set()
        for f in CONTRACTS[name].failures(df):
            row = f["row"]
            reason = f"table {name}, column {f['column']}, value {f['value']!r} fails {f['check']}"
            if row is not None and row in df.index and name in ROW_LEVEL:
                doc_id = str(df.loc[row, "doc_id"])
                quote = df.loc[row, "quote"] if "quote" in df.columns else None
                rejected.setdefault(doc_id, []).append(
                    {"table": name, "row_key": f["row_key"], "column": f["column"],
                     "value": f["value"], "check": f["check"],
                     "quote": None if pd.isna(quote) else str(quote)}
                )  # fmt: skip
                drop.add(row)
                continue
            docs = [str(df.loc[row, "doc_id"])] if row is not None and row in df.index else []
            for doc_id in docs or sorted(set(df["doc_id"])):  # a table-wide failure: all of them
                broken.setdefault(doc_id, reason)
        if drop:
            gone = df.loc[sorted(drop)]
            frames[name] = df.drop(index=sorted(drop))
            if name in DEPENDENTS:
                child, fk, key = DEPENDENTS[name]
                kept = frames[child]
                frames[child] = kept[~kept[fk].isin(set(gone[key]))]
    return broken, rejected
