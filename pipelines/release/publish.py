"""Write a release folder beside the others and make it visible with one rename.

A reader sees either the previous releases or the previous ones plus the complete new one:
the folder is built under a hidden candidate name, checked, then renamed into place, and the
`latest` link is swapped atomically afterwards.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from importlib.metadata import version as package_version
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import duckdb

from pipelines.plumbing.children import die_with_parent
from pipelines.plumbing.errors import ReleaseError
from pipelines.plumbing.locks import exclusive
from pipelines.plumbing.settings import Paths
from pipelines.plumbing.sql_text import identifier, literal
from pipelines.release.folders import (
    LATEST,
    NOT_CHECKSUMMED,
    ReleaseOutcome,
    check_previous_release,
    latest_release,
    read_manifest,
    sha256_file,
    unchanged_text,
    write_checksums,
)
from pipelines.release.leaks import check_release_files
from pipelines.release.versioning import (
    FIRST_VERSION,
    bump,
    classify_change,
    parse_version,
    version_key,
)
from pipelines.release.withheld import release_select, stage_withheld, withheld_texts
from schemas import CONTRACTS

CANDIDATE_PREFIX = ".candidate-"


def fault_point(name: str) -> None:
    """Where the crash-safety tests kill a release (JRIS_PAUSE_AT=name): the process writes
    JRIS_PAUSE_MARKER and waits to be killed. Does nothing otherwise."""
    if os.environ.get("JRIS_PAUSE_AT") != name:
        return
    marker = os.environ.get("JRIS_PAUSE_MARKER")
    if marker:
        Path(marker).write_text(str(os.getpid()), encoding="utf-8")
    import time

    time.sleep(600)


def remove_stale_candidates(releases_dir: Path) -> list[str]:
    """Candidates left by a release that died; only called while holding the release lock."""
    removed = []
    for p in releases_dir.glob(f"{CANDIDATE_PREFIX}*"):
        shutil.rmtree(p, ignore_errors=True)
        removed.append(p.name)
    for p in releases_dir.glob(".latest-*"):
        p.unlink(missing_ok=True)
    return removed


PIPELINE_VERSION = package_version("jris")


@contextlib.contextmanager
def release_lock(paths: Paths) -> Iterator[None]:
    """One publisher at a time per warehouse; a second one fails at once with a clear message."""
    with exclusive(paths.warehouse_dir / ".release.lock", f"publishing into {paths.warehouse_dir}"):
        yield


def _schema_fingerprint(columns: list[dict[str, str]]) -> str:
    return hashlib.sha256(json.dumps(columns, sort_keys=True).encode()).hexdigest()


def write_table_files(con: duckdb.DuckDBPyConnection, data_dir: Path) -> dict[str, dict[str, Any]]:
    """Every contract's table as zstd Parquet sorted by its key; byte-identical for equal data."""
    data_dir.mkdir(parents=True)
    tables: dict[str, dict[str, Any]] = {}
    (old_threads,) = con.execute("SELECT current_setting('threads')").fetchone() or (1,)
    con.execute("SET threads = 1")  # one writer thread: identical bytes from identical data
    runs = stage_withheld(con, withheld_texts(con))  # documents shipped as quoted passages only
    masked = bool(runs.runs)
    try:
        for name, contract in sorted(CONTRACTS.items()):
            target = data_dir / f"{name}.parquet"
            order = ", ".join(f'"{k}"' for k in contract.primary_key)
            source = f'{contract.layer}."{name}"'
            select = release_select(name, contract.column_names, source, masked)
            con.execute(
                f"COPY (SELECT * FROM ({select}) ORDER BY {order}) "
                "TO ? (FORMAT parquet, COMPRESSION zstd)",
                [str(target)],
            )
            (rows,) = con.execute(f'SELECT count(*) FROM {contract.layer}."{name}"').fetchone() or (
                0,
            )
            columns = [{"name": c.name, "type": c.duckdb_type} for c in contract.columns]
            fault_point("parquet")
            tables[name] = {
                "file": f"data/{name}.parquet",
                "rows": int(rows),
                "columns": columns,
                "schema_fingerprint": _schema_fingerprint(columns),
                "sha256": sha256_file(target),
            }
    finally:
        con.execute(f"SET threads = {int(old_threads)}")
    check_release_files(data_dir, runs)
    return tables


