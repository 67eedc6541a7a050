"""`jris publish` and `jris download`: a release put where people fetch it, and fetched back."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from pipelines.cli.common import WarehouseDir, project_paths
from pipelines.plumbing.errors import JrisError
from pipelines.plumbing.sql_text import shown
from pipelines.release.fetch import DEFAULT_MAX_MB, DEFAULT_TIMEOUT

publication_commands = typer.Typer()
_err = Console(stderr=True, soft_wrap=True, markup=False)
_out = Console(markup=False, soft_wrap=True)


def _fail(exc: JrisError) -> None:
    """One line: what a server or a file named is shown with its control characters escaped."""
    _err.print(f"error: {' '.join(shown(str(exc)).split())}", highlight=False)
    raise typer.Exit(1)


Timeout = Annotated[
    float,
    typer.Option(
        "--timeout",
        help="Seconds the whole command may take over the network (each read: at most 30).",
    ),
]


@publication_commands.command()
def publish(
    to: Annotated[
        Path | None,
        typer.Option(
            "--to",
            help="Publication folder (a web root, a mounted bucket; default warehouse/site/).",
        ),
    ] = None,
    version: Annotated[
        list[str] | None, typer.Option("--version", help="Publish only this release (repeatable).")
    ] = None,
    warehouse_dir: WarehouseDir = None,
) -> None:
    """Copy the releases into a publication folder, with archives, latest and versions.json."""
    from pipelines.release.publication import publish_releases

    paths = project_paths(None, warehouse_dir, need_raw=False)
    dest = to or paths.warehouse_dir / "site"
    try:
        new = publish_releases(
            paths.releases_dir, dest, version or None,
            warn=lambda line: _err.print(f"warning: {line}", highlight=False),
        )  # fmt: skip
    except JrisError as exc:
        _fail(exc)
        return
    shown = ", ".join(new) if new else "nothing new (every release is already there)"
    _out.print(f"published {shown} in {dest}")


@publication_commands.command()
def download(
    url: Annotated[str, typer.Argument(help="http(s) address of a publication folder or release.")],
    version: Annotated[
        str | None, typer.Option("--version", help="This version (default: the latest).")
    ] = None,
    to: Annotated[Path, typer.Option("--to", help="Folder to unpack into.")] = Path("."),
    timeout: Timeout = DEFAULT_TIMEOUT,
    max_size: Annotated[
        int,
        typer.Option(
            "--max-size",
            help="MB the archive, any file in it, and all of them unpacked may reach.",
        ),
    ] = DEFAULT_MAX_MB,
) -> None:
    """Fetch a published release, verify it against its checksums, unpack it in <to>/<version>."""
    from pipelines.cli.common import refuse
    from pipelines.release.fetch import Budget
    from pipelines.release.remote import download as fetch

    if not timeout > 0 or max_size <= 0:
        refuse(f"--timeout {timeout:g} / --max-size {max_size}: give positive numbers")
    try:
        target = fetch(url, version, to, Budget(timeout=timeout, max_mb=max_size))
    except JrisError as exc:
        _fail(exc)
        return
    _out.print(f"downloaded and verified release {target.name} in {target}")


@publication_commands.command()
def verify(
    files: Annotated[
        list[Path] | None, typer.Argument(help="Your copies of the documents to check.")
    ] = None,
    source_dir: Annotated[
        Path | None,
        typer.Option("--source-dir", help="Check every withheld document found in this folder."),
    ] = None,
    release_version: Annotated[
        str | None, typer.Option("--release", help="This release (default: the latest).")
    ] = None,
    warehouse_dir: WarehouseDir = None,
) -> None:
    """Check a release's quotes of a document against your copy of it (by sha256 and span)."""
    from pipelines.release.query import release_dir
    from pipelines.release.verify import files_to_verify, verify_file

    try:
        folder = release_dir(project_paths(None, warehouse_dir, need_raw=False), release_version)
        todo = list(files or []) + (files_to_verify(folder, source_dir) if source_dir else [])
        if not todo:
            raise JrisError("give the documents to check, or --source-dir with them in it")
        for path in todo:
            v = verify_file(folder, path)
            _out.print(
                f"{path}: the sha256 of {v.doc_id} in release {folder.name}; {v.quotes} quotes "
                f"in {v.tables} tables match it ({v.withheld} characters withheld in the release)"
            )
    except JrisError as exc:
        _fail(exc)
