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
from pathlib import Path

import dagster as dg

from pipelines.settings import REPO_ROOT, Paths

INSTANCE_CONFIG = REPO_ROOT / "dagster.yaml"


def instance_dir(paths: Paths) -> Path:
    home = os.environ.get("DAGSTER_HOME", "").strip()
    return Path(home).resolve() if home else paths.warehouse_dir / "dagster"


def open_instance(paths: Paths) -> dg.DagsterInstance:
    home = instance_dir(paths)
    if not (home / "dagster.yaml").exists() and "DAGSTER_HOME" not in os.environ:
        home.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(INSTANCE_CONFIG, home / "dagster.yaml")
    return dg.DagsterInstance.from_config(str(home))


def sync_partitions(instance: dg.DagsterInstance, name: str, keys: list[str]) -> None:
    """The instance's partitions of `name` become exactly `keys` (documents added or removed)."""
    have = set(instance.get_dynamic_partitions(name))
    new = [k for k in keys if k not in have]
    if new:
        instance.add_dynamic_partitions(name, new)
    for gone in sorted(have - set(keys)):
        instance.delete_dynamic_partition(name, gone)
