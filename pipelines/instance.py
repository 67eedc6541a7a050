"""The warehouse's own Dagster instance, `warehouse/dagster/`: `jris` records its runs there
and `make dev` serves it, so the UI shows what the CLI ran (materializations, checks,
partitions, run history) and `jris status` what the UI launched.

DAGSTER_HOME, when set, names another instance (a team's PostgreSQL-backed one, say); its
dagster.yaml is the operator's. The warehouse's instance gets the repository's dagster.yaml
(telemetry off) when it is first made.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import sqlalchemy.exc

from pipelines.errors import JrisError
from pipelines.settings import REPO_ROOT, Paths

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
        instance = dg.DagsterInstance.from_config(str(home))
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
