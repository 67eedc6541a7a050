"""A release's Parquet files as DuckDB views, each named after its table: the one way both the
query surface and the site's build read a release."""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipelines.plumbing.errors import JrisError
from pipelines.plumbing.sql_text import identifier, literal


def create_release_views(con: duckdb.DuckDBPyConnection, data_dir: Path) -> list[Path]:
    """A view per Parquet file of a release, named after its table; returns the files. A view's
    body takes no parameter: the path is quoted by the one strict helper."""
    files = sorted(data_dir.glob("*.parquet"))
    for f in files:
        try:
            con.execute(
                f"CREATE VIEW {identifier(f.stem)} AS SELECT * FROM read_parquet({literal(str(f))})"
            )
        except duckdb.Error as exc:
            problem = " ".join(str(exc).split("\nLINE ", 1)[0].split())
            raise JrisError(f"{f}: not a readable table of the release ({problem})") from exc
    return files
