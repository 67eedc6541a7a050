"""Run the asset graph in-process: the same definitions the Dagster UI serves."""

from __future__ import annotations

import tempfile
from typing import Any

import dagster as dg

from pipelines.errors import JrisError
from pipelines.locks import exclusive
from pipelines.settings import Paths


def _user_error(exc: BaseException) -> JrisError | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, JrisError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def run_assets(
    paths: Paths,
    selection: str | None = None,
    release_config: dict[str, Any] | None = None,
    log_level: str = "WARNING",
) -> dg.ExecuteInProcessResult:
    """Materialise the graph (or a selection of it); a JrisError surfaces as itself."""
    from pipelines.definitions import ALL_ASSETS
    from pipelines.resources import build_resources

    run_config: dict[str, Any] = {"loggers": {"console": {"config": {"log_level": log_level}}}}
    if release_config:
        run_config["ops"] = {"release": {"config": release_config}}
    with (
        exclusive(paths.warehouse_dir / ".run.lock", f"the warehouse {paths.warehouse_dir}"),
        tempfile.TemporaryDirectory(prefix="jris-dagster-") as tmp,
    ):
        instance = dg.DagsterInstance.ephemeral(
            tempdir=tmp, settings={"telemetry": {"enabled": False}}
        )
        try:
            return dg.materialize(
                ALL_ASSETS,
                resources=build_resources(paths),
                instance=instance,
                run_config=run_config,
                selection=selection,
            )
        except Exception as exc:
            user = _user_error(exc)
            if user is not None:
                raise user from None
            raise
