"""The release candidate's data-quality report, run with Great Expectations on pandas frames.

Each table gets the expectations its contract implies (key present and unique, every quote
equal to its slice of the source text, foreign keys resolving) plus those listed in
expectations.yaml. The report is written as GX Data Docs (quality/datadocs/) and as a
self-contained summary page and JSON (quality/index.html, quality/summary.json) that read
offline and are byte-identical for identical data.
"""

from __future__ import annotations

import html
import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from schemas import CONTRACTS, FOREIGN_KEYS
from schemas.contract import PROVENANCE_COLUMNS
from schemas.vocabulary import COUNTRIES, CURRENCIES, UNITS

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
SLICE = "source_text_slice"


@cache
def expectations_config() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        (Path(__file__).parent / "expectations.yaml").read_text(encoding="utf-8")
    )
    return data


@dataclass
class ExpectationResult:
    table: str
    expectation: str
    kwargs: dict[str, Any]
    critical: bool
    success: bool
    unexpected_count: int | None
    unexpected_examples: list[str]


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def planned(tables: dict[str, pd.DataFrame]) -> dict[str, list[dict[str, Any]]]:
    """Every expectation to run, per table, as {type, critical, **kwargs}."""
    config = expectations_config()
    plan: dict[str, list[dict[str, Any]]] = {}
    for name, df in tables.items():
        c = CONTRACTS[name]
        items: list[dict[str, Any]] = []
        low, high = config["row_counts"].get(name, [0, None])
        items.append(
            {"type": "expect_table_row_count_to_be_between", "min_value": low, "max_value": high}
        )
        for k in c.primary_key:
            items.append({"type": "expect_column_values_to_not_be_null", "column": k})
        if len(c.primary_key) == 1:
            items.append({"type": "expect_column_values_to_be_unique", "column": c.primary_key[0]})
        else:
            items.append(
                {"type": "expect_compound_columns_to_be_unique", "column_list": list(c.primary_key)}
            )
        if set(PROVENANCE_COLUMNS) <= set(df.columns):
            items.append(
                {
                    "type": "expect_column_pair_values_to_be_equal",
                    "column_A": "quote",
                    "column_B": SLICE,
                }
            )
        for table, column, target, target_column in FOREIGN_KEYS:
            if table == name and target in tables:
                values = sorted({str(v) for v in tables[target][target_column].dropna()})
                items.append(
                    {
                        "type": "expect_column_values_to_be_in_set",
                        "column": column,
                        "value_set": values,
                        "_label": f"{column} in {target}.{target_column}",
                    }
                )
        for column, vocabulary in (
            ("unit", UNITS),
            ("currency", CURRENCIES),
            ("country_code", COUNTRIES),
            ("country", COUNTRIES),
        ):
            if column in df.columns:
                items.append(
                    {
                        "type": "expect_column_values_to_be_in_set",
                        "column": column,
                        "value_set": list(vocabulary),
                    }
                )
        items += [dict(x) for x in config["per_table"].get(name, [])]
        plan[name] = items
    return plan


