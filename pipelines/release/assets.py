"""Release asset: publish the warehouse as a new immutable release, or say why not."""

from typing import Any

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.raw.registry import Corpus
from pipelines.release.publish import ReleaseOutcome, publish, refresh_release_views, release_lock
from pipelines.resources import JrisPaths


class ReleaseConfig(dg.Config):
    version: str | None = None
    """Publish under this version instead of the one computed from the diff."""
    skip_bad: bool = False
    """Publish without quarantined documents instead of refusing."""


@dg.asset(
    group_name="release",
    description="warehouse/releases/<version>: Parquet files, "
    "manifest.json and SHA256SUMS; warehouse/releases/latest points at the newest.",
)
def release(
    context: dg.AssetExecutionContext,
    config: ReleaseConfig,
    jris: JrisPaths,
    duckdb: DuckDBResource,
    source_corpus: Corpus,
    warehouse: dict[str, Any],
) -> dg.Output[ReleaseOutcome]:
    paths = jris.paths
    inputs = [
        {"doc_id": d.doc_id, "file": d.path.name, "sha256": d.sha256, "n_bytes": d.n_bytes}
        for d in source_corpus.documents
    ]
    quarantined = [dict(q.__dict__) for q in source_corpus.quarantined]
    with release_lock(paths), duckdb.get_connection() as con:
        outcome = publish(
            paths, con, inputs, quarantined, version=config.version, skip_bad=config.skip_bad
        )
        refresh_release_views(con, paths.releases_dir)
    context.log.info(outcome.message)
    return dg.Output(
        outcome,
        metadata={
            "published": outcome.published,
            "version": outcome.version,
            "path": str(outcome.path) if outcome.path else "",
            "change": outcome.change or "none",
        },
    )
