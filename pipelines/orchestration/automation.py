"""When runs happen: a sensor on the raw folder and a weekly full refresh.

Both are stopped until someone turns them on in the UI, as Dagster users expect.
"""

import hashlib
import json
from typing import Any

import dagster as dg

from pipelines.extracted.store.plan import plan_refresh
from pipelines.orchestration.resources import JrisPaths
from pipelines.raw.partitions import (
    DOCUMENT_PARTITIONS,
    PARTITIONS_NAME,
    covering_range,
    range_tags,
)

REFRESH_JOB = "refresh"
# What a run that only drops removed documents rebuilds: everything but the partitioned assets.
CORPUS_WIDE = (
    dg.AssetSelection.all()
    - dg.AssetSelection.assets("source_documents", "document_extractions")
    - dg.AssetSelection.groups("release")
)


def _key(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


@dg.sensor(
    job_name=REFRESH_JOB,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Watches raw/: registers new documents as partitions and deletes removed ones, "
    "and requests a refresh of exactly the partitions that are new or changed.",
)
def raw_folder_sensor(context: dg.SensorEvaluationContext, jris: JrisPaths) -> dg.SensorResult:
    plan = plan_refresh(jris.paths)
    existing = list(context.instance.get_dynamic_partitions(PARTITIONS_NAME))
    added = sorted(set(plan.entries) - set(existing))
    deleted = sorted(set(existing) - set(plan.entries))
    order = [k for k in existing if k not in deleted] + added
    requests: list[dg.RunRequest] = []
    covering = covering_range(order, plan.stale)
    if covering:
        requests.append(
            dg.RunRequest(
                run_key=f"refresh-{_key([(d, plan.keys[d]) for d in plan.stale])}",
                tags={**range_tags(*covering), "jris/stale": ",".join(plan.stale)[:1000]},
            )
        )
    elif deleted or plan.removed:
        requests.append(
            dg.RunRequest(
                run_key=f"drop-{_key(sorted(set(deleted) | set(plan.removed)))}",
                asset_selection=list(CORPUS_WIDE.resolve(_asset_graph(context))),
                tags={"jris/removed": ",".join(sorted(set(deleted) | set(plan.removed)))[:1000]},
            )
        )
    partition_requests: list[
        dg.AddDynamicPartitionsRequest | dg.DeleteDynamicPartitionsRequest
    ] = []
    if added:
        partition_requests.append(DOCUMENT_PARTITIONS.build_add_request(added))
    if deleted:
        partition_requests.append(DOCUMENT_PARTITIONS.build_delete_request(deleted))
    return dg.SensorResult(run_requests=requests, dynamic_partitions_requests=partition_requests)


def _asset_graph(context: dg.SensorEvaluationContext) -> Any:
    """The graph of the code location the sensor runs in (never an import of the definitions,
    which import this module)."""
    if context.repository_def is None:
        raise dg.DagsterInvariantViolationError(
            "raw_folder_sensor runs only inside a code location"
        )
    return context.repository_def.asset_graph


@dg.schedule(
    job_name=REFRESH_JOB,
    cron_schedule="0 3 * * 1",
    execution_timezone="Asia/Tokyo",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Every Monday 03:00 JST: extract every document again and rebuild the warehouse.",
)
def weekly_full_refresh(context: dg.ScheduleEvaluationContext) -> dg.RunRequest | dg.SkipReason:
    keys = context.instance.get_dynamic_partitions(PARTITIONS_NAME)
    if not keys:
        return dg.SkipReason("no documents registered yet: turn on raw_folder_sensor")
    return dg.RunRequest(
        tags=range_tags(keys[0], keys[-1]),
        run_config={"ops": {"document_partitions": {"config": {"force": True}}}},
    )