def run_quality(
    tables: dict[str, pd.DataFrame],
    texts: dict[str, str],
    out_dir: Path,
    quarantined: list[dict[str, Any]] | None = None,
) -> list[ExpectationResult]:
    """Run every expectation, write the report into out_dir, return the results."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    out_dir.mkdir(parents=True, exist_ok=True)
    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    ctx.add_data_docs_site(
        site_name="jris",
        site_config={
            "class_name": "SiteBuilder",
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {
                "class_name": "TupleFilesystemStoreBackend",
                "base_directory": str(out_dir / "datadocs"),
            },
        },
    )
    source = ctx.data_sources.add_pandas("jris")
    results: list[ExpectationResult] = []
    for name, items in planned(tables).items():
        df = tables[name].copy()
        for col in df.columns:  # GX wants hashable cells: lists become text
            if df[col].map(lambda v: isinstance(v, (list, tuple))).any():
                df[col] = df[col].map(
                    lambda v: (
                        json.dumps(list(v), ensure_ascii=False)
                        if isinstance(v, (list, tuple))
                        else v
                    )
                )
        if set(PROVENANCE_COLUMNS) <= set(df.columns):
            df[SLICE] = [
                texts.get(d, "")[int(s) : int(e)]
                for d, s, e in zip(df["doc_id"], df["char_start"], df["char_end"], strict=True)
            ]
        batch = source.add_dataframe_asset(name=name).add_batch_definition_whole_dataframe("all")
        suite = ctx.suites.add(gx.ExpectationSuite(name=name))
        for item in items:
            kwargs = {k: v for k, v in item.items() if k not in ("type", "critical", "_label")}
            meta = {"critical": item.get("critical", True)}
            suite.add_expectation(
                getattr(gx.expectations, _camel(item["type"]))(**kwargs, meta=meta)
            )
        vd = ctx.validation_definitions.add(
            gx.ValidationDefinition(name=name, data=batch, suite=suite)
        )
        checkpoint = ctx.checkpoints.add(
            gx.Checkpoint(
                name=f"release_{name}",
                validation_definitions=[vd],
                actions=[],
            )
        )
        run = checkpoint.run(batch_parameters={"dataframe": df})
        for validation in run.run_results.values():
            for r in validation.results:
                cfg = r.expectation_config
                assert cfg is not None
                kwargs = {k: v for k, v in cfg.kwargs.items() if k not in ("batch_id",)}
                if "value_set" in kwargs and len(kwargs["value_set"]) > 12:
                    kwargs["value_set"] = f"{len(kwargs['value_set'])} values"
                examples = [
                    str(x)[:120] for x in (r.result or {}).get("partial_unexpected_list", [])[:5]
                ]
                results.append(
                    ExpectationResult(
                        table=name,
                        expectation=cfg.type,
                        kwargs=kwargs,
                        critical=bool((cfg.meta or {}).get("critical", True)),
                        success=bool(r.success),
                        unexpected_count=(r.result or {}).get("unexpected_count"),
                        unexpected_examples=examples,
                    )
                )
    ctx.build_data_docs(site_names=["jris"])  # once: a site rebuilt per checkpoint costs O(n²)
    results.sort(
        key=lambda x: (x.table, x.expectation, json.dumps(x.kwargs, sort_keys=True, default=str))
    )
    write_report(results, out_dir, quarantined or [])
    return results


def write_report(
    results: list[ExpectationResult], out_dir: Path, quarantined: list[dict[str, Any]]
) -> None:
    failed_critical = [r for r in results if r.critical and not r.success]
    summary = {
        "expectations": len(results),
        "passed": sum(r.success for r in results),
        "failed": sum(not r.success for r in results),
        "failed_critical": len(failed_critical),
        "quarantined_documents": quarantined,
        "results": [r.__dict__ for r in results],
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
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>JRIS data-quality report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem; }}
table {{ border-collapse: collapse; width: 100%; font-size: 0.9rem; }}
td, th {{ border: 1px solid #ccc; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }}
tr.failed td {{ background: #fdd; }} tr.warning td {{ background: #ffd; }}
code {{ font-size: 0.8rem; }}
</style></head><body>
<h1>JRIS data-quality report</h1>
<p>{summary["expectations"]} expectations: {summary["passed"]} passed, {summary["failed"]} failed
({summary["failed_critical"]} critical).
Great Expectations Data Docs are in <a href="datadocs/index.html">datadocs/</a>.</p>
{quarantine_html}
<table><tr><th>table</th><th>expectation</th><th>arguments</th><th>severity</th><th>result</th>
<th>unexpected</th><th>failing values (first 5)</th></tr>
{chr(10).join(rows)}
</table></body></html>
"""
    (out_dir / "index.html").write_text(page, encoding="utf-8")
