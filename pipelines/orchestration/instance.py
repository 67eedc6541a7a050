"""The warehouse's own Dagster instance, `warehouse/dagster/`: `jris` records its runs there
and `make dev` serves it, so the UI shows what the CLI ran (materializations, checks,
partitions, run history) and `jris status` what the UI launched.

DAGSTER_HOME, when set, names another instance (a team's PostgreSQL-backed one, say); its
dagster.yaml is the operator's. The warehouse's instance gets the repository's dagster.yaml
(telemetry off) when it is first made; `jris` records its events there through
WarehouseEventLogStorage, the UI through Dagster's own SQLite storage, on the same files.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import dagster as dg
import sqlalchemy.exc
from dagster._core.instance.ref import InstanceRef
from dagster._core.storage.event_log.sqlite.sqlite_event_log import (
    SQLITE_BUSY_TIMEOUT_SECONDS,
    SqliteEventLogStorage,
)
from dagster._serdes import ConfigurableClassData
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import SingletonThreadPool

from pipelines.plumbing.errors import JrisError
from pipelines.plumbing.settings import REPO_ROOT, Paths

INSTANCE_CONFIG = REPO_ROOT / "dagster.yaml"


def instance_dir(paths: Paths) -> Path:
    home = os.environ.get("DAGSTER_HOME", "").strip()
    return Path(home).resolve() if home else paths.warehouse_dir / "dagster"


@contextmanager
def open_instance(paths: Paths) -> Iterator[dg.DagsterInstance]:
    """The instance, made on first use; a storage that cannot be written (a full disk, a
    read-only folder) ends the command in one line naming the folder."""
    home = instance_dir(paths)
    operators = bool(os.environ.get("DAGSTER_HOME", "").strip())  # their dagster.yaml, as it is
    if operators and not home.is_dir():
        raise JrisError(f"DAGSTER_HOME={home} is not a folder: make it, or unset DAGSTER_HOME")
    try:
        if not operators and not (home / "dagster.yaml").exists():
            home.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(INSTANCE_CONFIG, home / "dagster.yaml")
        if operators:
            instance = dg.DagsterInstance.from_config(str(home))
        else:
            instance = dg.DagsterInstance.from_ref(
                InstanceRef.from_dir(str(home), overrides=_event_log_override(home))
            )
    except (OSError, *STORAGE_ERRORS) as exc:
        raise _unwritable(home, exc) from exc
    try:
        yield instance
    except STORAGE_ERRORS as exc:  # the run's events could not be recorded
        raise _unwritable(home, exc) from exc
    finally:
        instance.dispose()


STORAGE_ERRORS = (sqlalchemy.exc.OperationalError, sqlalchemy.exc.DatabaseError)


def _unwritable(home: Path, exc: BaseException) -> JrisError:
    reason = getattr(exc, "orig", None) or exc
    return JrisError(
        f"the Dagster instance in {home} cannot be written ({reason}): is the disk full or the "
        "folder read-only?"
    )


def sync_partitions(instance: dg.DagsterInstance, name: str, keys: list[str]) -> list[str]:
    """The instance's partitions of `name` become `keys` (documents added or removed); returns
    them in the instance's order, the order a partition range is read in (as the sensor does)."""
    have = list(instance.get_dynamic_partitions(name))
    gone = sorted(set(have) - set(keys))
    for key in gone:
        instance.delete_dynamic_partition(name, key)
    new = sorted(set(keys) - set(have))
    if new:
        instance.add_dynamic_partitions(name, new)
    return [k for k in have if k not in gone] + new


def _event_log_override(home: Path) -> dict[str, object]:
    """Where Dagster's default SQLite instance keeps its event log, with the faster class."""
    return {
        "event_log_storage": {
            "module": __name__,
            "class": "WarehouseEventLogStorage",
            "config": {"base_dir": str(home / "history" / "runs")},
        }
    }


class WarehouseEventLogStorage(SqliteEventLogStorage):
    """Dagster's SQLite event log (its files and schema unchanged, so `dagster dev` reads them
    with its own class, even while a run writes) that keeps one open connection per file and
    thread for the process, where Dagster's opens and closes one per statement (each close of
    a WAL database checkpoints it), and commits without fsync (synchronous=NORMAL: a killed
    process loses no event; a machine that loses power, at most the last ones). A run records
    ~200 events: this takes a one-document refresh of 400 documents from 6.1 s to 5.2 s."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None) -> None:
        self._engines: dict[str, Engine] = {}
        self._tables: set[str] = set()  # tables seen in the index shard: they stay
        super().__init__(base_dir, inst_data)

    def has_table(self, table_name: str) -> bool:
        """Asked at every asset and check event; Dagster's opens a new engine each time."""
        if table_name not in self._tables and super().has_table(table_name):
            self._tables.add(table_name)
        return table_name in self._tables

    @classmethod
    def from_config_value(  # type: ignore[override]
        cls, inst_data: ConfigurableClassData | None, config_value: dict[str, str]
    ) -> WarehouseEventLogStorage:
        return cls(inst_data=inst_data, **config_value)

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        with self._db_lock:
            engine = self._engines.get(shard)
            if engine is None:
                engine = create_engine(
                    self.conn_string_for_shard(shard),
                    poolclass=SingletonThreadPool,
                    connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS},
                )
                event.listen(engine, "connect", _no_fsync_per_commit)
                self._engines[shard] = engine
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def dispose(self) -> None:
        super().dispose()
        for engine in self._engines.values():
            engine.dispose()
        self._engines.clear()


def _no_fsync_per_commit(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")
