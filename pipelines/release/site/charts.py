"""The site's charts: Vega-Lite specs over a release's tables, rendered to SVG when the site is
built (vl-convert bundles Vega), so a page shows them with no script and no network.

vl-convert runs in a child process (render.py): its V8 needs more address space (~64 GiB,
virtual) than any usual `ulimit -v` grants, and aborts the process it runs in when refused.
Then the site is published without the drawings, and one line says which limit they need.

Each chart is a query and a spec; its marks carry the name `<chart>_marks`, so a reader (or a
test) can count them. The spec, with its data inline, is published beside the page, and the
query opens on the query page (query.html?sql=…).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

import duckdb

VEGA_LITE = "6.4"
SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
WIDTH = 640
# Address space V8 reserves at start in vl-convert 1.9 (measured: it aborts under
# `ulimit -v` of 64 GiB, draws under 65 GiB).
RENDERER_GIB = 65
GIB = 1024**3
# A guard against a renderer that hangs, not a timing: the charts take seconds.
RENDER_GUARD_SECONDS = 600


@dataclass(frozen=True)
class Chart:
    name: str
    title: str
    caption: str
    sql: str  # over views named after the release's tables
    spec: dict[str, Any]  # without data; `mark` and `encoding` of a single view


CHARTS: list[Chart] = [
    Chart(
        "timeline",
        "Policy timeline",
        "Each row of policy_events with a year, labelled with what happened and to what; the "
        "colour is the kind of thing (law, plan, programme, organisation, agreement).",
        "SELECT year, year || ' · ' || kind || ': ' || "
        "left(regexp_replace(event, '░+', '[withheld]', 'g'), 48) AS label, event, kind, "
        "event_type, n_sources FROM policy_events WHERE year IS NOT NULL "
        "ORDER BY year, event, event_id",
        {
            "mark": {"type": "point", "filled": True, "size": 90},
            "encoding": {
                "x": {"field": "year", "type": "quantitative", "title": "year",
                      "scale": {"zero": False}, "axis": {"format": "d", "tickCount": 10}},
                "y": {"field": "label", "type": "nominal", "sort": None, "title": None,
                      "axis": {"labelLimit": 340}},
                "color": {"field": "event_type", "type": "nominal", "title": "what",
                          "scale": {"scheme": "category10"}},
                "tooltip": [{"field": "event"}, {"field": "year"}, {"field": "kind"},
                            {"field": "n_sources"}],
            },
        },
    ),
    Chart(
        "technopolis_sites",
        "Technopolis sites by the companies they invited (to 1995)",
        "technopolis_sites.invited_companies_to_1995 per site, with its prefecture; sites whose "
        "source gives no figure are left out (the query says which).",
        "SELECT t.site || ' (' || p.name_en || ')' AS site, t.invited_companies_to_1995 AS "
        "invited_companies, t.high_tech_companies_to_1995 AS high_tech_companies "
        "FROM technopolis_sites t JOIN prefectures p ON p.code = t.prefecture_code "
        "WHERE t.invited_companies_to_1995 IS NOT NULL ORDER BY 2 DESC, 1",
        {
            "mark": {"type": "bar"},
            "encoding": {
                "y": {"field": "site", "type": "nominal", "sort": "-x", "title": None},
                "x": {"field": "invited_companies", "type": "quantitative",
                      "title": "companies invited to 1995", "axis": {"format": "d"}},
                "tooltip": [{"field": "site"}, {"field": "invited_companies"},
                            {"field": "high_tech_companies"}],
            },
        },
    ),
    Chart(
        "cluster_network",
        "The Industrial Cluster Program's network, as each source counts it",
        "facts of the industrial-cluster-program entity measuring SMEs or universities, per "
        "source document and the year it gives (undated where it gives none).",
        "SELECT f.doc_id || ' (' || coalesce(CAST(f.period_start AS VARCHAR), 'undated') || ')' "
        "AS source, f.measure, f.value, coalesce(f.qualifier, '') AS hedge FROM facts f "
        "WHERE f.entity_id = 'industrial-cluster-program' AND f.measure IN ('SMEs', 'universities') "
        "ORDER BY f.period_start NULLS FIRST, f.doc_id, f.measure",
        {
            "mark": {"type": "bar"},
            "encoding": {
                "x": {"field": "measure", "type": "nominal", "title": None,
                      "axis": {"labelAngle": 0}},
                "xOffset": {"field": "source", "type": "nominal", "sort": None},
                "y": {"field": "value", "type": "quantitative", "title": "count"},
                "color": {"field": "source", "type": "nominal", "sort": None, "title": "source",
                          "legend": {"labelLimit": 400, "orient": "bottom", "direction": "vertical"}},
                "tooltip": [{"field": "source"}, {"field": "measure"}, {"field": "value"},
                            {"field": "hedge"}],
            },
        },
    ),
    Chart(
        "programme_budgets",
        "Programme budgets by fiscal year (billion yen)",
        "policy_program_budgets in JPY: each budget line's amount in its fiscal year.",
        "SELECT fiscal_year, program, budget_line, amount / 1e9 AS billion_yen "
        "FROM policy_program_budgets WHERE currency = 'JPY' AND amount IS NOT NULL "
        "ORDER BY fiscal_year, program, budget_line",
        {
            "mark": {"type": "bar"},
            "encoding": {
                "y": {"field": "budget_line", "type": "nominal", "sort": None, "title": None,
                      "axis": {"labelLimit": 300}},
                "x": {"field": "billion_yen", "type": "quantitative", "title": "billion yen"},
                "color": {"field": "program", "type": "nominal", "title": "programme"},
                "tooltip": [{"field": "fiscal_year"}, {"field": "program"},
                            {"field": "budget_line"}, {"field": "billion_yen"}],
            },
        },
    ),
    Chart(
        "cluster_programmes",
        "Cluster programmes: projects or regions per phase, by start year",
        "Rows of policy_program_phases that give a count (n_projects_or_regions, in n_unit).",
        "SELECT program, phase, start_year, n_projects_or_regions AS n, n_unit "
        "FROM policy_program_phases WHERE n_projects_or_regions IS NOT NULL "
        "AND start_year IS NOT NULL ORDER BY program, start_year",
        {
            "mark": {"type": "bar"},
            "encoding": {
                "x": {"field": "start_year", "type": "ordinal", "title": "start year",
                      "axis": {"labelAngle": 0}},
                "xOffset": {"field": "program", "type": "nominal"},
                "y": {"field": "n", "type": "quantitative", "title": "projects or regions"},
                "color": {"field": "program", "type": "nominal", "title": "programme"},
                "tooltip": [{"field": "program"}, {"field": "phase"}, {"field": "n"},
                            {"field": "n_unit"}],
            },
        },
    ),
]  # fmt: skip


def chart_rows(con: duckdb.DuckDBPyConnection, chart: Chart) -> list[dict[str, Any]]:
    cur = con.execute(chart.sql)
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def full_spec(chart: Chart, rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "$schema": SCHEMA,
        "name": chart.name,
        "description": chart.caption,
        "width": WIDTH,
        # vl-convert measures labels with narrower fonts than a browser draws them with
        "padding": {"left": 60, "top": 5, "right": 5, "bottom": 5},
        "data": {"values": rows},
        **chart.spec,
    }


def render_svgs(specs: list[dict[str, Any]]) -> tuple[list[str] | None, str]:
    """Each spec drawn as SVG in a child process; or None and one line saying why not."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pipelines.release.site.render", str(os.getpid())],
            input=json.dumps(specs, default=str), capture_output=True, text=True,
            timeout=RENDER_GUARD_SECONDS,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return None, f"the chart renderer did not finish in {RENDER_GUARD_SECONDS} s"
    if done.returncode == 0:
        return [str(svg) for svg in json.loads(done.stdout)], ""
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    if soft != resource.RLIM_INFINITY and soft < RENDERER_GIB * GIB:
        return None, (
            f"the address-space limit (ulimit -v) is {soft / GIB:.1f} GiB and the chart "
            f"renderer (vl-convert's V8) needs {RENDERER_GIB} GiB of it (virtual, not memory "
            "used): raise or lift `ulimit -v` to draw them"
        )
    last = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
    return None, f"the chart renderer failed: {last[:300]}"
