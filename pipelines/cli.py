"""`jris`: the pipeline from the command line, for people who do not want the Dagster UI."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from pipelines.errors import JrisError
from pipelines.settings import Paths, resolve_paths

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="JRIS: build, publish and query the Japan Regional Innovation Systems dataset.",
)
console = Console()
err = Console(stderr=True, soft_wrap=True)

RawDir = Annotated[
    Path | None, typer.Option("--raw-dir", help="Corpus folder [env JRIS_RAW_DIR; default raw/].")
]
WarehouseDir = Annotated[
    Path | None,
    typer.Option(
        "--warehouse-dir", help="Warehouse folder [env JRIS_WAREHOUSE_DIR; default warehouse/]."
    ),
]


def _paths(raw_dir: Path | None, warehouse_dir: Path | None) -> Paths:
    return resolve_paths(raw_dir, warehouse_dir)


def _fail(exc: JrisError) -> None:
    err.print(f"[bold red]error:[/] {exc}", highlight=False)
    raise typer.Exit(1)


@app.command()
def release(
    raw_dir: RawDir = None,
    warehouse_dir: WarehouseDir = None,
    version: Annotated[str | None, typer.Option(help="Publish under this version.")] = None,
    skip_bad: Annotated[
        bool, typer.Option("--skip-bad", help="Publish without quarantined documents.")
    ] = False,
) -> None:
    """Run the whole pipeline on raw/ and publish a release."""
    from pipelines.runner import run_assets

    paths = _paths(raw_dir, warehouse_dir)
    if version is not None and (paths.releases_dir / version).exists():
        _fail(
            JrisError(
                f"release {version} already exists at {paths.releases_dir / version}; "
                "releases are immutable: nothing was changed"
            )
        )
    try:
        result = run_assets(paths, release_config={"version": version, "skip_bad": skip_bad})
    except JrisError as exc:
        _fail(exc)
        return
    outcome = result.output_for_node("release")
    console.print(outcome.message, highlight=False)


@app.command()
def sql(
    query: Annotated[
        str, typer.Argument(help="SQL; every release table is a view of the same name.")
    ],
    warehouse_dir: WarehouseDir = None,
    release_version: Annotated[
        str | None, typer.Option("--release", help="Query this release, not the latest.")
    ] = None,
    output: Annotated[str, typer.Option("--format", help="table, csv or json")] = "table",
) -> None:
    """Query the latest release's Parquet files with DuckDB."""
    from pipelines.query import run_query

    paths = _paths(None, warehouse_dir)
    try:
        columns, rows = run_query(paths, query, release_version)
    except JrisError as exc:
        _fail(exc)
        return
    if output == "json":
        sys.stdout.write(
            json.dumps(
                [dict(zip(columns, r, strict=True)) for r in rows], default=str, ensure_ascii=False
            )
            + "\n"
        )
    elif output == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        table = Table(*columns, show_lines=False)
        for r in rows:
            table.add_row(*["" if v is None else str(v) for v in r])
        console.print(table)


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


def main() -> None:  # pragma: no cover - console entry point
    app()
