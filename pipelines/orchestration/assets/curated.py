"""Curated-layer assets: reference tables and the typed tables researchers join and chart."""

import hashlib
import json
from collections.abc import Iterator
from importlib.metadata import version as package_version
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
from dagster_duckdb import DuckDBResource

from pipelines.curated.build import CURATED, corpus_curated, named_documents, typed
from pipelines.curated.comparisons import build_fact_comparisons
from pipelines.curated.events import events_sql
from pipelines.curated.prefectures import build_prefectures
from pipelines.extracted.store.plan import curation_hash, store_for
from pipelines.extracted.store.store import DocumentStore, extractor_version
from pipelines.orchestration.assets.extracted import CORPUS_TABLES, stamped_check_events
from pipelines.orchestration.checks import (
    CONTRACT_CHECK,
    contract_check_spec,
    staged_check_events,
    staged_table_metadata,
    table_definition_metadata,
)
from pipelines.orchestration.resources import JrisPaths
from pipelines.warehouse.staging import (
    STAGING,
    ddl_fingerprint,
    replace_staged,
    set_version,
    stage_documents,
    stage_frame,
    versions,
)
from pipelines.warehouse.store_check import differs_from_staging, edited_tables, forget
from schemas import CONTRACTS

# Per-document curated rows, built in the extraction worker: staged by their delta.
STAGED_PER_DOCUMENT = ("indicators", "entity_mentions", "policy_event_sources")
# Built from the documents the curation files name; rebuilt only when those, the curation
# files, the code or the entity mention counts change.
FROM_NAMED = tuple(
    n for n in CURATED if n not in (*STAGED_PER_DOCUMENT, "policy_events", "fact_comparisons")
)
# The facts fact_comparisons reads: only those it can pair or check (any year: a sentence that
# names a dated event dates it, whatever the year's measure).
COMPARED_FACTS_SQL = f"""
SELECT * FROM {STAGING}.facts
WHERE (measure IS NOT NULL AND (entity_id IS NOT NULL OR geography IS NOT NULL))
   OR unit IN ('JPY', 'USD', 'yen_per_usd', 'year')
   OR (unit = 'count' AND measure IS NOT NULL AND (sentence LIKE '%(%' OR sentence LIKE '%:%'))
"""


