"""Query a release's Parquet files through DuckDB, each table as a view of its own name."""

from __future__ import annotations

from typing import Any

import duckdb

from pipelines.errors import JrisError
from pipelines.release.publish import latest_release
from pipelines.settings import Paths


def connect_release(paths: Paths, version: str | None = None) -> duckdb.DuckDBPyConnection:
    version = version or latest_release(paths.releases_dir)
    if version is None:
        raise JrisError(f"no release in {paths.releases_dir}: run `jris release` first")
    data_dir = paths.releases_dir / version / "data"
    if not data_dir.is_dir():
        raise JrisError(f"release {version} not found in {paths.releases_dir}")
    con = duckdb.connect()
    for f in sorted(data_dir.glob("*.parquet")):
        con.execute(f"CREATE VIEW \"{f.stem}\" AS SELECT * FROM read_parquet('{f}')")
    return con


def run_query(
    paths: Paths, query: str, version: str | None = None
) -> tuple[list[str], list[tuple[Any, ...]]]:
    if not query.strip():
        raise JrisError('the query is empty: give a SQL statement, e.g. "SELECT * FROM facts"')
    con = connect_release(paths, version)
    try:
        rel = con.execute(query)
        columns = [d[0] for d in rel.description] if rel.description else []
        return columns, rel.fetchall()
    except duckdb.Error as exc:
        raise JrisError(f"query failed: {exc}") from exc
    finally:
        con.close()
