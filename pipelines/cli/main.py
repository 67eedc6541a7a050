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
from typing import Annotated

import typer

from pipelines.cli.common import (
    AsJson,
    Quiet,
    RawDir,
    WarehouseDir,
    Workers,
    command_name,
    command_paths,
    console,
    err,
    fail,
    log_file,
    print_json,
    refuse,
    remote_query_paths,
    whole_paragraphs,
    workers_problem,
)
from pipelines.cli.inspect import inspection_commands
from pipelines.cli.publish import publication_commands
from pipelines.orchestration import run_log
from pipelines.plumbing.errors import JrisError
from pipelines.plumbing.quick_exit import exit_now
from pipelines.plumbing.settings import Paths
from pipelines.plumbing.sql_text import shown
from pipelines.plumbing.unused_imports import mark_unused_absent
from pipelines.raw.folder_check import input_problem

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="JRIS: build, publish and query the Japan Regional Innovation Systems dataset.",
    # No pretty traceback: rendering one took minutes and gigabytes. main() turns every error
    # into one line and writes the traceback to the run's log file.
    pretty_exceptions_enable=False,
)


@contextmanager
def _progress_bars(enabled: bool) -> Iterator[None]:
    """Bars for the long work the assets report: documents extracted, tables validated."""
    if not enabled:
        yield
        return
    from rich.progress import (  # only a run with its bars shown needs them
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskID,
        TextColumn,
        TimeElapsedColumn,
    )

    from pipelines.plumbing import progress

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
    from pipelines.orchestration.runner import run_assets

    started = time.perf_counter()
    try:
        with _progress_bars(not quiet and not as_json and err.is_terminal):
            run = run_assets(
                paths,
                publish=publish,
                release_config=release_config,
                workers=workers,
                log_path=log_file.get("path"),
            )
    except JrisError as exc:
        if as_json:
            print_json({"ok": False, "error": str(exc), "log": str(log_file.get("path"))})
            raise typer.Exit(1) from None
        fail(exc)
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
    paths = command_paths(raw_dir, warehouse_dir)
    problem = workers_problem(workers) or _version_problem(paths, version) or input_problem(paths)
    if problem is not None:
        refuse(problem, as_json)
    report = _run(paths, True, quiet, as_json, workers, {"version": version, "skip_bad": skip_bad})
    if as_json:
        print_json(report)
    elif not quiet:
        console.print(report["message"], highlight=False)


def _version_problem(paths: Paths, version: str | None) -> str | None:
    """What is wrong with --version, checked before any work starts."""
    from pipelines.release.folders import latest_release
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
    try:
        latest = latest_release(paths.releases_dir)
    except JrisError as exc:
        return str(exc)
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
    """Bring the warehouse up to date with raw/, publishing nothing.

    Extracts new and changed documents only, drops removed ones and rebuilds the corpus tables.
    """
    paths = command_paths(raw_dir, warehouse_dir)
    problem = workers_problem(workers) or input_problem(paths)
    if problem is not None:
        refuse(problem, as_json)
    report = _run(paths, False, quiet, as_json, workers)
    if as_json:
        print_json(report)
    elif not quiet:
        extracted = report["extracted"]
        assert isinstance(extracted, list)
        console.print(
            f"refreshed {paths.duckdb_path}: {len(extracted)} document(s) extracted, "
            f"{report['documents'] - len(extracted)} kept, "  # type: ignore[operator]
            f"{len(report['removed'])} removed ({report['seconds']} s)",  # type: ignore[arg-type]
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
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            help="Seconds a query of a release over http(s) may take in all (each read: at most 30).",
        ),
    ] = 300.0,
    max_size: Annotated[
        int,
        typer.Option("--max-size", help="MB a file of a release over http(s) may have."),
    ] = 2048,
) -> None:
    """Query the latest release (or --release) with DuckDB SQL, read-only.

    Every table of the release is a view of its name; only SELECT runs, and only on the
    release's own files. Long values wrap in their column; columns that cannot fit side by
    side are printed one record per row.
    """
    from pipelines.release.query import run_query

    if output not in ("table", "csv", "json"):
        refuse(f"--format {output!r}: choose table, csv or json")
    if not timeout > 0 or max_size <= 0:
        refuse(f"--timeout {timeout:g} / --max-size {max_size}: give positive numbers")
    remote = (release_version or "").startswith(("http://", "https://"))
    paths = (
        remote_query_paths(warehouse_dir)
        if remote
        else command_paths(None, warehouse_dir, need_raw=False)
    )
    try:
        columns, rows = run_query(paths, query, release_version, timeout, max_size)
    except JrisError as exc:
        fail(exc)
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
        from pipelines.cli.table_output import available_width, print_rows

        width = available_width(console, os.environ.get("COLUMNS"))
        print_rows(console, err, columns, rows, width)


def _json_safe(value: object) -> object:
    """JSON has no Infinity or NaN: such a value is null (the release's contracts refuse them)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


app.registered_commands.extend(publication_commands.registered_commands)
app.registered_commands.extend(inspection_commands.registered_commands)
for _command in app.registered_commands:
    _command.help = whole_paragraphs(
        _command.help or getattr(_command.callback, "__doc__", "") or ""
    )


def main() -> None:
    """The console entry point: whatever fails, the process ends at once with one line on
    stderr (JSON with --json) and the traceback in the log file."""
    mark_unused_absent()
    try:
        app()
    except SystemExit as done:
        exit_now(done.code)
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
    path = log_file.get("path") or run_log.new_log_path(None, command_name())
    written = run_log.append(path, f"error: {message}\n{details}")
    first = " ".join(shown(message).split())[:300]
    line = f"{first} (full log: {written})" if written else f"{first} (no log could be written)"
    try:
        if "--json" in sys.argv:
            print_json({"ok": False, "error": line})
        else:
            err.print(f"error: {line}", highlight=False)
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)
