"""Dagster resources: where the corpus and the warehouse are, and the DuckDB connection."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.settings import Paths, resolve_paths


class JrisPaths(dg.ConfigurableResource):
    """The raw/ and warehouse/ folders this run reads and writes."""

    raw_dir: str
    warehouse_dir: str

    @property
    def paths(self) -> Paths:
        return Paths(Path(self.raw_dir), Path(self.warehouse_dir))


def build_resources(paths: Paths | None = None) -> dict[str, object]:
    paths = paths or resolve_paths()
    paths.warehouse_dir.mkdir(parents=True, exist_ok=True)
    return {
        "jris": JrisPaths(raw_dir=str(paths.raw_dir), warehouse_dir=str(paths.warehouse_dir)),
        "duckdb": DuckDBResource(
            database=paths.duckdb_database,
            # DuckDB caches up to 80% of RAM by default; past this it spills to disk, so the
            # pipeline's memory stays flat however large the corpus grows.
            connection_config={"memory_limit": os.environ.get("JRIS_DUCKDB_MEMORY", "256MB")},
        ),
    }
