"""Issue 34: the site as a data viewer, read in headless Chromium with every host but 127.0.0.1
unresolvable. Served by nginx (started and stopped by its pid), `query.html?sql=…` returns what
`jris sql` returns for each of the README's example queries and downloads its result as CSV and
Parquet; the `facts` page, searched for a word and sorted by value, shows the rows DuckDB gives
for the same; each table's CSV holds its rows; each chart's query link returns its rows. Opened
from disk, the query page says in one line how to serve the folder, and the table pages still
show their rows. No page fails a request or logs an error. Screenshots and the time to the
first query result (recorded, not asserted) go to test-artifacts/site-viewer/."""

from __future__ import annotations

import base64
import csv
import io
import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest

from pipelines.release.metadata import EXAMPLE_QUERIES
from pipelines.release.site.charts import CHARTS
from pipelines.release.site.downloads import csv_field
from pipelines.release.site.engine import REPO, bundle_dir
from pipelines.release.site.viewer import order_sql, view_columns
from pipelines.release.views import create_release_views
from schemas import CONTRACTS
from tests.browser import Browser, chromium
from tests.integration.hostile import jris
from tests.web_server import WebServer, nginx

ARTIFACTS = REPO / "test-artifacts" / "site-viewer"
JRIS = str(Path(sys.executable).parent / "jris")
# A guard against a page that never finishes, not a timing: loading the engine takes seconds.
SETTLE_SECONDS = 180


@pytest.fixture(scope="module")
def site(released, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[WebServer, Path]]:
    """The release published with its query engine (web/build makes it when it is missing)."""
    if bundle_dir() is None:
        subprocess.run([str(REPO / "web" / "build")], check=True, timeout=600)
    assert bundle_dir() is not None, "the site's query engine was not built: run make web"
    paths, _ = released
    dest = tmp_path_factory.mktemp("published")
    done = jris("publish", "--warehouse-dir", paths.warehouse_dir, "--to", dest)
    assert done.returncode == 0, done.stderr
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("*"):
        old.unlink()
    with nginx(dest, tmp_path_factory.mktemp("nginx")) as server:
        yield server, dest


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with chromium(tmp_path_factory.mktemp("profile")) as b:
        yield b


@pytest.fixture(scope="module")
def con(released) -> duckdb.DuckDBPyConnection:
    _, outcome = released
    c = duckdb.connect()
    create_release_views(c, outcome.path / "data")
    return c


def settle(browser: Browser, what: str, url: str) -> Any:
    """Wait until the page's state object (jrisQuery or jrisViewer) is done; no page may fail a
    request or log an error on the way. Returns the state."""
    deadline = time.monotonic() + SETTLE_SECONDS
    while time.monotonic() < deadline:
        state = browser.evaluate(f"window.{what} ? window.{what}.state : 'absent'")
        if state in ("done", "error"):
            break
        time.sleep(0.2)
    report = browser.report(url)
    assert report.failed == [] and report.errors == [], (report.failed, report.errors)
    found = browser.evaluate(f"JSON.parse(JSON.stringify(window.{what}))")
    assert found["state"] == "done", found
    return found


