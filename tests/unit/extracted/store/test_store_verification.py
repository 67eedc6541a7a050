"""The per-document store re-reads a stored file only when its stats or its stamp changed, in
any process: damage is still found, and a refresh does not hash the whole store every time."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pytest

from pipelines.extracted.store import store as store_module
from pipelines.extracted.store.store import STAMP, VERIFIED, DocumentStore, Stamp


@pytest.fixture
def hashed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file the store hashes; files count as settled at once (no racy window)."""
    seen: list[Path] = []
    real = store_module._sha256

    def counting(path: Path) -> str:
        seen.append(path)
        return real(path)

    monkeypatch.setattr(store_module, "_sha256", counting)
    monkeypatch.setattr(store_module, "RACY_SECONDS", -1.0)
    return seen


def _stored(root: Path) -> DocumentStore:
    store = DocumentStore(root)
    table = pa.table({"doc_id": ["d1", "d1"], "value": [1, 2]})
    store.write(Stamp("d1", "d1.txt", "sha", 10, "key", "extracted", None, {"facts": 2}), {
        "facts": table,
        "citations": table,
    })  # fmt: skip
    return store


def test_a_new_process_reads_no_file_whose_stats_are_unchanged(tmp_path, hashed) -> None:
    store = _stored(tmp_path)
    hashed.clear()
    assert store.damaged_files("d1") == []
    assert len(hashed) == 2  # both files checked once
    store.save_verified(["d1"])
    assert "d1" in json.loads((tmp_path / VERIFIED).read_text())
    hashed.clear()
    assert DocumentStore(tmp_path).damaged_files("d1") == []  # as the next `jris` process
    assert hashed == []


def test_damage_after_a_check_is_found_by_the_next_process(tmp_path, hashed) -> None:
    store = _stored(tmp_path)
    assert store.damaged_files("d1") == []
    store.save_verified(["d1"])
    target = tmp_path / "d1" / "facts.parquet"
    size, mtime = target.stat().st_size, target.stat().st_mtime_ns
    target.write_bytes(b"\0" * size)  # same size, mtime put back: only ctime tells
    os.utime(target, ns=(mtime, mtime))
    assert DocumentStore(tmp_path).damaged_files("d1") == ["facts.parquet (checksum mismatch)"]


def test_a_stamp_that_claims_other_checksums_is_checked_again(tmp_path, hashed) -> None:
    store = _stored(tmp_path)
    assert store.damaged_files("d1") == []
    store.save_verified(["d1"])
    stamp_file = tmp_path / "d1" / STAMP
    data = json.loads(stamp_file.read_text())
    data["files"]["facts.parquet"] = "0" * 64
    stamp_file.write_text(json.dumps(data))
    assert DocumentStore(tmp_path).damaged_files("d1") == ["facts.parquet (checksum mismatch)"]


def test_a_damaged_document_is_forgotten_and_removed_documents_dropped(tmp_path, hashed) -> None:
    store = _stored(tmp_path)
    assert store.damaged_files("d1") == []
    store.save_verified(["d1"])
    (tmp_path / "d1" / "citations.parquet").unlink()
    later = DocumentStore(tmp_path)
    assert later.damaged_files("d1") == ["citations.parquet (missing)"]
    later.save_verified(["d1"])
    assert "d1" not in json.loads((tmp_path / VERIFIED).read_text())
    assert DocumentStore(tmp_path).damaged_files("d1") == ["citations.parquet (missing)"]


def test_files_changed_within_the_racy_window_are_not_remembered(
    tmp_path, hashed, monkeypatch
) -> None:
    monkeypatch.setattr(store_module, "RACY_SECONDS", 3600.0)  # every file is "just written"
    store = _stored(tmp_path)
    assert store.damaged_files("d1") == []
    store.save_verified(["d1"])
    assert not (tmp_path / VERIFIED).exists()
    hashed.clear()
    assert DocumentStore(tmp_path).damaged_files("d1") == []
    assert len(hashed) == 2
