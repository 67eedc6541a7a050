"""Query a release's Parquet files through DuckDB, each table as a view of its own name.

The connection can read the release's own files and nothing else: one SELECT (or a few) per
call, external access turned off once the views exist and the configuration locked, so a query
can neither write a release, attach the warehouse, read other files nor load an extension.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb

from pipelines.plumbing.errors import JrisError
from pipelines.plumbing.settings import Paths
from pipelines.release.folders import latest_release, list_releases
from pipelines.release.query_hints import hint, release_names
from pipelines.release.views import create_release_views

_READ_ONLY = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")


def release_dir(paths: Paths, version: str | None) -> Path:
    """The folder of a published release, by version: never a path of the caller's choosing."""
    published = list_releases(paths.releases_dir)
    if version is None:
        version = latest_release(paths.releases_dir)
        if version is None:
            raise JrisError(f"no release in {paths.releases_dir}: run `jris release` first")
    elif not _VERSION.match(version) or version not in published:
        shown = ", ".join(published[-5:]) or "none"
        raise JrisError(
            f"--release {version!r} is not a published release in {paths.releases_dir} "
            f"(published: {shown})"
        )
    return paths.releases_dir / version


def connect_release(paths: Paths, version: str | None = None) -> duckdb.DuckDBPyConnection:
    data_dir = release_dir(paths, version) / "data"
    if not data_dir.is_dir():
        raise JrisError(
            f"release {data_dir.parent.name} has no data/ folder in {paths.releases_dir}"
        )
    con = duckdb.connect(config={"autoinstall_known_extensions": False,
                                 "autoload_known_extensions": False})  # fmt: skip
    files = create_release_views(con, data_dir)
    con.execute("SET allowed_paths = ?", [[str(f) for f in files]])
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def _only_reads(con: duckdb.DuckDBPyConnection, query: str) -> list[Any]:
    try:
        statements = con.extract_statements(query)
    except duckdb.Error as exc:
        raise JrisError(f"query failed: {' '.join(str(exc).split())}") from exc
    if not statements:
        raise JrisError('the query is empty: give a SQL statement, e.g. "SELECT * FROM facts"')
    for s in statements:
        if s.type not in _READ_ONLY:
            raise JrisError(
                f"only SELECT queries are allowed on a release, not {s.type.name} "
                "(a release is read-only; copy its Parquet files to change them)"
            )
    return statements


def run_query(
    paths: Paths | None,
    query: str,
    version: str | None = None,
    timeout: float | None = None,
    max_mb: int | None = None,
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Rows of query on a local release, or on a published one (an http(s) address) within
    `timeout` seconds in all, no file of it larger than `max_mb`."""
    if not query.strip():
        raise JrisError('the query is empty: give a SQL statement, e.g. "SELECT * FROM facts"')
    if version is not None and version.startswith(("http://", "https://")):
        from pipelines.release.fetch import DEFAULT_MAX_MB, DEFAULT_TIMEOUT, Budget
        from pipelines.release.remote_sql import connect_remote, deadline

        budget = Budget(timeout=timeout or DEFAULT_TIMEOUT, max_mb=max_mb or DEFAULT_MAX_MB)
        con = connect_remote(version, budget)  # a release published elsewhere, read over HTTP
        try:
            with deadline(con, budget, version.rstrip("/")):
                return _rows(con, query)
        finally:
            con.close()
    assert paths is not None, "a local release is read from a warehouse"
    con = connect_release(paths, version)
    try:
        return _rows(con, query)
    except duckdb.Error as exc:
        raise JrisError(f"query failed: {' '.join(str(exc).split())}") from exc
    finally:
        con.close()


def _rows(con: duckdb.DuckDBPyConnection, query: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    rel = None
    for statement in _only_reads(con, query):
        try:
            rel = con.execute(statement)
        except (duckdb.CatalogException, duckdb.BinderException) as exc:
            said = hint(str(exc), release_names(con))
            if said is None:
                raise
            raise JrisError(f"query failed: {said}") from exc
    assert rel is not None
    columns = [d[0] for d in rel.description] if rel.description else []
    return columns, rel.fetchall()
