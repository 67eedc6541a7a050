"""Extracted-layer assets: each document extracted in its own partition, then the corpus tables
assembled from the per-document store."""

import os
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import get_context
from typing import Any

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from pipelines.extracted.store.plan import RefreshPlan, run_plan, store_for
from pipelines.extracted.store.store import PER_DOCUMENT_TABLES, DocumentStore, Stamp
from pipelines.orchestration.checks import (
    CONTRACT_CHECK,
    contract_check_spec,
    staged_table_metadata,
    table_definition_metadata,
)
from pipelines.orchestration.per_document import Batch, BatchResult, extract_batch
from pipelines.orchestration.resources import JrisPaths
from pipelines.plumbing import progress
from pipelines.plumbing.children import die_with_parent
from pipelines.plumbing.errors import ContractError, JrisError
from pipelines.plumbing.settings import Paths
from pipelines.raw.partitions import DOCUMENT_PARTITIONS, PARTITIONS_NAME
from pipelines.warehouse.staging import (
    Delta,
    stage_documents,
    stage_quarantined,
    stamp_mismatches,
)
from pipelines.warehouse.store_check import edited_tables, forget

BATCH_SIZE = 25


def backfill_policy() -> dg.BackfillPolicy:
    """One run for a whole backfill on one machine; JRIS_PARTITIONS_PER_RUN=N splits a
    backfill into runs of N documents, which a cluster's run launcher spreads over nodes."""
    per_run = int(os.environ.get("JRIS_PARTITIONS_PER_RUN", "0"))
    if per_run > 0:
        return dg.BackfillPolicy.multi_run(max_partitions_per_run=per_run)
    return dg.BackfillPolicy.single_run()


class ExtractionConfig(dg.Config):
    workers: int = 0
    """Processes extracting documents; 0 means one per core (JRIS_WORKERS overrides)."""
    force: bool = False
    """Extract the partitions even when their stored rows are fresh."""


