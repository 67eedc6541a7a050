"""Issue 18 (points 3-4): the static site `jris publish` writes, served by nginx on 127.0.0.1 and
read in headless Chromium with every other host unreachable. Every page reachable from the
landing page loads with no failed request and no console error, every link of the site
resolves, the charts hold one mark per row of their data, and the landing page carries
schema.org Dataset JSON-LD. Screenshots go to test-artifacts/site/."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipelines.release.site.charts import CHARTS
from pipelines.release.views import create_release_views
from schemas import CONTRACTS
from tests.browser import Browser, chromium
from tests.integration.hostile import jris
from tests.web_server import WebServer, nginx

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "site"
LINKS = "Array.from(document.querySelectorAll('a[href]'), a => a.href)"


@pytest.fixture(scope="module")
def served(released, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebServer]:
    paths, _ = released
    dest = tmp_path_factory.mktemp("published")
    done = jris("publish", "--warehouse-dir", paths.warehouse_dir, "--to", dest)
    assert done.returncode == 0, done.stderr
    with nginx(dest, tmp_path_factory.mktemp("nginx")) as server:
        yield server


@pytest.fixture(scope="module")
def crawl(
    served: WebServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Browser, dict[str, Any]]]:
    """Every .html page reachable from the landing page: its load report and its links."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("*.png"):
        old.unlink()
    with chromium(tmp_path_factory.mktemp("profile")) as browser:
        seen: dict[str, Any] = {}
        todo = [f"{served.url}/index.html"]
        while todo:
            url = todo.pop(0)
            if url in seen:
                continue
            load = browser.load(url)
            links = [urllib.parse.urldefrag(a)[0] for a in browser.evaluate(LINKS)]
            seen[url] = (load, links)
            path = urllib.parse.urlparse(url).path.strip("/") or "index"
            browser.screenshot(ARTIFACTS / (path.replace("/", "__") + ".png"))
            todo += [a for a in links if a.startswith(served.url) and a.endswith(".html")]
        yield browser, seen


def test_every_page_loads_with_no_failed_request_and_no_console_error(crawl, served) -> None:
    _, seen = crawl
    pages = {urllib.parse.urlparse(u).path for u in seen}
    n_sources = len({p for p in pages if p.startswith("/site/sources/")})
    assert {f"/site/tables/{t}.html" for t in CONTRACTS} <= pages
    assert {"/index.html", "/site/charts.html", "/site/comparisons.html"} <= pages
    assert any(p.endswith("/quality/index.html") for p in pages)  # the release's own report
    assert n_sources == 5
    problems = [f"{u}: {x}" for u, (load, _) in seen.items() for x in load.failed + load.errors]
    assert problems == []
    assert len(list(ARTIFACTS.glob("*.png"))) == len(seen)


def test_every_link_of_the_site_resolves(crawl, served) -> None:
    _, seen = crawl
    local = sorted({a for _, links in seen.values() for a in links if a.startswith(served.url)})
    assert any(a.endswith(".tar.gz") for a in local) and any(a.endswith(".parquet") for a in local)
    broken = []
    for url in local:
        try:
            urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=10).close()
        except urllib.error.HTTPError as exc:
            broken.append(f"{url}: {exc.code}")
    assert broken == []


def test_charts_hold_one_mark_per_row_of_their_data(crawl, served, released) -> None:
    browser, _ = crawl
    _, outcome = released
    con = duckdb.connect()
    create_release_views(con, outcome.path / "data")
    expected = {c.name: len(con.execute(c.sql).fetchall()) for c in CHARTS}
    assert (
        expected["timeline"]
        == con.execute("SELECT count(*) FROM policy_events WHERE year IS NOT NULL").fetchone()[0]
    )  # type: ignore[index]
    assert all(n > 0 for n in expected.values()), expected
    load = browser.load(f"{served.url}/site/charts.html")
    assert load.failed == [] and load.errors == []
    marks = browser.evaluate(
        "Object.fromEntries(Array.from(document.querySelectorAll('figure.chart'), f => "
        "[f.id.slice(6), f.querySelectorAll(`svg g.role-mark.${f.id.slice(6)}_marks > path`)"
        ".length]))"
    )
    assert marks == expected


def test_landing_page_has_schema_org_dataset_json_ld(crawl, served, released) -> None:
    browser, _ = crawl
    _, outcome = released
    browser.load(f"{served.url}/index.html")
    ld = browser.evaluate(
        "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)"
    )
    assert ld["@context"] == "https://schema.org/" and ld["@type"] == "Dataset"
    assert ld["version"] == outcome.version and ld["license"].startswith("https://creativecomm")
    archive = next(d for d in ld["distribution"] if d["encodingFormat"] == "application/gzip")
    assert archive["contentUrl"] == f"jris-{outcome.version}.tar.gz"
    with urllib.request.urlopen(f"{served.url}/{archive['contentUrl']}", timeout=10) as r:
        assert r.status == 200
    assert len(ld["isBasedOn"]) == 5 and all(s["name"] for s in ld["isBasedOn"])
    assert set(ld["variableMeasured"]) == set(CONTRACTS)


def test_the_folder_reads_the_same_from_disk(crawl, served) -> None:
    """Opened as files (file://), with no server: every page still loads whole."""
    browser, seen = crawl
    problems = []
    for url in seen:
        local = (served.root / urllib.parse.urlparse(url).path.lstrip("/")).resolve()
        load = browser.load(local.as_uri())
        problems += [f"{local}: {x}" for x in load.failed + load.errors]
        styled = "getComputedStyle(document.body).fontFamily.startsWith('system-ui')"
        assert browser.evaluate(styled), f"{local}: its stylesheet is not applied"
    assert problems == []
