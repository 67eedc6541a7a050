"""Release asset: publish the warehouse as a new immutable release, or say why not."""

from collections.abc import Iterator

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.extracted.store.plan import drop_removed_documents
from pipelines.orchestration.resources import JrisPaths
from pipelines.plumbing.errors import ReleaseError
from pipelines.release.folders import ReleaseOutcome
from pipelines.release.publish import publish, refresh_release_views, release_lock
from pipelines.warehouse.staging import (
    PAGES_LEFT_OUT,
    PAGES_LEFT_OUT_COLUMNS,
    REJECTED,
    REJECTED_COLUMNS,
)

QUALITY_CHECK = "quality_expectations"
QUALITY_FAILURE = "critical data-quality"


class ReleaseConfig(dg.Config):
    version: str | None = None
    """Publish under this version instead of the one computed from the diff."""
    skip_bad: bool = False
    """Publish without quarantined documents instead of refusing."""


@dg.asset(
    group_name="release",
    deps=["warehouse"],
    check_specs=[
        dg.AssetCheckSpec(
            QUALITY_CHECK,
            asset="release",
            description="The Great Expectations suite of every table (quality/index.html); "
            "a failing critical expectation keeps the candidate out of releases/.",
        )
    ],
    description="warehouse/releases/<version>: Parquet files, "
    "manifest.json and SHA256SUMS; warehouse/releases/latest points at the newest.",
)
def release(
    context: dg.AssetExecutionContext,
    config: ReleaseConfig,
    jris: JrisPaths,
    duckdb: DuckDBResource,
) -> Iterator[dg.Output[ReleaseOutcome] | dg.AssetCheckResult]:
    paths = jris.paths
    with release_lock(paths), duckdb.get_connection() as con:
        inputs = [
            {"doc_id": d, "file": f, "sha256": s, "n_bytes": n}
            for d, f, s, n in con.execute(
                "SELECT doc_id, file_name, sha256, n_bytes FROM raw.documents ORDER BY doc_id"
            ).fetchall()
        ]
        quarantined = [
            {"doc_id": d, "file": f, "reason": r}
            for d, f, r in con.execute(
                "SELECT doc_id, file, reason FROM meta.quarantined ORDER BY doc_id, file"
            ).fetchall()
        ]
        rejected = [
            dict(zip(REJECTED_COLUMNS, r, strict=True))
            for r in con.execute(f"SELECT * FROM meta.{REJECTED} ORDER BY ALL").fetchall()
        ]
        kept = con.execute(  # a warehouse staged before pages were listed has no such table
            "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'meta' AND table_name = ?",
            [PAGES_LEFT_OUT],
        ).fetchone()
        pages = (
            [
                dict(zip(PAGES_LEFT_OUT_COLUMNS, r, strict=True))
                for r in con.execute(
                    f"SELECT * FROM meta.{PAGES_LEFT_OUT} ORDER BY doc_id, page"
                ).fetchall()
            ]
            if kept and kept[0]
            else []
        )
        try:
            outcome = publish(
                paths,
                con,
                inputs,
                quarantined,
                version=config.version,
                skip_bad=config.skip_bad,
                rejected=rejected,
                pages_left_out=pages,
            )
        except ReleaseError as exc:
            if QUALITY_FAILURE in str(exc):
                yield dg.AssetCheckResult(
                    check_name=QUALITY_CHECK,
                    passed=False,
                    severity=dg.AssetCheckSeverity.ERROR,
                    metadata={"failures": dg.MetadataValue.text(str(exc)[:5000])},
                )
            raise
        refresh_release_views(con, paths.releases_dir)
    context.log.info(outcome.message)
    drop_removed_documents(paths, context.log)
    quality = (outcome.manifest or {}).get("quality", {})
    report = outcome.path / "quality" / "index.html" if outcome.path else None
    yield dg.AssetCheckResult(
        check_name=QUALITY_CHECK,
        passed=not quality.get("failed", 0) if outcome.published else True,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "expectations": quality.get("expectations", 0),
            "failed_non_critical": quality.get("failed", 0),
            "report": dg.MetadataValue.path(str(report) if report else ""),
            "published": outcome.published,
        },
    )
    yield dg.Output(
        outcome,
        metadata={
            "published": outcome.published,
            "version": outcome.version,
            # not "path": Dagster's IO manager writes its own "path" (where it stored the output)
            "release_path": dg.MetadataValue.path(str(outcome.path) if outcome.path else ""),
            "change": outcome.change or "none",
            "quality_report": dg.MetadataValue.path(str(report) if report else ""),
            **{f"seconds/{k}": round(v, 3) for k, v in outcome.seconds.items()},
        },
    )
