"""The static site of a publication folder, built from its latest release by `jris publish`.

    DEST/index.html                 landing page (schema.org Dataset JSON-LD embedded)
    DEST/site/tables/<table>.html   one page per table
    DEST/site/sources/<doc>.html    one page per source document
    DEST/site/charts.html           charts, rendered to SVG (specs in site/charts/*.vl.json)
    DEST/site/comparisons.html      where the sources agree and disagree
    DEST/site/query.html            SQL in the page (DuckDB-wasm, site/engine/; see engine.py)
    DEST/site/card.html, dictionary.html, changelog.html, quality.html   the release's documents
    DEST/site/csv/<table>.csv       each table as CSV
    DEST/<version>/quality/         the release's own quality report, linked as it is

Pages use relative links and ship their only stylesheet and script, so the folder reads the
same from disk and over HTTP with no network (queries need HTTP: browsers refuse workers and
fetches from file://, and the pages say so). The new site is written beside the old and renamed into place.
When the charts cannot be drawn (see charts.py), the page links their specs and says why.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import jinja2
import markupsafe

from pipelines.release.findings import accuracy_lines
from pipelines.release.folders import read_manifest
from pipelines.release.leftovers import temp_name
from pipelines.release.metadata import EXAMPLE_QUERIES, TITLE, ordered_tables, public_base
from pipelines.release.publish import fault_point
from pipelines.release.site.charts import CHARTS, chart_rows, full_spec, render_svgs
from pipelines.release.site.comparisons import comparison_pairs
from pipelines.release.site.documents import markdown_pages, quality_page
from pipelines.release.site.downloads import write_csvs
from pipelines.release.site.engine import copy_engine, page_config
from pipelines.release.site.pages import (
    Release,
    comparison_counts_of,
    landing,
    rows_by_document,
    safe_link,
    source_pages,
    table_pages,
)
from pipelines.release.site.rows import document_texts, first_page, source_rows
from pipelines.release.site.viewer import order_sql, show, view_config
from pipelines.release.views import create_release_views

HERE = Path(__file__).parent
SITE = "site"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["tojson_ld"] = json_for_script
    env.tests["safe_link"] = safe_link
    env.globals["show"] = lambda value, unit: show(value, "float", unit)
    return env


# Inside <script>, text ends at `</script` and `<!--` opens a state that can swallow the rest of
# the page; as the HTML spec advises, JSON there writes `<`, `>` and `&` as escapes.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def json_for_script(data: Any) -> markupsafe.Markup:
    """JSON that reads back the same and holds no `<`, `>` or `&` to end or confuse a script."""
    text = json.dumps(data, ensure_ascii=False, indent=1).translate(_SCRIPT_SAFE)
    return markupsafe.Markup(text)


def build_site(
    dest: Path, index: dict[str, Any], warn: Callable[[str], None] | None = None
) -> list[str]:
    """Write the site for index["latest"]; returns the pages written, relative to dest.
    `warn` gets one line when the charts could not be drawn."""
    version = index["latest"]
    folder = dest / version
    con = duckdb.connect()
    create_release_views(con, folder / "data")
    release = Release(version, folder, con, read_manifest(folder))
    env = _environment()
    texts = document_texts(release)
    by_doc = rows_by_document(release)
    sources = source_pages(release, by_doc)
    for s in sources:
        s["rows"] = source_rows(release, s["doc_id"], s["counts"])
    tables = table_pages(release, by_doc, lambda name: first_page(release, name, texts))
    names = ordered_tables()
    staging = dest / temp_name(f".{SITE}-")
    engine = copy_engine(staging / SITE)
    common = {"title": TITLE, "version": version, "engine": engine,
              "quality": f"{version}/quality/index.html"}  # fmt: skip
    pages: dict[str, str] = {}

    def page(rel: str, template: str, **context: Any) -> None:
        root = "../" * rel.count("/")
        config = context.pop("site_config", None)
        site_config = {**page_config(root, version, names), "root": root, **(config or {})}
        pages[rel] = env.get_template(template).render(
            **common, **context, root=root, here=rel,
            site_config=site_config if config is not None else None,
        )  # fmt: skip

    page("index.html", "landing.html", **landing(release, index, public_base(), sources),
         tables=tables, site_config={})  # fmt: skip
    for t in tables:
        page(f"{SITE}/tables/{t['file']}", "table.html", table=t, sources=sources,
             site_config={"view": view_config(t["name"])})  # fmt: skip
    for s in sources:
        page(f"{SITE}/sources/{s['file']}", "source.html", source=s)
    page(f"{SITE}/query.html", "query.html", tables=tables, site_config={},
         examples=[{"title": t, "sql": q} for t, q in EXAMPLE_QUERIES])  # fmt: skip
    page(f"{SITE}/comparisons.html", "comparisons.html", counts=comparison_counts_of(release),
         pairs=comparison_pairs(release, texts), accuracy=accuracy_lines())  # fmt: skip
    for rel, doc in markdown_pages(folder, version).items():
        page(f"{SITE}/{rel}", "document.html", doc=doc)
    page(f"{SITE}/quality.html", "quality.html", q=quality_page(folder))
    write_csvs(con, names, {n: order_sql(n) for n in names}, staging / SITE)
    (staging / SITE / "charts").mkdir(parents=True)
    specs = [json.loads(json.dumps(full_spec(c, chart_rows(con, c)), default=str)) for c in CHARTS]
    for chart, spec in zip(CHARTS, specs, strict=True):
        (staging / SITE / "charts" / f"{chart.name}.vl.json").write_text(
            json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    svgs, why = render_svgs(specs)
    if svgs is None and warn is not None:
        warn(f"charts not drawn: {why}; their Vega-Lite specs are in {dest / SITE / 'charts'}")
    charts = [{"chart": c, "n": len(spec["data"]["values"]),
               "svg": markupsafe.Markup(svgs[i]) if svgs else None}  # Vega escapes its text
              for i, (c, spec) in enumerate(zip(CHARTS, specs, strict=True))]  # fmt: skip
    page(f"{SITE}/charts.html", "charts.html", charts=charts, why=why)
    con.close()
    for rel, text in pages.items():
        if rel == "index.html":
            continue
        (staging / rel).parent.mkdir(parents=True, exist_ok=True)
        (staging / rel).write_text(text, encoding="utf-8")
    for static in ("style.css", "favicon.svg"):
        shutil.copy(HERE / "static" / static, staging / SITE / static)
    fault_point("publish-site")
    _swap(dest, staging, pages["index.html"])
    return sorted([*pages, f"{SITE}/style.css", f"{SITE}/favicon.svg"])


def _swap(dest: Path, staging: Path, landing_html: str) -> None:
    """The new site/ in place of the old, then the landing page that links into it."""
    old = dest / temp_name(f".{SITE}-old-")
    if (dest / SITE).exists():
        os.rename(dest / SITE, old)
    try:
        os.rename(staging / SITE, dest / SITE)
    except OSError:
        if old.exists():
            os.rename(old, dest / SITE)  # the old site back rather than none
        raise
    tmp = dest / temp_name(".index-", ".html")
    tmp.write_text(landing_html, encoding="utf-8")
    os.replace(tmp, dest / "index.html")
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(staging)
