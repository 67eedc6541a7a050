"""`jris release` on unchanged inputs answers without running the asset graph.

After a release run that published or found the data unchanged, the run's inputs are stamped:
every document's input key (its bytes, registry entry and the extractor's code), the curation
and reference files, the whole pipeline's code, the options, the latest release and the
warehouse file's size and mtime. The next `jris release` whose inputs hash the same, and whose
latest release still matches its checksums, would build the same tables again: it says so in
a second and records no run. Anything else (a touched file, a table edited outside jris, a
refresh in between, a `--version`) runs the graph as before.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from pipelines.extracted.store.plan import RefreshPlan
from pipelines.plumbing.settings import REPO_ROOT, Paths
from pipelines.release.folders import checksum_failures, latest_release

STAMP = ".release-inputs.json"
CODE_ROOTS = ("pipelines", "schemas")


def _files_digest(folder: Path, suffixes: tuple[str, ...] | None = None) -> str:
    h = hashlib.sha256()
    for f in sorted(folder.rglob("*")) if folder.is_dir() else []:
        if f.is_file() and (suffixes is None or f.suffix in suffixes):
            h.update(f.relative_to(folder).as_posix().encode())
            h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def inputs_digest(paths: Paths, plan: RefreshPlan, options: dict[str, Any]) -> str | None:
    """What the next release would be built from, as one hash; None when it cannot be said."""
    db = paths.duckdb_path
    latest = latest_release(paths.releases_dir)
    if plan.stale or plan.removed or plan.unclaimed or plan.damaged or latest is None:
        return None
    if not db.is_file() or db.with_name(db.name + ".wal").exists():
        return None
    stat = db.stat()
    blob = {
        "keys": plan.keys,
        "curation": _files_digest(paths.raw_dir / "curation"),
        "reference": _files_digest(paths.reference_dir),
        "code": [_files_digest(REPO_ROOT / r, (".py", ".yaml", ".json")) for r in CODE_ROOTS],
        "options": options,
        "latest": latest,
        "warehouse": [stat.st_size, stat.st_mtime_ns],
        "database": os.environ.get("JRIS_DUCKDB_DATABASE"),
    }
    return hashlib.sha256(json.dumps(blob, sort_keys=True, default=str).encode()).hexdigest()


def unchanged_since(paths: Paths, digest: str | None) -> str | None:
    """The latest release, when this run's inputs are those it was checked against."""
    stamp = paths.warehouse_dir / STAMP
    if digest is None or not stamp.is_file():
        return None
    try:
        saved = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if saved.get("digest") != digest:
        return None
    latest = paths.releases_dir / str(saved.get("latest"))
    if saved.get("latest") != latest_release(paths.releases_dir) or checksum_failures(latest):
        return None  # the full run says which file no longer matches
    return str(saved["latest"])


def record(paths: Paths, digest: str | None) -> None:
    stamp = paths.warehouse_dir / STAMP
    if digest is None:
        stamp.unlink(missing_ok=True)
        return
    latest = latest_release(paths.releases_dir)
    data = {"digest": digest, "latest": latest}
    tmp = stamp.with_name(f".{STAMP}.tmp")
    tmp.write_text(json.dumps(data) + "\n", encoding="utf-8")
    os.replace(tmp, stamp)


def forget(paths: Paths) -> None:
    (paths.warehouse_dir / STAMP).unlink(missing_ok=True)
