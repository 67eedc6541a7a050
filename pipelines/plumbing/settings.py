"""Where the pipeline reads and writes: CLI flags, then JRIS_* variables, then the raw/ and
warehouse/ of the project folder holding the current directory.

The project folder is found as git finds its repository: the nearest of the current directory
and its parents that holds `raw/registry.yaml` (a corpus) or a `pyproject.toml` naming jris (a
checkout of this code, whose raw/ may not exist yet). Never the code's own location: a copied
folder's `.venv` may still run the original's code, and its commands must write the copy.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pipelines.plumbing.errors import JrisError

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Paths:
    raw_dir: Path
    warehouse_dir: Path

    @property
    def duckdb_path(self) -> Path:
        return self.warehouse_dir / "jris.duckdb"

    @property
    def duckdb_database(self) -> str:
        """The warehouse database: the file, or JRIS_DUCKDB_DATABASE (a shared store such as
        MotherDuck's `md:jris`) when one machine is not enough."""
        return os.environ.get("JRIS_DUCKDB_DATABASE") or str(self.duckdb_path)

    @property
    def releases_dir(self) -> Path:
        return self.warehouse_dir / "releases"

    @property
    def candidates_dir(self) -> Path:
        return self.warehouse_dir / "candidates"

    @property
    def registry_path(self) -> Path:
        return self.raw_dir / "registry.yaml"

    @property
    def reference_dir(self) -> Path:
        return self.raw_dir / "reference"


class NoProjectFolder(JrisError):
    """Run outside any project folder with no folder given."""


def _names_jris(pyproject: Path) -> bool:
    try:
        with pyproject.open("rb") as f:
            return tomllib.load(f).get("project", {}).get("name") == "jris"
    except (OSError, tomllib.TOMLDecodeError, AttributeError):
        return False


def project_root(start: Path | None = None) -> Path | None:
    """The nearest folder, from start (the current directory) up, that is a JRIS project."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "raw" / "registry.yaml").is_file() or _names_jris(folder / "pyproject.toml"):
            return folder
    return None


def other_checkout(root: Path | None) -> Path | None:
    """The project folder when it is a checkout of this code other than the one running (a
    copied folder whose .venv still runs the original's code), else None."""
    if root is None or not (root / "pipelines" / "__init__.py").is_file():
        return None
    return root if root.resolve() != REPO_ROOT else None


def resolve_paths(
    raw_dir: str | Path | None = None,
    warehouse_dir: str | Path | None = None,
    *,
    need_raw: bool = True,
) -> Paths:
    """The folders of a command; need_raw=False for one that reads the warehouse only (its
    raw_dir is then a placeholder when no project folder is found, never read)."""
    raw = raw_dir or os.environ.get("JRIS_RAW_DIR")
    wh = warehouse_dir or os.environ.get("JRIS_WAREHOUSE_DIR")
    root = project_root() if not (raw and wh) else None
    if root is None and (not wh or (not raw and need_raw)):
        raise NoProjectFolder(
            f"{Path.cwd()} is not inside a JRIS project folder (no raw/registry.yaml nor a "
            "pyproject.toml naming jris in it or its parents): cd into one, or give "
            "--raw-dir and --warehouse-dir (env JRIS_RAW_DIR, JRIS_WAREHOUSE_DIR)"
        )
    raw_path = Path(raw) if raw else (root or Path(str(wh))) / "raw"
    wh_path = Path(wh) if wh else Path(str(root)) / "warehouse"
    return Paths(raw_dir=raw_path.resolve(), warehouse_dir=wh_path.resolve())