def counts_of(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    rows = con.execute(
        f"SELECT entity_id, count(*) FROM {STAGING}.entity_mentions GROUP BY 1 ORDER BY 1"
    ).fetchall()
    return {str(e): int(n) for e, n in rows}


def is_built_from(con: duckdb.DuckDBPyConnection, tables: tuple[str, ...], key: str) -> bool:
    """These staged tables were built, and validated, from inputs with this key."""
    staged = versions(con, STAGING)
    return all(staged.get(t) == key for t in tables)


def mark_built_from(con: duckdb.DuckDBPyConnection, tables: tuple[str, ...], key: str) -> None:
    """After the tables passed their checks: their version is their inputs' key, so the next
    run can keep them, and promotion can skip them once the layer holds that version."""
    for t in tables:
        set_version(con, STAGING, t, key)


def build_from_named(
    store: DocumentStore, named: list[str], curation_dir: Path, counts: dict[str, int]
) -> dict[str, pd.DataFrame]:
    frames = {
        t: store.read(t, named)
        for t in ("document_texts", "document_blocks", "extracted_tables",
                  "extracted_table_cells", "facts")
    }  # fmt: skip
    texts = dict(
        zip(frames["document_texts"]["doc_id"], frames["document_texts"]["text"], strict=True)
    )
    return corpus_curated(
        texts,
        frames["document_blocks"],
        frames["extracted_tables"],
        frames["extracted_table_cells"],
        frames["facts"],
        curation_dir,
        counts,
    )


def reference_key(reference_dir: Path) -> str:
    """What the prefectures table is built from: the reference files, pycountry's data, the
    code and the table's DDL."""
    h = hashlib.sha256()
    for f in sorted(reference_dir.glob("*")) if reference_dir.is_dir() else []:
        if f.is_file():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    h.update(package_version("pycountry").encode())
    h.update(extractor_version().encode())
    h.update(ddl_fingerprint("prefectures").encode())
    return h.hexdigest()[:16]


def cached_check_events(
    con: duckdb.DuckDBPyConnection, tables: tuple[str, ...]
) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Tables whose inputs did not change since they were built and validated."""
    for table in tables:
        yield dg.MaterializeResult(
            asset_key=table,
            metadata={**staged_table_metadata(con, table), "rebuilt": False},
        )
        yield dg.AssetCheckResult(
            check_name=CONTRACT_CHECK,
            asset_key=table,
            passed=True,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata={
                "validated": dg.MetadataValue.text(
                    "validated when built; its inputs (documents, curation and reference "
                    "files, code) are unchanged since"
                )
            },
        )


@dg.asset(
    group_name="reference",
    check_specs=[contract_check_spec("prefectures")],
    description="prefectures: the 47 prefectures with ISO 3166-2:JP codes and regions.",
    metadata=table_definition_metadata("prefectures"),
)
def prefectures(
    jris: JrisPaths, duckdb: DuckDBResource
) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    key = reference_key(jris.paths.reference_dir)
    with duckdb.get_connection() as con:
        if is_built_from(con, ("prefectures",), key):
            yield from cached_check_events(con, ("prefectures",))
        else:
            stage_frame(con, "prefectures", build_prefectures(jris.paths.reference_dir))
            yield from staged_check_events(con, ["prefectures"])  # raises if a check fails
            mark_built_from(con, ("prefectures",), key)


@dg.multi_asset(
    outs={
        name: dg.AssetOut(
            group_name=CONTRACTS[name].layer,
            description=CONTRACTS[name].description,
            metadata=table_definition_metadata(name),
        )
        for name in CURATED
    },
    deps=list(CORPUS_TABLES),
    check_specs=[contract_check_spec(name) for name in CURATED],
)
def curated_tables(
    context: dg.AssetExecutionContext, jris: JrisPaths, duckdb: DuckDBResource
) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Per-document rows (dated events, indicators, mentions) staged by their delta; the tables
    bound to named documents rebuilt from those documents only, so memory and time follow the
    change, not the corpus."""
    paths = jris.paths
    curation_dir = paths.raw_dir / "curation"
    if not (curation_dir / "entities.yaml").exists():
        context.log.warning(
            f"{curation_dir / 'entities.yaml'} is missing: entities and entity_mentions are "
            "built empty"
        )
    store = store_for(paths)
    with duckdb.get_connection() as con:
        doc_ids = sorted(
            r[0] for r in con.execute("SELECT doc_id FROM staging.documents").fetchall()
        )
        keys = {d: stamp.rows_key for d in doc_ids if (stamp := store.stamp(d)) is not None}
        edited: list[str] = []
        if "release" in context.job_def.graph.node_names():  # what a release is built from
            edited = edited_tables(con, list(STAGED_PER_DOCUMENT), store, keys)
            edited += [t for t in (*FROM_NAMED, "fact_comparisons") if differs_from_staging(con, t)]
            for table in edited:
                context.log.warning(
                    f"warehouse table {table} no longer holds the rows it was built with "
                    "(edited outside jris?); rebuilt"
                )
                forget(con, table)
        deltas = {t: stage_documents(con, t, store, keys) for t in STAGED_PER_DOCUMENT}
        named = sorted(named_documents(curation_dir) & set(doc_ids))
        inputs = json.dumps(
            [
                {d: keys.get(d) for d in named},
                curation_hash(paths),
                extractor_version(),
                counts_of(con),
            ],
            sort_keys=True,
        )
        key = hashlib.sha256(inputs.encode()).hexdigest()[:16]
        if not edited and is_built_from(con, FROM_NAMED, key):
            yield from cached_check_events(con, FROM_NAMED)
        else:
            built = build_from_named(store, named, curation_dir, counts_of(con))
            for name, df in built.items():
                stage_frame(con, name, df)
            yield from staged_check_events(con, list(FROM_NAMED))  # raises if a check fails
            mark_built_from(con, FROM_NAMED, key)
        replace_staged(con, "policy_events", events_sql(f"{STAGING}.policy_event_sources"))
        sources = con.execute(f"SELECT * FROM {STAGING}.policy_event_sources").df()
        candidates = con.execute(COMPARED_FACTS_SQL).df()
        listing = sorted(set(candidates.loc[candidates["sentence"].str.contains(":"), "doc_id"]))
        texts = dict(
            con.execute(
                f"SELECT doc_id, text FROM {STAGING}.document_texts "
                "WHERE doc_id IN (SELECT unnest(?))",
                [listing],
            ).fetchall()
        )
        compared = typed("fact_comparisons", build_fact_comparisons(candidates, sources, texts))
        yield from staged_check_events(con, ["policy_events"])
        digest = f"rows:{int(pd.util.hash_pandas_object(compared, index=False).sum()):x}"
        if is_built_from(con, ("fact_comparisons",), digest):  # the same rows as last time
            yield from cached_check_events(con, ("fact_comparisons",))
        else:
            stage_frame(con, "fact_comparisons", compared)
            yield from staged_check_events(con, ["fact_comparisons"])  # raises if a check fails
            mark_built_from(con, ("fact_comparisons",), digest)
        yield from stamped_check_events(con, store, doc_ids, deltas)
