"""The Dagster code location: `dagster dev` from the repo root serves these definitions.

JRIS_EXECUTOR=k8s runs every step in a pod of its own (deploy/k8s/); by default a run's
steps share one process and extraction spreads over the cores with its own process pool.
"""

import os

import dagster as dg

from pipelines.orchestration.assets.curated import curated_tables, prefectures
from pipelines.orchestration.assets.extracted import corpus_tables, document_partitions
from pipelines.orchestration.assets.release import release
from pipelines.orchestration.assets.warehouse import warehouse
from pipelines.orchestration.automation import raw_folder_sensor, weekly_full_refresh
from pipelines.orchestration.resources import build_resources

ALL_ASSETS = [
    document_partitions,
    corpus_tables,
    prefectures,
    curated_tables,
    warehouse,
    release,
]


def run_executor() -> dg.ExecutorDefinition:
    """In-process unless JRIS_EXECUTOR says otherwise: a subprocess per step costs seconds,
    and extraction has its own process pool."""
    if os.environ.get("JRIS_EXECUTOR", "in_process") == "k8s":
        from dagster_k8s import k8s_job_executor  # the `cluster` extra

        return k8s_job_executor
    return dg.in_process_executor


# Runs of these jobs write warehouse/jris.duckdb: one at a time (deploy/k8s/dagster.yaml).
WRITES_WAREHOUSE = {"jris/writes-warehouse": "true"}

publish_release_job = dg.define_asset_job(
    "publish_release",
    selection=dg.AssetSelection.all(),
    executor_def=run_executor(),
    tags=WRITES_WAREHOUSE,
    description="Extract the run's partitions, rebuild every table, load the warehouse and "
    "publish a release.",
)
refresh_job = dg.define_asset_job(
    "refresh",
    selection=dg.AssetSelection.all() - dg.AssetSelection.groups("release"),
    executor_def=run_executor(),
    tags=WRITES_WAREHOUSE,
    description="Extract the run's partitions (new or changed documents) and rebuild the "
    "corpus tables and the warehouse; publishes nothing.",
)

JOBS = [publish_release_job, refresh_job]
defs = dg.Definitions(
    assets=ALL_ASSETS,
    jobs=JOBS,
    sensors=[raw_folder_sensor],
    schedules=[weekly_full_refresh],
    resources=build_resources(),
)
