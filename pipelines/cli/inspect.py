"""`jris status`, `jris releases`, `jris diff`: what the warehouse holds, read without changing it."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from pipelines.cli.common import (
    AsJson,
    RawDir,
    WarehouseDir,
    command_paths,
    console,
    fail,
    missing_warehouse,
    print_json,
    project_paths,
    refuse,
)
from pipelines.plumbing.errors import JrisError
from pipelines.plumbing.settings import Paths
from pipelines.plumbing.sql_text import shown

_VERSION = re.compile(r"^\d+\.\d+\.\d+$")

inspection_commands = typer.Typer()


def status_report(paths: Paths) -> dict[str, object]:
    """Documents in raw/, which are fresh or stale in the store, and the last release."""
    from pipelines.extracted.store.plan import plan_refresh, store_for
    from pipelines.release.folders import latest_release, read_manifest

    plan = plan_refresh(paths)
    store = store_for(paths)
    quarantined = {
        d: (store.stamp(d).reason if store.stamp(d) else None)  # type: ignore[union-attr]
        for d in plan.fresh
        if (s := store.stamp(d)) is not None and s.quarantined
    }
    quarantined |= unreadable(paths, plan.stale)  # what the next run's reader will refuse
    latest = latest_release(paths.releases_dir)
    manifest = read_manifest(paths.releases_dir / latest) if latest else None
    return {
        "raw_dir": str(paths.raw_dir),
        "warehouse_dir": str(paths.warehouse_dir),
        "documents": len(plan.entries),
        "fresh": plan.fresh,
        "new": [d for d in plan.new if d not in quarantined],
        "changed": [d for d in plan.changed if d not in quarantined],
        "removed": plan.removed,
        "quarantined": quarantined,
        "unclaimed": [q.reason for q in plan.unclaimed],
        "last_release": (
            {"version": latest, "built_at": manifest["built_at"],
             "documents": len(manifest["inputs"])}
            if manifest else None
        ),
        "runs": recent_runs(paths),
    }  # fmt: skip


def unreadable(paths: Paths, doc_ids: list[str]) -> dict[str, str | None]:
    """The documents the pipeline's reader will quarantine, with its reason (the same checks)."""
    from pipelines.extracted.store.plan import plan_refresh
    from pipelines.raw.registry import read_document

    entries = plan_refresh(paths).entries
    out: dict[str, str | None] = {}
    for d in doc_ids:
        try:
            read_document(entries[d], paths.raw_dir, paths.registry_path)
        except JrisError as exc:
            out[d] = str(exc)
    return out


def recent_runs(paths: Paths, limit: int = 5) -> list[dict[str, object]]:
    """The instance's latest runs, from the CLI or launched in the UI."""
    from pipelines.orchestration.instance import instance_dir, open_instance
    from pipelines.orchestration.runner import INVOCATION_TAG

    if not (instance_dir(paths) / "dagster.yaml").exists():
        return []
    with open_instance(paths) as instance:
        records = instance.get_run_records(limit=limit)
    return [
        {"run_id": r.dagster_run.run_id, "job": r.dagster_run.job_name,
         "status": r.dagster_run.status.value,
         "started": r.start_time and time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(r.start_time)),
         "from": "jris" if INVOCATION_TAG in r.dagster_run.tags else "dagster"}
        for r in records
    ]  # fmt: skip


@inspection_commands.command()
def status(
    raw_dir: RawDir = None, warehouse_dir: WarehouseDir = None, as_json: AsJson = False
) -> None:
    """Documents in raw/, partitions fresh or stale, and the last release."""
    paths = command_paths(raw_dir, warehouse_dir)
    try:
        report = status_report(paths)
    except JrisError as exc:
        fail(exc)
        return
    if as_json:
        print_json(report)
        return
    table = Table("partitions", "count", "documents")
    for key in ("fresh", "new", "changed", "removed"):
        ids = report[key]
        assert isinstance(ids, list)
        table.add_row(key, str(len(ids)), ", ".join(ids[:6]) + (" …" if len(ids) > 6 else ""))
    console.print(f"raw: {report['raw_dir']} ({report['documents']} documents)", highlight=False)
    console.print(table)
    quarantined = report["quarantined"]
    assert isinstance(quarantined, dict)
    for doc, reason in quarantined.items():
        console.print(Text.assemble(("quarantined", "red"), f" {doc}: {reason}"), highlight=False)
    last = report["last_release"]
    console.print(
        f"last release: {last['version']} built {last['built_at']}, {last['documents']} documents"  # type: ignore[index]
        if last
        else "last release: none",
        highlight=False,
    )
    runs = report["runs"]
    assert isinstance(runs, list)
    for r in runs:
        console.print(
            f"run {r['run_id'][:8]} {r['job']} {r['status']} started {r['started']} "
            f"(from {r['from']})",
            highlight=False,
        )


def _existing_warehouse(warehouse_dir: Path | None) -> Paths:
    """The warehouse a read-only command reads; refused in one line when there is none."""
    problem = missing_warehouse(project_paths(None, warehouse_dir, need_raw=False))
    if problem is not None:
        refuse(problem)
    return command_paths(None, warehouse_dir, need_raw=False)


@inspection_commands.command()
def releases(warehouse_dir: WarehouseDir = None) -> None:
    """List the published releases, newest last."""
    from pipelines.release.folders import latest_release, list_releases, read_manifest

    paths = _existing_warehouse(warehouse_dir)
    try:
        latest = latest_release(paths.releases_dir)
    except JrisError as exc:
        fail(exc)
        return
    table = Table("version", "built_at", "documents", "tables", "latest")
    for v in list_releases(paths.releases_dir):
        m = read_manifest(paths.releases_dir / v)
        table.add_row(
            v,
            m["built_at"],
            str(len(m["inputs"])),
            str(len(m["tables"])),
            "*" if v == latest else "",
        )
    console.print(table)


@inspection_commands.command()
def diff(
    old: Annotated[str, typer.Argument(help="Older release version.")],
    new: Annotated[str, typer.Argument(help="Newer release version.")],
    warehouse_dir: WarehouseDir = None,
) -> None:
    """What changed between two releases: documents, tables, columns, rows by key."""
    from pipelines.release.diff import changelog, diff_tables
    from pipelines.release.folders import read_manifest

    for v in (old, new):
        if not _VERSION.match(v):
            refuse(f"{v!r}: give a release version (e.g. 1.2.0), not a path or other name")
    paths = _existing_warehouse(warehouse_dir)
    dirs = [paths.releases_dir / v for v in (old, new)]
    for d in dirs:
        if not (d / "manifest.json").is_file():
            fail(JrisError(f"release {d.name} not found in {paths.releases_dir}"))
    import duckdb

    try:
        a, b = (read_manifest(d) for d in dirs)
        text = changelog(new, old, a, b, diff_tables(dirs[0], dirs[1], a, b))
        print("\n".join(map(shown, text.split("\n"))))  # a manifest's names, escaped
    except (JrisError, ValueError, KeyError, TypeError, duckdb.Error) as exc:
        problem = exc if isinstance(exc, JrisError) else f"{type(exc).__name__}: {exc}"
        fail(JrisError(f"releases {old} and {new} in {paths.releases_dir}: {problem}"))
