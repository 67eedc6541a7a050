"""Run the asset graph in-process: the same definitions the Dagster UI serves."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from typing import Any

import dagster as dg

from pipelines.errors import JrisError
from pipelines.extracted.plan import RefreshPlan, plan_refresh
from pipelines.locks import exclusive
from pipelines.raw.partitions import (
    PARTITIONS_NAME,
    covering_range,
    range_tags,
)
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


@dataclass
class RunOutcome:
    result: dg.ExecuteInProcessResult
    plan: RefreshPlan
    extracted: list[str]  # the partitions this run extracted

    @property
    def release(self) -> Any:
        """The release asset's outcome (a ReleaseOutcome), for runs that published."""
        return self.result.output_for_node("release")


def run_assets(
    paths: Paths,
    publish: bool = True,
    release_config: dict[str, Any] | None = None,
    log_level: str = "WARNING",
    workers: int = 0,
    force: bool = False,
) -> RunOutcome:
    """Extract the documents that are new or changed, rebuild the corpus tables, load the
    warehouse and (if `publish`) release: the same assets and jobs the Dagster UI runs.
    A JrisError surfaces as itself."""
    from pipelines.automation import CORPUS_WIDE
    from pipelines.definitions import ALL_ASSETS
    from pipelines.resources import build_resources

    run_config: dict[str, Any] = {
        "loggers": {"console": {"config": {"log_level": log_level}}},
        "ops": {"document_partitions": {"config": {"workers": workers, "force": force}}},
    }
    if release_config and publish:
        run_config["ops"]["release"] = {"config": release_config}
    with (
        exclusive(paths.warehouse_dir / ".run.lock", f"the warehouse {paths.warehouse_dir}"),
        tempfile.TemporaryDirectory(prefix="jris-dagster-") as tmp,
    ):
        plan = plan_refresh(paths)
        order = sorted(plan.entries)
        wanted = order if force else plan.stale
        covering = covering_range(order, wanted)
        selection: dg.AssetSelection = dg.AssetSelection.all()
        if not publish:
            selection = selection - dg.AssetSelection.groups("release")
        tags: dict[str, str] = {}
        if covering:
            tags = range_tags(*covering)
        else:
            selection = CORPUS_WIDE | (
                dg.AssetSelection.groups("release") if publish else CORPUS_WIDE
            )
            del run_config["ops"]["document_partitions"]
        instance = dg.DagsterInstance.ephemeral(
            tempdir=tmp, settings={"telemetry": {"enabled": False}}
        )
        if order:
            instance.add_dynamic_partitions(PARTITIONS_NAME, order)
        try:
            result = dg.materialize(
                ALL_ASSETS,
                resources=build_resources(paths),
                instance=instance,
                run_config=run_config,
                selection=selection,
                tags=tags,
            )
        except Exception as exc:
            user = _user_error(exc)
            if user is not None:
                raise user from None
            raise
        extracted = wanted[:] if covering else []
        return RunOutcome(result, plan, extracted)