def worker_count(requested: int, n_docs: int) -> int:
    n = requested or int(os.environ.get("JRIS_WORKERS", "0")) or (os.cpu_count() or 1)
    return max(1, min(n, -(-n_docs // BATCH_SIZE)))


def extract(
    paths: Paths,
    plan: RefreshPlan,
    doc_ids: list[str],
    workers: int,
    log: dg.DagsterLogManager,
    seconds: dict[str, float],
) -> list[Stamp]:
    """Extract these documents in batches, across `workers` processes; adds the seconds each
    stage took (summed over workers) to `seconds`."""
    entries = [plan.entries[d] for d in doc_ids]
    keys = [plan.keys[d] for d in doc_ids]
    store = store_for(paths)
    store.remove_leftovers(doc_ids)
    todo = [
        Batch(
            paths.raw_dir,
            paths.registry_path,
            paths.raw_dir / "curation",
            store.root,
            tuple(entries[i : i + BATCH_SIZE]),
            tuple(keys[i : i + BATCH_SIZE]),
        )
        for i in range(0, len(entries), BATCH_SIZE)
    ]
    stamps: list[Stamp] = []

    def take(result: BatchResult) -> None:
        for stage, secs in result.seconds.items():
            seconds[stage] = seconds.get(stage, 0.0) + secs
        for stamp, warning in result.stamps:
            stamps.append(stamp)
            if warning:
                log.warning(warning)
            if stamp.quarantined:
                log.error(f"quarantined {stamp.file}: {stamp.reason}")
        progress.report("extract", len(stamps), len(doc_ids))

    n = worker_count(workers, len(doc_ids))
    if n == 1:
        for batch in todo:
            take(extract_batch(batch))
    else:
        with ProcessPoolExecutor(
            max_workers=n,
            mp_context=get_context("spawn"),
            initializer=die_with_parent,
            initargs=(os.getpid(),),
        ) as pool:
            for future in as_completed([pool.submit(extract_batch, b) for b in todo]):
                take(future.result())
    return stamps


@dg.multi_asset(
    outs={
        "source_documents": dg.AssetOut(
            group_name="raw",
            description="Each document in raw/, read and decoded (one partition per doc_id).",
        ),
        "document_extractions": dg.AssetOut(
            group_name="extracted",
            description="Each document's blocks, tables, cells, facts, citations and "
            "per-document curated rows, in warehouse/documents/<doc_id>/.",
        ),
    },
    # Extraction reads what the raw step decoded: the graph draws raw before extracted.
    internal_asset_deps={
        "source_documents": set(),
        "document_extractions": {dg.AssetKey("source_documents")},
    },
    partitions_def=DOCUMENT_PARTITIONS,
    backfill_policy=backfill_policy(),
    check_specs=[
        dg.AssetCheckSpec(
            CONTRACT_CHECK,
            asset="document_extractions",
            description="Every extracted row validated against its table's pandera contract; "
            "a document whose rows fail is quarantined with the failure, the others flow.",
        )
    ],
)
def document_partitions(
    context: dg.AssetExecutionContext, config: ExtractionConfig, jris: JrisPaths
) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Extract the run's partitions; a fresh one (same bytes, entry and code) is kept as is."""
    paths = jris.paths
    plan = run_plan(paths)
    keys = list(context.partition_keys)
    for k in keys:
        if k not in plan.entries:  # its stored rows go once the warehouse no longer holds them
            context.log.warning(f"partition {k}: no such document in raw/ any more")
    wanted = [k for k in keys if k in plan.entries]
    todo = wanted if config.force else [k for k in wanted if k not in plan.fresh]
    for k in todo:
        if k in plan.damaged:
            context.log.warning(
                f"{k}: stored rows failed their checksum ({plan.damaged[k]}); extracted again"
            )
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    stamps = extract(paths, plan, todo, config.workers, context.log, seconds)
    plan.extracted(todo)
    wall = time.perf_counter() - started
    quarantined = {s.doc_id: s.reason for s in stamps if s.quarantined}
    meta: dict[str, Any] = {
        "partitions": len(keys),
        "extracted": len(todo),
        "kept_fresh": len(wanted) - len(todo),
        # Dagster copies this onto every partition's materialization: keep it small.
        "quarantined": dg.MetadataValue.json(dict(list(quarantined.items())[:20])),
        "workers": worker_count(config.workers, len(todo)) if todo else 0,
        "seconds/wall": round(wall, 3),
        **{f"seconds/{k}": round(v, 3) for k, v in seconds.items()},
    }
    yield dg.MaterializeResult(asset_key="source_documents", metadata=meta)
    rows = {t: sum(s.rows.get(t, 0) for s in stamps) for t in PER_DOCUMENT_TABLES[2:]}
    yield dg.MaterializeResult(
        asset_key="document_extractions",
        metadata={**meta, **{f"rows/{t}": n for t, n in rows.items()}},
    )
    broken = {d: r for d, r in quarantined.items() if r and "break a contract" in r}
    yield dg.AssetCheckResult(
        check_name=CONTRACT_CHECK,
        asset_key="document_extractions",
        passed=not broken,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"documents_validated": len(stamps), "failures": dg.MetadataValue.json(broken)},
    )


CORPUS_TABLES = {
    "documents": ("raw", "One row per document with its metadata, hash and encoding."),
    "document_texts": ("raw", "The normalised text every char span points into."),
    "document_blocks": ("extracted", "Headings, paragraphs, list items, tables, captions, "
                        "footnotes and references of every document."),
    "extracted_tables": ("extracted", "Every data table, with caption, header and shape."),
    "extracted_table_cells": ("extracted", "Every cell, clean and typed, with its span."),
    "facts": ("extracted", "Every quantitative statement with unit, subject, period and place."),
    "citations": ("extracted", "Reference-list entries and footnotes, parsed."),
    "fact_candidates": ("extracted", "Every number set aside from facts, with the reason."),
}  # fmt: skip


def corpus_documents(
    context: dg.AssetExecutionContext, paths: Paths
) -> tuple[list[str], list[dict[str, str]]]:
    """The documents of the corpus now, and those quarantined. The stored rows of removed
    documents stay until the warehouse has promoted a state without them: a failed run loses
    no extraction it did not replace."""
    plan = run_plan(paths)
    partitions = context.instance.get_dynamic_partitions(PARTITIONS_NAME)
    doc_ids = sorted(set(partitions) & set(plan.entries))
    store = store_for(paths)
    stale = sorted(set(plan.stale) & set(doc_ids))
    if stale:
        raise JrisError(
            f"{len(stale)} document(s) changed or new since they were extracted: "
            f"{', '.join(stale[:10])}{' …' if len(stale) > 10 else ''}; run the refresh job "
            "for their partitions (the raw_folder sensor does) or `jris refresh`"
        )
    quarantined = [{"doc_id": q.doc_id, "file": q.file, "reason": q.reason} for q in plan.unclaimed]
    ok = []
    for d in doc_ids:
        stamp = store.stamp(d)
        assert stamp is not None
        if stamp.quarantined:
            quarantined.append({"doc_id": d, "file": stamp.file, "reason": stamp.reason or ""})
        else:
            ok.append(d)
    return ok, sorted(quarantined, key=lambda q: (q["doc_id"], q["file"]))


@dg.multi_asset(
    outs={
        name: dg.AssetOut(
            group_name=group,
            description=f"{name}: {text}",
            metadata=table_definition_metadata(name),
        )
        for name, (group, text) in CORPUS_TABLES.items()
    },
    deps=["source_documents", "document_extractions"],
    # The documents' own rows (metadata, text) come from the raw step; the rest from extraction.
    internal_asset_deps={
        name: {dg.AssetKey("source_documents")}
        | (set() if group == "raw" else {dg.AssetKey("document_extractions")})
        for name, (group, _) in CORPUS_TABLES.items()
    },
    check_specs=[contract_check_spec(name) for name in CORPUS_TABLES],
)
def corpus_tables(
    context: dg.AssetExecutionContext, jris: JrisPaths, duckdb: DuckDBResource
) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Every document's stored rows, staged in the warehouse without passing through memory."""
    paths = jris.paths
    ok, quarantined = corpus_documents(context, paths)
    store = store_for(paths)
    for q in quarantined:
        context.log.error(f"quarantined {q['file']}: {q['reason']}")
    keys = {d: stamp.rows_key for d in ok if (stamp := store.stamp(d)) is not None}
    rejected = [
        (d, r["table"], r["row_key"], r["column"], r["value"], r["check"], r["quote"])
        for d in ok if (stamp := store.stamp(d)) is not None for r in stamp.rejected
    ]  # fmt: skip
    for d in sorted({r[0] for r in rejected}):
        n = sum(r[0] == d for r in rejected)
        context.log.warning(f"{d}: {n} row(s) set aside, breaking their contract (quality report)")
    with duckdb.get_connection() as con:
        if "release" in context.job_def.graph.node_names():  # what a release is built from
            for table in edited_tables(con, list(CORPUS_TABLES), store, keys):
                context.log.warning(
                    f"warehouse table {table} no longer holds the rows of the per-document "
                    "store (edited outside jris?); rebuilt from the store"
                )
                forget(con, table)
        stage_quarantined(con, quarantined, rejected, pages_left_out(store, ok))
        deltas = {name: stage_documents(con, name, store, keys) for name in CORPUS_TABLES}
        yield from stamped_check_events(con, store, ok, deltas)


def pages_left_out(store: DocumentStore, docs: list[str]) -> list[tuple[str, str, int, str]]:
    """The pages left out of the documents that flow (scans OCR read too poorly), for the
    release manifest: document, file, page and why."""
    return [
        (d, stamp.file, int(p["page"]), str(p["reason"]))
        for d in docs
        if (stamp := store.stamp(d)) is not None
        for p in stamp.pages_left_out
    ]


def stamped_check_events(
    con: duckdb.DuckDBPyConnection,
    store: DocumentStore,
    docs: list[str],
    deltas: dict[str, Delta],
    contract_names: dict[str, str] | None = None,
) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Per-document tables: their rows were validated against the pandera contract in the
    worker that extracted them; the check confirms the staged rows are exactly those."""
    failed = []
    stamps = {d: store.stamp(d) for d in docs}  # read once for every table's check
    for i, (table, delta) in enumerate(deltas.items(), 1):
        asset = (contract_names or {}).get(table, table)
        bad = stamp_mismatches(con, table, stamps, asset)
        progress.report(f"check {len(deltas)} tables", i, len(deltas))
        yield dg.MaterializeResult(
            asset_key=asset,
            metadata={
                **staged_table_metadata(con, table),
                "documents_changed": len(delta.changed),
                "documents_removed": len(delta.removed),
                "rebuilt": delta.rebuilt,
            },
        )
        yield dg.AssetCheckResult(
            check_name=CONTRACT_CHECK,
            asset_key=asset,
            passed=not bad,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata={
                "validated": dg.MetadataValue.text(
                    "each document's rows passed the pandera contract when extracted; "
                    "staged row counts match the validated ones"
                ),
                "documents": len(docs),
                "mismatches": dg.MetadataValue.json(bad[:20]),
            },
        )
        if bad:
            failed.append(f"{asset}: {bad[:5]}")
    if failed:
        raise ContractError(
            "staged rows differ from the validated rows of their documents "
            "(run the refresh job again with force: true): " + "; ".join(failed)
        )
