"""The release candidate's data-quality report, run with Great Expectations on pandas frames.

Each table gets the expectations its contract implies (key present and unique, every quote
equal to its slice of the source text, foreign keys resolving) plus those listed in
expectations.yaml. The report is the project's own page and JSON (quality/index.html,
quality/summary.json): self-contained, they read offline and are byte-identical for identical
data. GX Data Docs are not written: they load their scripts and styles from CDNs, so they
render blank offline, and they embed build times.
"""

from __future__ import annotations

import html
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from pipelines.plumbing.sql_text import literal
from pipelines.release.expectation_plan import (
    SLICE,
    WHOLE_TABLE,
    fk_column,
    planned,
)
from pipelines.release.findings import findings_html, flagged
from pipelines.release.quality_inputs import input_keys, reusable
from schemas import CONTRACTS, FOREIGN_KEYS
from schemas.contract import PROVENANCE_COLUMNS

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


@dataclass
class ExpectationResult:
    table: str
    expectation: str
    kwargs: dict[str, Any]
    critical: bool
    success: bool
    unexpected_count: int | None
    unexpected_examples: list[str]


def _gx_version() -> str:
    from importlib.metadata import version

    return version("great_expectations")


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def _parquet(data_dir: Path, name: str) -> str:
    """A table's file as a SQL literal, for the queries composed here as text."""
    return literal(str(data_dir / f"{name}.parquet"))


def _table_query(name: str, data_dir: Path) -> str:
    """The table with its foreign keys resolved by DuckDB, in key order."""
    contract = CONTRACTS[name]
    select, joins = ["t.*"], []
    for i, (table, column, target, target_column) in enumerate(FOREIGN_KEYS):
        if table != name:
            continue
        joins.append(
            f'LEFT JOIN (SELECT DISTINCT "{target_column}" AS k '
            f"FROM read_parquet({_parquet(data_dir, target)})) fk{i} "
            f'ON fk{i}.k = t."{column}"'
        )
        select.append(
            f'CASE WHEN t."{column}" IS NULL THEN NULL ELSE fk{i}.k IS NOT NULL END '
            f'AS "{fk_column(column)}"'
        )
    first = ["doc_id"] if "doc_id" in contract.column_names else []
    order = ", ".join(f't."{k}"' for k in [*first, *contract.primary_key])
    return (
        f"SELECT {', '.join(select)} FROM read_parquet({_parquet(data_dir, name)}) t "
        f"{' '.join(joins)} ORDER BY {order}"
    )


def _whole_table_result(
    con: duckdb.DuckDBPyConnection, name: str, data_dir: Path, item: dict[str, Any]
) -> tuple[bool, int | None]:
    src = f"read_parquet({_parquet(data_dir, name)})"
    kind = item["type"]
    if kind == "expect_table_row_count_to_be_between":
        (n,) = con.execute(f"SELECT count(*) FROM {src}").fetchone() or (0,)
        ok = n >= (item.get("min_value") or 0) and (
            item.get("max_value") is None or n <= item["max_value"]
        )
        return ok, None
    if kind == "expect_column_proportion_of_unique_values_to_be_between":
        col = item["column"]
        (p,) = con.execute(
            f'SELECT count(DISTINCT "{col}") / greatest(count("{col}"), 1) FROM {src}'
        ).fetchone() or (0,)
        ok = (item.get("min_value") or 0) <= p <= (item.get("max_value") or 1)
        return ok, None
    cols = item.get("column_list") or [item["column"]]
    keys = ", ".join(f'"{c}"' for c in cols)
    (dupes,) = con.execute(
        f"SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM {src} GROUP BY {keys} "
        "HAVING count(*) > 1)"
    ).fetchone() or (0,)
    return dupes == 0, int(dupes)


def run_quality(
    data_dir: Path,
    out_dir: Path,
    quarantined: list[dict[str, Any]] | None = None,
    rejected: list[dict[str, Any]] | None = None,
    chunk_rows: int = 50_000,
    chunk_bytes: int = 16 * 2**20,
    previous: Path | None = None,
) -> list[ExpectationResult]:
    """Run every expectation on the release's Parquet files, a chunk at a time so the corpus
    never has to fit in memory; write the report into out_dir, return the results. A table
    whose inputs are those of the previous release's report (`previous`, its quality folder,
    checked against its SHA256SUMS by the caller) takes its results from there
    (quality_inputs.py).

    A chunk holds at most chunk_rows rows and about chunk_bytes of uncompressed data: tables of
    whole texts (document_texts) have few rows but grow with the corpus, and GX copies a frame
    several times while it validates."""
    out_dir.mkdir(parents=True, exist_ok=True)
    # One thread and a small buffer that spills to disk: the report streams, it needs no cache.
    spill = tempfile.TemporaryDirectory(prefix="jris-quality-")
    con = duckdb.connect(
        config={"memory_limit": "256MB", "threads": 1, "temp_directory": spill.name}
    )
    columns = {
        name: [
            c[0]
            for c in con.execute(
                "DESCRIBE SELECT * FROM read_parquet(?)", [str(data_dir / f"{name}.parquet")]
            ).fetchall()
        ]
        for name in CONTRACTS
    }
    plan = planned(columns)
    keys = input_keys(con, data_dir, plan, (chunk_rows, chunk_bytes))
    kept = reusable(previous, keys)
    results = [ExpectationResult(**r) for table in kept.values() for r in table]
    source = None
    for name, items in plan.items():
        if name in kept:
            continue
        source = source or _gx_source()
        results += _table_results(con, source, name, items, data_dir, chunk_rows, chunk_bytes)
    con.close()
    spill.cleanup()
    # as the report's JSON holds them, so a result taken from it is the same as one measured
    results = [
        ExpectationResult(**json.loads(json.dumps(r.__dict__, default=str))) for r in results
    ]
    results.sort(
        key=lambda x: (x.table, x.expectation, json.dumps(x.kwargs, sort_keys=True, default=str))
    )
    write_report(
        results, out_dir, quarantined or [], rejected or [], findings_html(flagged(data_dir)),
        keys,
    )  # fmt: skip
    return results


