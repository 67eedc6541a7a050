"""The Dagster code location: `dagster dev` from the repo root serves these definitions."""

import dagster as dg

from pipelines.curated.assets import curated_tables, prefectures
from pipelines.extracted.assets import generic_extraction
from pipelines.raw.assets import document_texts, documents, source_corpus
from pipelines.release.assets import release
from pipelines.resources import build_resources
from pipelines.warehouse.assets import warehouse

ALL_ASSETS = [
    source_corpus,
    documents,
    document_texts,
    generic_extraction,
    prefectures,
    curated_tables,
    warehouse,
    release,
]

publish_release_job = dg.define_asset_job(
    "publish_release",
    selection=dg.AssetSelection.all(),
    description="Read raw/, rebuild every table, load the warehouse and publish a release.",
)
refresh_job = dg.define_asset_job(
    "refresh",
    selection=dg.AssetSelection.all() - dg.AssetSelection.groups("release"),
    description="Bring the warehouse up to date with raw/; publishes nothing.",
)

defs = dg.Definitions(
    assets=ALL_ASSETS,
    jobs=[publish_release_job, refresh_job],
    resources=build_resources(),
)
