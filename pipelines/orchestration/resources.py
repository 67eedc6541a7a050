"""Dagster resources: where the corpus and the warehouse are, and the DuckDB connection."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource
from pydantic import PrivateAttr

from pipelines.plumbing.locks import warehouse_lock
from pipelines.plumbing.settings import NoProjectFolder, Paths, resolve_paths

# The assets a backfill of the documents' partitions runs: they write only their own documents'
# folders in the per-document store, so such runs go in parallel without the warehouse lock.
EXTRACTION_ONLY = frozenset({dg.AssetKey("source_documents"), dg.AssetKey("document_extractions")})


def writes_warehouse(run: dg.DagsterRun) -> bool:
    """Whether a run may write warehouse/jris.duckdb (any asset but the extraction ones)."""
    selected = run.asset_selection  # None or empty: the whole job
    return not selected or not selected <= EXTRACTION_ONLY


class JrisPaths(dg.ConfigurableResource):
    """The raw/ and warehouse/ folders this run reads and writes. A run that writes the
    warehouse holds its lock from start to end, so a run launched in the UI and `jris refresh`
    never interleave; an extraction-only run (a backfill's) and a sensor tick go without it."""

    raw_dir: str
    warehouse_dir: str

    _held: Any = PrivateAttr(default=None)

    @property
    def paths(self) -> Paths:
        return Paths(Path(self.raw_dir), Path(self.warehouse_dir))

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        if context.dagster_run is not None and writes_warehouse(context.dagster_run):
            stack = ExitStack()
            stack.enter_context(warehouse_lock(Path(self.warehouse_dir)))
            self._held = stack

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._held is not None:
            self._held.close()
            self._held = None


class RunDuckDBResource(DuckDBResource):
    """DuckDBResource that opens the database once per run and process, when a step first
    asks for it: each step borrows a cursor, instead of opening the file and checkpointing it
    at every step. Outside a run (no setup) it opens and closes a connection per use, as
    DuckDBResource does."""

    _con: Any = PrivateAttr(default=None)
    _in_run: bool = PrivateAttr(default=False)
    _log: Any = PrivateAttr(default=None)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        self._in_run, self._log = True, context.log

    def _open_or_set_aside(self, log: Any) -> duckdb.DuckDBPyConnection:
        """A warehouse file DuckDB cannot open (truncated, overwritten) is moved aside and
        built again from raw/ and the per-document store, instead of failing every run."""
        try:
            return self._connect()
        except duckdb.Error as exc:
            path = Path(self.database)
            if "lock" in str(exc).lower() or not path.is_file():
                raise
            aside = path.with_name(f"{path.name}.unreadable-{time.strftime('%Y%m%dT%H%M%S')}")
            os.replace(path, aside)
            wal = path.with_name(path.name + ".wal")
            if wal.exists():
                os.replace(wal, aside.with_name(aside.name + ".wal"))
            if log is not None:
                log.warning(
                    f"{path} could not be opened ({' '.join(str(exc).split())[:200]}); moved to "
                    f"{aside.name} and built again from raw/ and the per-document store"
                )
            return self._connect()

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._con is not None:
            self._con.close()
        self._con, self._in_run, self._log = None, False, None

    def _connect(self) -> duckdb.DuckDBPyConnection:
        config = {"custom_user_agent": "dagster", **self.connection_config}
        for delay in (0.1, 0.2, 0.4, 0.8, 1.6, None):  # another process may hold the file
            try:
                return duckdb.connect(self.database, read_only=False, config=config)
            except duckdb.IOException as exc:
                if delay is None or "lock" not in str(exc).lower():
                    raise
                time.sleep(delay)
        raise AssertionError("unreachable")

    @contextmanager
    def get_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if not self._in_run:
            con = self._connect()
            try:
                yield con
            finally:
                con.close()
            return
        if self._con is None:
            self._con = self._open_or_set_aside(self._log)
        cursor = self._con.cursor()
        try:
            yield cursor
        finally:
            cursor.close()


def build_resources(paths: Paths | None = None) -> dict[str, object]:
    """The resources on paths, or on the project folder's (the code location's defaults).
    Outside any project folder the defaults are folders of the current directory, not made:
    the CLI, given its folders there, imports the definitions but runs on its own paths."""
    if paths is None:
        try:
            paths = resolve_paths()
        except NoProjectFolder:
            paths = Paths(Path.cwd() / "raw", Path.cwd() / "warehouse")
            return _resources(paths)
    paths.warehouse_dir.mkdir(parents=True, exist_ok=True)
    return _resources(paths)


def _resources(paths: Paths) -> dict[str, object]:
    return {
        "jris": JrisPaths(raw_dir=str(paths.raw_dir), warehouse_dir=str(paths.warehouse_dir)),
        "duckdb": RunDuckDBResource(
            database=paths.duckdb_database,
            # DuckDB caches up to 80% of RAM by default; past this it spills to disk, so the
            # pipeline's memory stays flat however large the corpus grows.
            connection_config={"memory_limit": os.environ.get("JRIS_DUCKDB_MEMORY", "256MB")},
        ),
    }