def _make_read_only(release_dir: Path) -> None:
    """A published release is immutable: its files lose their write bits."""
    for p in release_dir.rglob("*"):
        if p.is_file() and not p.is_symlink():
            p.chmod(0o444)


def _point_latest(releases_dir: Path, version: str) -> None:
    tmp = releases_dir / f".latest-{uuid.uuid4().hex}"
    os.symlink(version, tmp)
    os.replace(tmp, releases_dir / LATEST)


def publish(
    paths: Paths,
    con: duckdb.DuckDBPyConnection,
    inputs: list[dict[str, Any]],
    quarantined: list[dict[str, Any]],
    version: str | None = None,
    skip_bad: bool = False,
    rejected: list[dict[str, Any]] | None = None,
    pages_left_out: list[dict[str, Any]] | None = None,
) -> ReleaseOutcome:
    """Publish the warehouse's tables as a new release, or say why not."""
    if quarantined and not skip_bad:
        reasons = "\n".join(f"  {q['reason']}" for q in quarantined)  # each names its file
        raise ReleaseError(
            f"{len(quarantined)} document(s) quarantined; nothing published "
            f"(fix them, or publish without them with --skip-bad):\n{reasons}"
        )
    releases_dir = paths.releases_dir
    if version is not None:
        parse_version(version)
        if (releases_dir / version).exists():
            raise ReleaseError(
                f"release {version} already exists at {releases_dir / version}; releases are "
                "immutable: choose another version or let the pipeline compute it"
            )
    releases_dir.mkdir(parents=True, exist_ok=True)
    prev_version = latest_release(releases_dir)
    if (
        version is not None
        and prev_version is not None
        and (version_key(version) <= version_key(prev_version))
    ):
        raise ReleaseError(
            f"--version {version} is not above the latest release {prev_version}: "
            "versions only go up"
        )
    prev = read_manifest(releases_dir / prev_version) if prev_version else None
    check_previous_release(releases_dir)

    remove_stale_candidates(releases_dir)
    candidate = releases_dir / f"{CANDIDATE_PREFIX}{uuid.uuid4().hex}"
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    try:
        tables = write_table_files(con, candidate / "data")
        seconds["parquet"] = time.perf_counter() - started
        manifest: dict[str, Any] = {
            "name": "jris",
            "title": "JRIS: Japan Regional Innovation Systems open dataset",
            "version": None,
            "previous_version": prev_version,
            "pipeline_version": PIPELINE_VERSION,
            "built_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "inputs": inputs,
            "quarantined": quarantined,
            "rejected_rows": rejected or [],
            # pages of published documents left out of their text (scans OCR read too poorly)
            "pages_left_out": pages_left_out or [],
            "tables": tables,
        }
        change = classify_change(prev, manifest) if prev else "major"
        if version is None:
            if prev_version is None:
                version = FIRST_VERSION
            elif change is None:
                shutil.rmtree(candidate)
                return ReleaseOutcome(
                    False,
                    prev_version,
                    releases_dir / prev_version,
                    None,
                    unchanged_text(prev_version),
                )
            else:
                version = bump(prev_version, change)
        if (releases_dir / version).exists():
            raise ReleaseError(f"release {version} already exists at {releases_dir / version}")
        manifest["version"] = version
        manifest["not_checksummed"] = NOT_CHECKSUMMED
        failures = describe_release(
            candidate, version, prev_version, prev, manifest, skip_bad, seconds
        )
        if failures:
            kept = paths.candidates_dir / f"{version}-{uuid.uuid4().hex[:8]}"
            kept.parent.mkdir(parents=True, exist_ok=True)
            os.rename(candidate, kept)
            raise ReleaseError(
                f"release {version} not published: {len(failures)} critical data-quality "
                f"expectation(s) failed:\n"
                + "\n".join(f"  {f}" for f in failures[:20])
                + f"\nreport: {kept / 'quality' / 'index.html'}"
            )
        (candidate / "manifest.json").write_text(
            json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        write_checksums(candidate)
        fault_point("rename")
        os.rename(candidate, releases_dir / version)
        _make_read_only(releases_dir / version)
    except BaseException:
        shutil.rmtree(candidate, ignore_errors=True)
        raise
    _point_latest(releases_dir, version)
    return ReleaseOutcome(
        True,
        version,
        releases_dir / version,
        change,
        f"published release {version} at {releases_dir / version}",
        manifest,
        seconds,
    )


def describe_release(
    candidate: Path,
    version: str,
    prev_version: str | None,
    prev: dict[str, Any] | None,
    manifest: dict[str, Any],
    skip_bad: bool,
    seconds: dict[str, float] | None = None,
) -> list[str]:
    """Data dictionary, datapackage.json, dataset card, changelog and quality report; returns
    the critical expectations that failed."""
    from pipelines.release.croissant import croissant
    from pipelines.release.diff import changelog, diff_tables
    from pipelines.release.metadata import (
        citation_cff,
        citation_text,
        data_dictionary,
        datapackage,
        dataset_card,
        release_url,
        write_json,
        zenodo,
    )
    from pipelines.release.quality import run_quality

    data_dir = candidate / "data"
    con = duckdb.connect()
    try:
        fault_point("quality")
        started = time.perf_counter()
        # In a process of its own: Great Expectations' memory goes back when it is done,
        # instead of staying with the pipeline for the rest of its run.
        with ProcessPoolExecutor(
            max_workers=1,
            mp_context=get_context("spawn"),
            initializer=die_with_parent,
            initargs=(os.getpid(),),
        ) as pool:
            results = pool.submit(
                run_quality,
                data_dir,
                candidate / "quality",
                manifest.get("quarantined", []),
                manifest.get("rejected_rows", []),
                # checked against its SHA256SUMS before this release began (publish)
                previous=candidate.parent / prev_version / "quality" if prev_version else None,
            ).result()
        if seconds is not None:
            seconds["quality"] = time.perf_counter() - started
        (candidate / "data_dictionary.md").write_text(data_dictionary(), encoding="utf-8")
        write_json(
            candidate / "datapackage.json",
            datapackage(version, manifest["tables"], manifest["inputs"]),
        )
        write_json(
            candidate / "croissant.json",
            croissant(version, manifest["tables"], release_url(version), citation_text(version)),
        )
        write_json(candidate / ".zenodo.json", zenodo(version, manifest["inputs"]))
        (candidate / "CITATION.cff").write_text(
            citation_cff(version, str(manifest["built_at"])[:10]), encoding="utf-8"
        )
        (candidate / "README.md").write_text(
            dataset_card(
                version,
                con,
                data_dir,
                manifest["tables"],
                manifest.get("quarantined", []),
                manifest.get("pages_left_out", []),
            ),
            encoding="utf-8",
        )
    finally:
        con.close()
    prev_dir = candidate.parent / prev_version if prev_version else None
    diffs = diff_tables(prev_dir, candidate, prev, manifest)
    (candidate / "CHANGELOG.md").write_text(
        changelog(version, prev_version, prev, manifest, diffs, skip_bad), encoding="utf-8"
    )
    manifest["quality"] = {
        "report": "quality/index.html",
        "summary": "quality/summary.json",
        "expectations": len(results),
        "failed": sum(not r.success for r in results),
    }
    return [
        f"{r.table}: {r.expectation} {r.kwargs} ({r.unexpected_count} unexpected: "
        f"{'; '.join(r.unexpected_examples)})"
        for r in results
        if r.critical and not r.success
    ]


def refresh_release_views(con: duckdb.DuckDBPyConnection, releases_dir: Path) -> list[str]:
    """Schema `release` in the warehouse: one view per table over releases/latest, so the
    latest published data is one query away from the working tables."""
    latest = releases_dir / LATEST / "data"
    con.execute("CREATE SCHEMA IF NOT EXISTS release")
    names = []
    for f in sorted(latest.glob("*.parquet")):
        con.execute(
            f"CREATE OR REPLACE VIEW release.{identifier(f.stem)} AS "
            f"SELECT * FROM read_parquet({literal(str(f))})"  # a view's body takes no parameter
        )
        names.append(f.stem)
    return names
