"""`jris`: the pipeline from the command line, for people who do not want the Dagster UI."""

from __future__ import annotations

import json
import math
import os
import sys
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from pipelines import run_log
from pipelines.cli_publish import publication_commands
from pipelines.errors import JrisError
from pipelines.settings import Paths, resolve_paths

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="JRIS: build, publish and query the Japan Regional Innovation Systems dataset.",
    # No pretty traceback: rendering one took minutes and gigabytes. main() turns every error
    # into one line and writes the traceback to the run's log file.
    pretty_exceptions_enable=False,
)
# markup=False: what is printed (file names, reasons, values) is text, never Rich markup.
console = Console(markup=False)
err = Console(stderr=True, soft_wrap=True, markup=False)

RawDir = Annotated[
    Path | None, typer.Option("--raw-dir", help="Corpus folder [env JRIS_RAW_DIR; default raw/].")
]
WarehouseDir = Annotated[
    Path | None,
    typer.Option(
        "--warehouse-dir", help="Warehouse folder [env JRIS_WAREHOUSE_DIR; default warehouse/]."
    ),
]


_log: dict[str, Path] = {}  # "path": this process's log file, once the warehouse is known


def _paths(raw_dir: Path | None, warehouse_dir: Path | None) -> Paths:
    paths = resolve_paths(raw_dir, warehouse_dir)
    _log["path"] = run_log.new_log_path(paths.warehouse_dir, _command())
    return paths


def _command() -> str:
    words = [a for a in sys.argv[1:] if not a.startswith("-")]
    return words[0] if words and words[0].isidentifier() else "run"


def _log_note() -> str:
    path = _log.get("path")
    return f" (full log: {path})" if path is not None and path.exists() else ""


def _fail(exc: JrisError) -> None:
    err.print(Text.assemble(("error:", "bold red"), f" {exc}{_log_note()}"), highlight=False)
    raise typer.Exit(1)


Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print the outcome as JSON, for scripts.")]
Workers = Annotated[
    int, typer.Option(help="Processes extracting documents [env JRIS_WORKERS; 0 = one per core].")
]