def _gx_source() -> Any:
    """A pandas data source in an ephemeral GX context, imported only when a table needs it."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    return ctx.data_sources.add_pandas("jris")


def _table_results(
    con: duckdb.DuckDBPyConnection,
    source: Any,
    name: str,
    items: list[dict[str, Any]],
    data_dir: Path,
    chunk_rows: int,
    chunk_bytes: int,
) -> list[ExpectationResult]:
    """One table's expectations: by GX on each chunk, the whole-table ones in DuckDB."""
    import great_expectations as gx

    (n_rows,) = con.execute(
        "SELECT count(*) FROM read_parquet(?)", [str(data_dir / f"{name}.parquet")]
    ).fetchone() or (0,)
    rows = _rows_per_chunk(con, data_dir / f"{name}.parquet", n_rows, chunk_rows, chunk_bytes)
    in_gx = [i for i in items if i["type"] not in WHOLE_TABLE]
    batches = source.add_dataframe_asset(name=name).add_batch_definition_whole_dataframe("all")
    # The suite is validated on each chunk as it is, never stored: GX's stores, validation
    # definitions and checkpoints serialise every expectation on every call, a third of
    # the report's time, and the report is the project's own page, not GX's Data Docs.
    suite = gx.ExpectationSuite(
        name=name,
        expectations=[
            getattr(gx.expectations, _camel(item["type"]))(
                **{k: v for k, v in item.items() if k not in ("type", "critical", "meta")},
                meta={"critical": item.get("critical", True), **item.get("meta", {})},
            )
            for item in in_gx
        ],
    )
    merged: dict[str, ExpectationResult] = {}
    cursor = con.cursor()  # streams the table while `con` looks up source texts
    reader = cursor.sql(_table_query(name, data_dir)).to_arrow_reader(rows)
    for arrow_batch in reader:
        df = _gx_frame(con, arrow_batch.to_pandas(), data_dir)
        batch = batches.get_batch(batch_parameters={"dataframe": df})
        for r in batch.validate(suite).results:
            _merge(merged, name, r)
    cursor.close()
    results = list(merged.values())
    for item in items:
        if item not in in_gx:
            ok, unexpected = _whole_table_result(con, name, data_dir, item)
            kwargs = {k: v for k, v in item.items() if k not in ("type", "critical", "meta")}
            results.append(
                ExpectationResult(
                    table=name,
                    expectation=item["type"],
                    kwargs={**kwargs, "measured": "in DuckDB over the whole table"},
                    critical=bool(item.get("critical", True)),
                    success=ok,
                    unexpected_count=unexpected,
                    unexpected_examples=[],
                )
            )
    return results


def _rows_per_chunk(
    con: duckdb.DuckDBPyConnection, path: Path, n: int, chunk_rows: int, chunk_bytes: int
) -> int:
    """Rows per chunk so that a chunk stays near chunk_bytes, from the file's own metadata."""
    (size,) = con.execute(
        "SELECT sum(total_uncompressed_size) FROM parquet_metadata(?)", [str(path)]
    ).fetchone() or (0,)
    if not n or not size:
        return chunk_rows
    return max(1, min(chunk_rows, int(chunk_bytes * n / size)))


def _gx_frame(con: duckdb.DuckDBPyConnection, df: pd.DataFrame, data_dir: Path) -> pd.DataFrame:
    """Lists as JSON text (GX wants hashable cells); each quote's slice of its source text,
    read for this chunk's documents only."""
    for col in df.columns:
        if df[col].map(lambda v: isinstance(v, (list, tuple)) or hasattr(v, "tolist")).any():
            df[col] = df[col].map(
                lambda v: json.dumps(list(v), ensure_ascii=False) if v is not None else None
            )
    if set(PROVENANCE_COLUMNS) <= set(df.columns):
        docs = sorted({str(d) for d in df["doc_id"].dropna()})
        texts = dict(
            con.execute(
                "SELECT doc_id, text FROM read_parquet(?) WHERE list_contains(?, doc_id)",
                [str(data_dir / "document_texts.parquet"), docs],
            ).fetchall()
        )
        df[SLICE] = [
            texts.get(d, "")[int(s) : int(e)]
            for d, s, e in zip(df["doc_id"], df["char_start"], df["char_end"], strict=True)
        ]
    return df


