"""The Dagster code location: `dagster dev` from the repo root serves these definitions."""

import dagster as dg

from pipelines.automation import raw_folder_sensor, weekly_full_refresh
from pipelines.curated.assets import curated_tables, prefectures
from pipelines.extracted.assets import corpus_tables, document_partitions
from pipelines.release.assets import release
from pipelines.resources import build_resources
from pipelines.warehouse.assets import warehouse

ALL_ASSETS = [
    document_partitions,
    corpus_tables,
    prefectures,
    curated_tables,
    warehouse,
    release,
]

# Runs are steps in one process: the parallel work (extraction) has its own process pool, and a
# subprocess per step would cost seconds each.
publish_release_job = dg.define_asset_job(
    "publish_release",
    selection=dg.AssetSelection.all(),
    executor_def=dg.in_process_executor,
    description="Extract the run's partitions, rebuild every table, load the warehouse and "
    "publish a release.",
)
refresh_job = dg.define_asset_job(
    "refresh",
    selection=dg.AssetSelection.all() - dg.AssetSelection.groups("release"),
    executor_def=dg.in_process_executor,
    description="Extract the run's partitions (new or changed documents) and rebuild the "
    "corpus tables and the warehouse; publishes nothing.",
)

defs = dg.Definitions(
    assets=ALL_ASSETS,
    jobs=[publish_release_job, refresh_job],
    sensors=[raw_folder_sensor],
    schedules=[weekly_full_refresh],
    resources=build_resources(),
)
