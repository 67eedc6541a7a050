"""Which documents a refresh must extract: the raw folder compared with the per-document store.

The sensor, `jris refresh`, `jris status` and the partitioned asset all ask this one question,
so the UI and the CLI agree on what is stale.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pipelines.extracted.store.store import DocumentStore, input_key
from pipelines.plumbing.settings import Paths
from pipelines.raw.registry import DocEntry, QuarantinedDocument, file_sha256, scan_corpus


@dataclass
class RefreshPlan:
    entries: dict[str, DocEntry]  # every document raw/ holds now, by doc_id
    keys: dict[str, str]  # doc_id -> what its rows depend on now
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    fresh: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # stored, no longer in raw/
    unclaimed: list[QuarantinedDocument] = field(default_factory=list)  # duplicate doc_ids
    damaged: dict[str, str] = field(default_factory=dict)  # doc_id -> stored files that failed

    @property
    def stale(self) -> list[str]:
        return sorted(self.new + self.changed)

    def extracted(self, doc_ids: list[str]) -> None:
        """These documents were just extracted (or quarantined) with their current inputs:
        they are fresh now, as a new plan would find them."""
        done = set(doc_ids)
        self.new = [d for d in self.new if d not in done]
        self.changed = [d for d in self.changed if d not in done]
        self.fresh = sorted(set(self.fresh) | (done & set(self.entries)))
        self.damaged = {d: r for d, r in self.damaged.items() if d not in done}


# The plan the runner made for the run it is executing, by warehouse: the run's assets take it
# instead of comparing the raw folder with the store again. A run launched in the UI has none,
# and its first step makes one.
_HANDED_DOWN: dict[Path, RefreshPlan] = {}


@contextmanager
def handed_down(paths: Paths, plan: RefreshPlan) -> Iterator[RefreshPlan]:
    key = paths.warehouse_dir.resolve()
    _HANDED_DOWN[key] = plan
    try:
        yield plan
    finally:
        _HANDED_DOWN.pop(key, None)


def run_plan(paths: Paths) -> RefreshPlan:
    """The plan of the run in progress: the one handed down, else a new one."""
    return _HANDED_DOWN.get(paths.warehouse_dir.resolve()) or plan_refresh(paths)


def curation_hash(paths: Paths) -> str:
    h = hashlib.sha256()
    folder = paths.raw_dir / "curation"
    for f in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def store_for(paths: Paths) -> DocumentStore:
    """One store object per folder and process, so its stamps are read once, not per step."""
    return _store(paths.warehouse_dir / "documents")


@cache
def _store(root: Path) -> DocumentStore:
    return DocumentStore(root)


def plan_refresh(paths: Paths) -> RefreshPlan:
    scan = scan_corpus(paths.raw_dir, paths.registry_path)
    store = store_for(paths)
    curation = curation_hash(paths)
    plan = RefreshPlan(entries={e.doc_id: e for e in scan.entries}, keys={})
    plan.unclaimed = scan.quarantined
    for doc_id, item in plan.entries.items():
        path = paths.raw_dir / item.file
        sha = file_sha256(path) if path.is_file() else None
        key = input_key(sha, {"entry": item.entry, "file": item.file, "curation": curation})
        plan.keys[doc_id] = key
        stamp = store.stamp(doc_id)
        if stamp is None:
            plan.new.append(doc_id)
        elif stamp.input_key != key:
            plan.changed.append(doc_id)
        elif bad := store.damaged_files(doc_id):
            plan.damaged[doc_id] = ", ".join(bad)
            plan.changed.append(doc_id)
        else:
            plan.fresh.append(doc_id)
    plan.removed = [d for d in store.doc_ids() if d not in plan.entries]
    store.save_verified(plan.entries)
    return plan


def drop_removed_documents(paths: Paths, log: Any) -> None:
    """Let go of the stored rows of documents no longer in raw/: called only once a run has
    succeeded without them, so a failed run loses no extraction it did not replace."""
    store = store_for(paths)
    present = {e.doc_id for e in scan_corpus(paths.raw_dir, paths.registry_path).entries}
    for doc_id in [d for d in store.doc_ids() if d not in present]:
        log.info(f"dropping the stored rows of {doc_id}: no longer in raw/")
        store.remove(doc_id)