def _merge(merged: dict[str, ExpectationResult], table: str, r: Any) -> None:
    """One chunk's result into the table's: all chunks must pass, unexpected counts add up."""
    cfg = r.expectation_config
    assert cfg is not None
    kwargs = {k: v for k, v in cfg.kwargs.items() if k not in ("batch_id",)}
    if "value_set" in kwargs and len(kwargs["value_set"]) > 12:
        kwargs["value_set"] = f"{len(kwargs['value_set'])} values"
    meta = cfg.meta or {}
    if "references" in meta:
        kwargs["references"] = meta["references"]
    key = json.dumps([cfg.type, kwargs], sort_keys=True, default=str)
    examples = [str(x)[:120] for x in (r.result or {}).get("partial_unexpected_list", [])[:5]]
    count = (r.result or {}).get("unexpected_count")
    if key not in merged:
        merged[key] = ExpectationResult(
            table=table,
            expectation=cfg.type,
            kwargs=kwargs,
            critical=bool(meta.get("critical", True)),
            success=bool(r.success),
            unexpected_count=count,
            unexpected_examples=examples,
        )
        return
    m = merged[key]
    m.success = m.success and bool(r.success)
    if count is not None:
        m.unexpected_count = (m.unexpected_count or 0) + count
    if not m.unexpected_examples:
        m.unexpected_examples = examples


def write_report(
    results: list[ExpectationResult],
    out_dir: Path,
    quarantined: list[dict[str, Any]],
    rejected: list[dict[str, Any]] | None = None,
    findings: str = "",
    inputs: dict[str, str] | None = None,
) -> None:
    failed_critical = [r for r in results if r.critical and not r.success]
    summary = {
        "expectations": len(results),
        "passed": sum(r.success for r in results),
        "failed": sum(not r.success for r in results),
        "failed_critical": len(failed_critical),
        "quarantined_documents": quarantined,
        "rejected_rows": rejected or [],
        "results": [r.__dict__ for r in results],
        # each table's key (quality_inputs.py): the next release takes the results of a table
        # whose key is the same
        "inputs": inputs or {},
    }
    (out_dir / "summary.json").write_text(
        json.dumps(summary, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
    )
    rows = []
    for r in results:
        status = "passed" if r.success else ("FAILED" if r.critical else "warning")
        args = html.escape(json.dumps(r.kwargs, ensure_ascii=False, default=str))
        rows.append(
            f"<tr class='{status.lower()}'><td>{html.escape(r.table)}</td>"
            f"<td>{html.escape(r.expectation)}</td>"
            f"<td><code>{args}</code></td><td>{'critical' if r.critical else 'warning'}</td>"
            f"<td>{status}</td><td>{'' if r.unexpected_count is None else r.unexpected_count}</td>"
            f"<td>{html.escape('; '.join(r.unexpected_examples))}</td></tr>"
        )
    quarantine_html = ""
    if quarantined:
        items = "".join(
            f"<li><code>{html.escape(q['file'])}</code>: {html.escape(q['reason'])}</li>"
            for q in quarantined
        )
        quarantine_html = f"<h2>Quarantined documents (not in this release)</h2><ul>{items}</ul>"
    if rejected:
        items = "".join(
            f"<li><code>{html.escape(r['doc_id'])}</code>, table {html.escape(r['table_name'])}, "
            f"column {html.escape(str(r['column_name']))}: value "
            f"<code>{html.escape(str(r['value']))}</code> fails {html.escape(r['check_name'])} "
            f"(quote <q>{html.escape(str(r['quote']))}</q>)</li>"
            for r in rejected
        )
        quarantine_html += f"<h2>Rows set aside (they break their contract)</h2><ul>{items}</ul>"
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>JRIS data-quality report</title>
<link rel="icon" href="data:,">
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem; }}
table {{ border-collapse: collapse; width: 100%; font-size: 0.9rem; }}
td, th {{ border: 1px solid #ccc; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }}
tr.failed td {{ background: #fdd; }} tr.warning td {{ background: #ffd; }}
code {{ font-size: 0.8rem; }}
</style></head><body>
<h1>JRIS data-quality report</h1>
<p>{summary["expectations"]} expectations: {summary["passed"]} passed, {summary["failed"]} failed
({summary["failed_critical"]} critical), run with Great Expectations
{html.escape(_gx_version())}.</p>
{quarantine_html}
{findings}
<table><tr><th>table</th><th>expectation</th><th>arguments</th><th>severity</th><th>result</th>
<th>unexpected</th><th>failing values (first 5)</th></tr>
{chr(10).join(rows)}
</table></body></html>
"""
    (out_dir / "index.html").write_text(page, encoding="utf-8")
