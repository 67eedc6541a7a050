"""What every `jris` command shares: its consoles, its options, how it fails."""

from __future__ import annotations

import inspect
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from pipelines.orchestration import run_log
from pipelines.plumbing.errors import JrisError
from pipelines.plumbing.settings import (
    REPO_ROOT,
    NoProjectFolder,
    Paths,
    other_checkout,
    project_root,
    resolve_paths,
)
from pipelines.plumbing.sql_text import shown

# markup=False: what is printed (file names, reasons, values) is text, never Rich markup.
console = Console(markup=False)
err = Console(stderr=True, soft_wrap=True, markup=False)

RawDir = Annotated[
    Path | None,
    typer.Option(
        "--raw-dir",
        help="Corpus folder (env JRIS_RAW_DIR; default: raw/ of the project folder holding the "
        "current directory).",
    ),
]
WarehouseDir = Annotated[
    Path | None,
    typer.Option(
        "--warehouse-dir",
        help="Warehouse folder (env JRIS_WAREHOUSE_DIR; default: warehouse/ of the project "
        "folder holding the current directory).",
    ),
]


log_file: dict[str, Path] = {}  # "path": this process's log file, once the warehouse is known
_warned: list[Path] = []  # the other checkout, once its warning is printed


def project_paths(raw_dir: Path | None, warehouse_dir: Path | None, need_raw: bool = True) -> Paths:
    """The command's folders; outside any project folder with none given, one line, exit 2."""
    try:
        paths = resolve_paths(raw_dir, warehouse_dir, need_raw=need_raw)
    except NoProjectFolder as exc:
        refuse(str(exc), "--json" in sys.argv)
        raise
    if not _warned and (checkout := other_checkout(project_root())) is not None:
        _warned.append(checkout)  # once a process
        err.print(
            f"warning: running the code of {REPO_ROOT}, not of {checkout} (its .venv was made "
            f"there); `make install` in {checkout} runs its own",
            highlight=False,
        )
    return paths


def command_paths(raw_dir: Path | None, warehouse_dir: Path | None, need_raw: bool = True) -> Paths:
    paths = project_paths(raw_dir, warehouse_dir, need_raw)
    log_file["path"] = run_log.new_log_path(paths.warehouse_dir, command_name())
    return paths


def remote_query_paths(warehouse_dir: Path | None) -> Paths | None:
    """A query of a release over http(s) needs no project folder: outside one, None (and the
    log in the temporary folder)."""
    try:
        paths = resolve_paths(None, warehouse_dir, need_raw=False)
    except NoProjectFolder:
        log_file["path"] = run_log.new_log_path(None, command_name())
        return None
    log_file["path"] = run_log.new_log_path(paths.warehouse_dir, command_name())
    return paths


def command_name() -> str:
    words = [a for a in sys.argv[1:] if not a.startswith("-")]
    return words[0] if words and words[0].isidentifier() else "run"


def log_note() -> str:
    path = log_file.get("path")
    return f" (full log: {path})" if path is not None and path.exists() else ""


def fail(exc: JrisError) -> None:
    """One line; control characters of a name a file or server chose are shown escaped."""
    line = " ".join(shown(str(exc)).split())
    err.print(Text.assemble(("error:", "bold red"), f" {line}{log_note()}"), highlight=False)
    raise typer.Exit(1)


Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print the outcome as JSON, for scripts.")]
Workers = Annotated[
    int,
    typer.Option(
        help="Processes extracting documents (env JRIS_WORKERS; default: one per core).",
        show_default=False,
    ),
]


def print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")


def refuse(problem: str, as_json: bool = False) -> None:
    """A bad option or argument, said before any work: one line, exit code 2."""
    problem = " ".join(shown(problem).split())
    if as_json:
        print_json({"ok": False, "error": problem})
    else:
        err.print(f"error: {problem}", highlight=False)
    raise typer.Exit(2)


def workers_problem(workers: int) -> str | None:
    if workers < 0:
        return f"--workers {workers}: give a number of processes, or 0 for one per core"
    return None


def missing_warehouse(paths: Paths) -> str | None:
    if not paths.warehouse_dir.is_dir():
        return (
            f"no warehouse at {paths.warehouse_dir}: run `jris release` first, or give "
            "--warehouse-dir"
        )
    return None


def whole_paragraphs(doc: str) -> str:
    """A docstring as help: each paragraph on one line, for the help to wrap at the terminal's
    width (typer keeps a docstring's line breaks, cutting sentences where the source wrapped)."""
    paragraphs = inspect.cleandoc(doc).split("\n\n")
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)
