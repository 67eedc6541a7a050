"""Where the pipeline reads and writes: CLI flags, then JRIS_* variables, then the repo defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

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


def resolve_paths(
    raw_dir: str | Path | None = None, warehouse_dir: str | Path | None = None
) -> Paths:
    raw = raw_dir or os.environ.get("JRIS_RAW_DIR") or REPO_ROOT / "raw"
    wh = warehouse_dir or os.environ.get("JRIS_WAREHOUSE_DIR") or REPO_ROOT / "warehouse"
    return Paths(raw_dir=Path(raw).resolve(), warehouse_dir=Path(wh).resolve())