def normal(value: Any) -> Any:
    """One form for a value from JSON or CSV: numbers as floats, lists as lists."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return float(value)
    return value


def shot(browser: Browser, name: str) -> None:
    browser.screenshot(ARTIFACTS / f"{name}.png")


@pytest.mark.parametrize("n", range(len(EXAMPLE_QUERIES)))
def test_query_links_return_what_jris_sql_returns(site, browser, released, n) -> None:
    server, _ = site
    paths, _ = released
    _, sql = EXAMPLE_QUERIES[n]
    done = subprocess.run([JRIS, "sql", "--warehouse-dir", str(paths.warehouse_dir), "--format",
                           "json", sql], capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    expected = json.loads(done.stdout)
    assert expected, sql  # an example that returns nothing shows nothing
    url = f"{server.url}/site/query.html?sql={urllib.parse.quote(sql)}"
    started = time.monotonic()
    browser.load(url)
    state = settle(browser, "jrisQuery", url)
    seconds = time.monotonic() - started
    with (ARTIFACTS / "first-result-seconds.txt").open("a", encoding="utf-8") as f:
        f.write(
            f"example {n}: {seconds:.1f} s from navigation to rows ({state['ms']} ms in page)\n"
        )
    assert [c["name"] for c in state["columns"]] == list(expected[0])
    assert [[normal(v) for v in r] for r in state["rows"]] == [
        [normal(v) for v in row.values()] for row in expected
    ]
    shown = browser.evaluate("document.querySelectorAll('#result tbody tr').length")
    assert shown == len(expected)
    shot(browser, f"query-example-{n}")


def test_a_query_result_downloads_as_csv_and_parquet(site, browser, con) -> None:
    server, _ = site
    sql = EXAMPLE_QUERIES[2][1]  # a join, with missing values
    url = f"{server.url}/site/query.html?sql={urllib.parse.quote(sql)}"
    browser.load(url)
    settle(browser, "jrisQuery", url)
    text = browser.evaluate("window.jrisQuery.export('csv').then(b => new TextDecoder().decode(b))")
    packed = browser.evaluate(
        "window.jrisQuery.export('parquet').then(b => { let s = ''; "
        "for (const x of b) s += String.fromCharCode(x); return btoa(s); })"
    )
    cur = con.execute(sql)
    names = [d[0] for d in cur.description or []]
    rows = cur.fetchall()
    got = list(csv.reader(io.StringIO(text)))
    assert got[0] == names
    assert [[normal(float(v)) if v.replace(".", "").isdigit() else (v or None) for v in r]
            for r in got[1:]] == [[normal(v) for v in r] for r in rows]  # fmt: skip
    table = pq.read_table(io.BytesIO(base64.b64decode(packed)))
    assert table.column_names == names
    assert [[normal(v) for v in r.values()] for r in table.to_pylist()] == [
        [normal(v) for v in r] for r in rows
    ]
    assert browser.report(url).failed == []


def test_facts_searched_and_sorted_by_value_show_the_expected_rows(site, browser, con) -> None:
    server, _ = site
    url = f"{server.url}/site/tables/facts.html"
    browser.load(url)
    assert browser.evaluate("window.jrisViewer.state") == "idle"  # no engine until asked
    word = "universities"
    browser.evaluate(
        f"(() => {{ const s = document.getElementById('viewer-search'); s.value = '{word}'; "
        "s.dispatchEvent(new Event('input')); window.jrisViewer.state = 'typing'; })()"
    )
    settle(browser, "jrisViewer", url)
    browser.evaluate(
        "(() => { window.jrisViewer.state = 'sorting'; "
        "document.querySelector('th[data-column=\"value\"] button').click(); })()"
    )
    state = settle(browser, "jrisViewer", url)
    text = [c.name for c in view_columns("facts") if c.kind in ("text", "list")]
    where = " OR ".join(f'CAST("{c}" AS VARCHAR) ILIKE ?' for c in text)
    expected = con.execute(
        f"SELECT fact_id, value FROM facts WHERE {where} "
        "ORDER BY value ASC NULLS LAST, fact_id LIMIT 25",
        [f"%{word}%"] * len(text),
    ).fetchall()
    (total,) = con.execute(
        f"SELECT count(*) FROM facts WHERE {where}", [f"%{word}%"] * len(text)
    ).fetchone() or (0,)
    assert len(expected) > 0 and state["total"] == total < 392
    ids = state["columns"].index("fact_id"), state["columns"].index("value")
    assert [(r[ids[0]], r[ids[1]]) for r in state["rows"]] == expected
    values = [v for _, v in expected]
    assert values == sorted(values)
    drawn = browser.evaluate("document.querySelectorAll('#viewer-rows tbody tr').length")
    assert drawn == len(expected)
    shot(browser, "facts-searched-sorted")
    # each row's provenance: its passage with the quote marked, read from document_texts
    browser.evaluate("document.querySelector('#viewer-rows td.provenance details').open = true")
    deadline = time.monotonic() + SETTLE_SECONDS
    while time.monotonic() < deadline and not browser.evaluate(
        "document.querySelector('#viewer-rows td.provenance mark') !== null"
    ):
        time.sleep(0.2)
    quote = con.execute("SELECT quote FROM facts WHERE fact_id = ?", [expected[0][0]]).fetchone()
    marked = browser.evaluate(
        "document.querySelector('#viewer-rows td.provenance mark').textContent"
    )
    assert quote is not None and marked == quote[0]
    assert browser.report(url).errors == []


def test_each_table_downloads_as_csv_with_its_rows(site, con) -> None:
    server, _ = site
    for table in CONTRACTS:
        with urllib.request.urlopen(f"{server.url}/site/csv/{table}.csv", timeout=30) as r:
            raw = r.read()
        text = raw.decode("utf-8")
        assert "\r\n" in text or text.count("\n") <= 1
        got = list(csv.reader(io.StringIO(text, newline="")))
        cur = con.execute(f'SELECT * FROM "{table}" ORDER BY {order_sql(table)}')
        names = [d[0] for d in cur.description or []]
        assert got[0] == names, table
        assert got[1:] == [[csv_field(v) for v in row] for row in cur.fetchall()], table


def test_each_chart_links_to_its_query_which_returns_its_rows(site, browser, con) -> None:
    server, _ = site
    url = f"{server.url}/site/charts.html"
    browser.load(url)
    links = browser.evaluate("Array.from(document.querySelectorAll('a.run-query'), a => a.href)")
    assert len(links) == len(CHARTS)
    for chart, link in zip(CHARTS, links, strict=True):
        sql = urllib.parse.parse_qs(urllib.parse.urlparse(link).query)["sql"][0]
        assert sql == chart.sql
        browser.load(link)
        state = settle(browser, "jrisQuery", link)
        assert len(state["rows"]) == len(con.execute(chart.sql).fetchall()) > 0, chart.name


def test_from_disk_the_query_page_says_how_to_serve_the_folder(site, browser) -> None:
    _, dest = site
    page = (dest / "site" / "query.html").as_uri()
    load = browser.load(page + "?sql=" + urllib.parse.quote("SELECT 1"))
    assert load.failed == [] and load.errors == []
    status = browser.evaluate(
        "(() => { const s = document.getElementById('engine-status'); "
        "return s.hidden ? '' : s.textContent; })()"
    )
    assert f"python3 -m http.server -d {dest}" in status and "\n" not in status.strip()
    shot(browser, "query-from-disk")
    table = (dest / "site" / "tables" / "facts.html").as_uri()
    load = browser.load(table)
    assert load.failed == [] and load.errors == []
    rows = browser.evaluate("document.querySelectorAll('#viewer table.rows tbody tr').length")
    assert rows == 25
    assert "http.server" in browser.evaluate("document.getElementById('engine-status').textContent")
    shot(browser, "facts-from-disk")


def test_static_rows_read_as_values(site) -> None:
    """Without scripts: years as integers, the columns that matter first, rows by year."""
    _, dest = site
    html = (dest / "site" / "tables" / "policy_events.html").read_text(encoding="utf-8")
    rows = html.split('<table class="rows">', 1)[1].split("</table>", 1)[0]
    assert ".0</td>" not in rows
    head = rows.split("</thead>", 1)[0]
    assert head.index("<th>entity_id</th>") < head.index("<th>event</th>") < head.index("<th>year")
    facts = (dest / "site" / "tables" / "facts.html").read_text(encoding="utf-8")
    first = facts.split('<table class="rows">', 1)[1].split("<tr>")[1]
    assert (
        first.index("<th>measure</th>")
        < first.index("<th>entity_id</th>")
        < first.index("<th>value</th>")
    )
    assert "WHERE-THIS-FOLDER" not in (dest / "index.html").read_text(encoding="utf-8")


def test_python_http_server_serves_the_query_page_too(site, browser, con) -> None:
    """A server that ignores byte ranges and knows no wasm type: the files are read whole."""
    _, dest = site
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "-d", str(dest)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html", timeout=2).close()
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, (
                    "http.server did not start"
                )
                time.sleep(0.1)
        sql = EXAMPLE_QUERIES[0][1]
        url = f"http://127.0.0.1:{port}/site/query.html?sql={urllib.parse.quote(sql)}"
        browser.load(url)
        state = settle(browser, "jrisQuery", url)
        assert [[normal(v) for v in r] for r in state["rows"]] == [
            [normal(v) for v in r] for r in con.execute(sql).fetchall()
        ]
        shot(browser, "query-python-http-server")
    finally:
        proc.terminate()  # by its own pid
        proc.wait(timeout=20)


def test_without_the_engine_the_pages_say_so_in_one_line(released, tmp_path: Path) -> None:
    """Published where npm was missing (no bundle): the static site, and one line on the pages
    that would query, no script that would fetch a missing file."""
    paths, _ = released
    dest = tmp_path / "site"
    done = jris("publish", "--warehouse-dir", paths.warehouse_dir, "--to", dest,
                env={"JRIS_SITE_ENGINE": str(tmp_path / "no-engine")})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not (dest / "site" / "engine").exists()
    for page in ("site/query.html", "site/tables/facts.html"):
        html = (dest / page).read_text(encoding="utf-8")
        assert "was not bundled when this site was published" in html, page
        assert "jris-site.js" not in html, page
    facts = (dest / "site" / "tables" / "facts.html").read_text(encoding="utf-8")
    assert facts.count('<td class="provenance">') == 25
