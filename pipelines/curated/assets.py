"""Curated-layer assets: reference tables and the typed tables researchers join and chart."""

from collections.abc import Iterator

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from pipelines.checks import contract_check_spec, staged_check_events
from pipelines.curated.build import (
    CURATED,
    PER_DOCUMENT,
    corpus_curated,
    named_documents,
    typed,
)
from pipelines.curated.events import dedupe_events
from pipelines.curated.prefectures import build_prefectures
from pipelines.extracted.assets import CORPUS_TABLES
from pipelines.extracted.plan import store_for
from pipelines.resources import JrisPaths
from pipelines.warehouse.load import stage_frame, stage_parquet
from schemas import CONTRACTS


@dg.asset(
    group_name="curated",
    check_specs=[contract_check_spec("prefectures")],
    description="prefectures: the 47 prefectures with ISO 3166-2:JP codes and regions.",
)
def prefectures(
    jris: JrisPaths, duckdb: DuckDBResource
) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    with duckdb.get_connection() as con:
        stage_frame(con, "prefectures", build_prefectures(jris.paths.reference_dir))
        yield from staged_check_events(con, ["prefectures"])


@dg.multi_asset(
    group_name="curated",
    outs={name: dg.AssetOut(description=CONTRACTS[name].description) for name in CURATED},
    deps=list(CORPUS_TABLES),
    check_specs=[contract_check_spec(name) for name in CURATED],
)
def curated_tables(
    jris: JrisPaths, duckdb: DuckDBResource
) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Per-document rows (events, indicators, mentions) from the store; the tables bound to
    named documents built from those documents only, so memory does not grow with the corpus."""
    paths = jris.paths
    curation_dir = paths.raw_dir / "curation"
    store = store_for(paths)
    with duckdb.get_connection() as con:
        doc_ids = [r[0] for r in con.execute("SELECT doc_id FROM staging.documents").fetchall()]
        for name in PER_DOCUMENT:
            stage_parquet(con, name, store.files(name, sorted(doc_ids)))
        named = sorted(named_documents(curation_dir) & set(doc_ids))
        frames = {
            t: store.read(t, named)
            for t in ("document_texts", "document_blocks", "extracted_tables",
                      "extracted_table_cells", "facts")
        }  # fmt: skip
        texts = dict(
            zip(frames["document_texts"]["doc_id"], frames["document_texts"]["text"], strict=True)
        )
        counts = dict(
            con.execute(
                "SELECT entity_id, count(*) FROM staging.entity_mentions GROUP BY 1"
            ).fetchall()
        )
        built = corpus_curated(
            texts,
            frames["document_blocks"],
            frames["extracted_tables"],
            frames["extracted_table_cells"],
            frames["facts"],
            curation_dir,
            counts,
        )
        dated = con.execute("SELECT * FROM staging.policy_events").df()
        timeline = built["policy_events"]
        both = [df for df in (timeline, dated) if not df.empty]
        built["policy_events"] = typed(
            "policy_events", dedupe_events(pd.concat(both, ignore_index=True)) if both else timeline
        )
        for name, df in built.items():
            stage_frame(con, name, df)
        yield from staged_check_events(con, list(CURATED))