@contextmanager
def _progress_bars(enabled: bool) -> Iterator[None]:
    """Bars for the long work the assets report: documents extracted, tables validated."""
    if not enabled:
        yield
        return
    from pipelines import progress

    labels = {"extract": "extract documents"}
    with Progress(
        TextColumn("{task.description:<22}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=False,
    ) as bars:
        tasks: dict[str, TaskID] = {}

        def listener(task: str, done: int, total: int) -> None:
            if task not in tasks:
                tasks[task] = bars.add_task(labels.get(task, task), total=total)
            bars.update(tasks[task], completed=done, total=total)

        progress.listen(listener)
        try:
            yield
        finally:
            progress.forget(listener)


def _run(
    paths: Paths,
    publish: bool,
    quiet: bool,
    as_json: bool,
    workers: int,
    release_config: dict[str, object] | None = None,
) -> dict[str, object]:
    from pipelines.runner import run_assets

    started = time.perf_counter()
    try:
        with _progress_bars(not quiet and not as_json and err.is_terminal):
            run = run_assets(
                paths,
                publish=publish,
                release_config=release_config,
                workers=workers,
                log_path=_log.get("path"),
            )
    except JrisError as exc:
        if as_json:
            _print_json({"ok": False, "error": str(exc), "log": str(_log.get("path"))})
            raise typer.Exit(1) from None
        _fail(exc)
        raise
    if not quiet and not as_json:
        for warning in run.warnings:
            err.print(f"warning: {warning}", highlight=False)
    plan = run.plan
    report: dict[str, object] = {
        "ok": True,
        "documents": len(plan.entries),
        "extracted": run.extracted,
        "kept_fresh": sorted(set(plan.entries) - set(run.extracted)),
        "removed": plan.removed,
        "seconds": round(time.perf_counter() - started, 2),
    }
    if publish:
        outcome = run.release
        report.update(
            published=outcome.published,
            version=outcome.version,
            path=str(outcome.path) if outcome.path else None,
            message=outcome.message,
        )
    return report


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")


@app.command()
def release(
    raw_dir: RawDir = None,
    warehouse_dir: WarehouseDir = None,
    version: Annotated[str | None, typer.Option(help="Publish under this version.")] = None,
    skip_bad: Annotated[
        bool, typer.Option("--skip-bad", help="Publish without quarantined documents.")
    ] = False,
    workers: Workers = 0,
    quiet: Quiet = False,
    as_json: AsJson = False,
) -> None:
    """Refresh from raw/ (extracting only new or changed documents) and publish a release."""
    paths = _paths(raw_dir, warehouse_dir)
    problem = _version_problem(paths, version)
    if problem is not None:
        if as_json:
            _print_json({"ok": False, "error": problem})
            raise typer.Exit(2)
        err.print(f"error: {problem}", highlight=False)
        raise typer.Exit(2)
    report = _run(paths, True, quiet, as_json, workers, {"version": version, "skip_bad": skip_bad})
    if as_json:
        _print_json(report)
    elif not quiet:
        console.print(report["message"], highlight=False)


def _version_problem(paths: Paths, version: str | None) -> str | None:
    """What is wrong with --version, checked before any work starts."""
    from pipelines.release.publish import latest_release
    from pipelines.release.versioning import parse_version, version_key

    if version is None:
        return None
    try:
        parse_version(version)
    except JrisError as exc:
        return f"--version {exc}"
    if (paths.releases_dir / version).exists():
        return (
            f"release {version} already exists at {paths.releases_dir / version}; "
            "releases are immutable: nothing was changed"
        )
    latest = latest_release(paths.releases_dir)
    if latest is not None and version_key(version) <= version_key(latest):
        return f"--version {version} is not above the latest release {latest}: versions only go up"
    return None


@app.command()
def refresh(
    raw_dir: RawDir = None,
    warehouse_dir: WarehouseDir = None,
    workers: Workers = 0,
    quiet: Quiet = False,
    as_json: AsJson = False,
) -> None:
    """Bring the warehouse up to date with raw/: extract new and changed documents only,
    drop removed ones, rebuild the corpus tables. Publishes nothing."""
    paths = _paths(raw_dir, warehouse_dir)
    report = _run(paths, False, quiet, as_json, workers)
    if as_json:
        _print_json(report)
    elif not quiet:
        extracted = report["extracted"]
        assert isinstance(extracted, list)
        console.print(
            f"refreshed {paths.duckdb_path}: {len(extracted)} document(s) extracted, "
            f"{report['documents'] - len(extracted)} kept, "  # type: ignore[operator]
            f"{len(report['removed'])} removed ({report['seconds']} s)",  # type: ignore[arg-type]
            highlight=False,
        )


def status_report(paths: Paths) -> dict[str, object]:
    """Documents in raw/, which are fresh or stale in the store, and the last release."""
    from pipelines.extracted.plan import plan_refresh, store_for
    from pipelines.release.publish import latest_release, read_manifest

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
    from pipelines.extracted.plan import plan_refresh
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
    from pipelines.instance import instance_dir, open_instance
    from pipelines.runner import INVOCATION_TAG

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


@app.command()
def status(
    raw_dir: RawDir = None, warehouse_dir: WarehouseDir = None, as_json: AsJson = False
) -> None:
    """Documents in raw/, partitions fresh or stale, and the last release."""
    paths = _paths(raw_dir, warehouse_dir)
    try:
        report = status_report(paths)
    except JrisError as exc:
        _fail(exc)
        return
    if as_json:
        _print_json(report)
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


@app.command()
def sql(
    query: Annotated[
        str, typer.Argument(help="SQL; every release table is a view of the same name.")
    ],
    warehouse_dir: WarehouseDir = None,
    release_version: Annotated[
        str | None,
        typer.Option(
            "--release",
            help="Query this release (a version, or the http(s) address of a published one).",
        ),
    ] = None,
    output: Annotated[str, typer.Option("--format", help="table, csv or json")] = "table",
) -> None:
    """Query the latest release's Parquet files with DuckDB (read-only: SELECT only, and
    nothing but the release's own files)."""
    from pipelines.query import run_query

    if output not in ("table", "csv", "json"):
        _fail(JrisError(f"--format {output!r}: choose table, csv or json"))
    paths = _paths(None, warehouse_dir)
    try:
        columns, rows = run_query(paths, query, release_version)
    except JrisError as exc:
        _fail(exc)
        return
    if output == "json":
        records = [dict(zip(columns, map(_json_safe, r), strict=True)) for r in rows]
        sys.stdout.write(
            json.dumps(records, default=str, ensure_ascii=False, allow_nan=False) + "\n"
        )
    elif output == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        table = Table(*map(_printable, columns), show_lines=False)
        for r in rows:
            table.add_row(*map(_printable, r))
        console.print(table)


def _json_safe(value: object) -> object:
    """JSON has no Infinity or NaN: such a value is null (the release's contracts refuse them)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _printable(value: object) -> str:
    """A cell for the terminal: control characters shown as escapes, never sent to it."""
    if value is None:
        return ""
    s = str(value)
    if s.isprintable():
        return s
    return "".join(ch if ch.isprintable() or ch == "\n" else f"\\x{ord(ch):02x}" for ch in s)


@app.command()
def releases(warehouse_dir: WarehouseDir = None) -> None:
    """List the published releases, newest last."""
    from pipelines.release.publish import latest_release, list_releases, read_manifest

    paths = _paths(None, warehouse_dir)
    latest = latest_release(paths.releases_dir)
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


@app.command()
def diff(
    old: Annotated[str, typer.Argument(help="Older release version.")],
    new: Annotated[str, typer.Argument(help="Newer release version.")],
    warehouse_dir: WarehouseDir = None,
) -> None:
    """What changed between two releases: documents, tables, columns, rows by key."""
    from pipelines.release.diff import changelog, diff_tables
    from pipelines.release.publish import read_manifest

    paths = _paths(None, warehouse_dir)
    dirs = [paths.releases_dir / v for v in (old, new)]
    for d in dirs:
        if not (d / "manifest.json").is_file():
            _fail(JrisError(f"release {d.name} not found in {paths.releases_dir}"))
    a, b = (read_manifest(d) for d in dirs)
    print(changelog(new, old, a, b, diff_tables(dirs[0], dirs[1], a, b)))


app.registered_commands.extend(publication_commands.registered_commands)


def main() -> None:
    """The console entry point: whatever fails, the process ends at once with one line on
    stderr (JSON with --json) and the traceback in the log file."""
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        _exit_with("interrupted", 130)
    except BaseException as exc:  # noqa: BLE001 - the last line of defence
        cause = _root_cause(exc)
        _exit_with(f"unexpected {type(cause).__name__}: {cause}", 1, traceback.format_exc())


def _root_cause(exc: BaseException) -> BaseException:
    """The error under Dagster's wrappers: what actually went wrong."""
    seen = {id(exc)}
    while type(exc).__module__.startswith("dagster") and exc.__cause__ is not None:
        exc = exc.__cause__
        if id(exc) in seen:
            break
        seen.add(id(exc))
    return exc


def _exit_with(message: str, code: int, details: str = "") -> None:
    """Print one line and end the process now: lingering threads or pool workers of a failed
    run must not keep it (and its lock) alive."""
    path = _log.get("path") or run_log.new_log_path(None, _command())
    written = run_log.append(path, f"error: {message}\n{details}")
    first = " ".join(message.split())[:300]
    line = f"{first} (full log: {written})" if written else f"{first} (no log could be written)"
    try:
        if "--json" in sys.argv:
            _print_json({"ok": False, "error": line})
        else:
            err.print(f"error: {line}", highlight=False)
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)
