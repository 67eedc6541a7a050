"""The Dagster UI end to end: `dagster dev` on 127.0.0.1 and a free port, its GraphQL API, a
refresh launched through it, and its pages in headless Chromium, all on the instance a
`jris release` from the command line recorded to.

The server is started in a session of its own and stopped by its own process id.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tests.browser import Browser, chromium
from tests.dagster_services import answers, free_port, graphql, repository_selector, stop, wait_for

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"


@dataclass
class Server:
    url: str
    pid: int
    warehouse: Path
    raw: Path

    def graphql(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        return graphql(self.url, query, variables)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`jris release` from the command line, then `dagster dev` on the instance it recorded to
    (warehouse/dagster/), as `make dev` starts it."""
    root = tmp_path_factory.mktemp("dagster_ui")
    raw, warehouse = root / "raw", root / "warehouse"
    shutil.copytree(REPO / "raw", raw)
    jris = Path(sys.executable).parent / "jris"
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    done = subprocess.run(
        [str(jris), "release", "--raw-dir", str(raw), "--warehouse-dir", str(warehouse)],
        capture_output=True, text=True, timeout=600, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    home = warehouse / "dagster"
    assert (home / "dagster.yaml").read_text().count("enabled: false") == 1  # telemetry off
    port = free_port()
    env |= {
        "DAGSTER_HOME": str(home),
        "JRIS_RAW_DIR": str(raw),
        "JRIS_WAREHOUSE_DIR": str(warehouse),
        "GX_ANALYTICS_ENABLED": "false",
    }
    dagster = Path(sys.executable).parent / "dagster"
    log = (root / "dagster-dev.log").open("wb")
    proc = subprocess.Popen(
        [str(dagster), "dev", "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: answers(f"{url}/server_info"), proc, root / "dagster-dev.log",
                 "dagster dev")  # fmt: skip
        yield Server(url, proc.pid, warehouse, raw)
    finally:
        on_sigterm = stop(proc)
        log.close()
    assert proc.poll() is not None, "the server is still running"
    assert on_sigterm, "dagster dev did not end on SIGTERM (it ignores it when started so)"


def repository(server: Server) -> dict[str, str]:
    return repository_selector(server.url)


def test_graphql_lists_assets_checks_jobs_schedules_and_sensors(server: Server) -> None:
    expected = json.loads((REPO / "tests" / "snapshots" / "definitions.json").read_text())
    data = server.graphql(
        """{ assetNodes { assetKey { path } groupName
               partitionDefinition { name }
               assetChecksOrError { ... on AssetChecks { checks { name } } } } }"""
    )
    nodes = {"/".join(n["assetKey"]["path"]): n for n in data["assetNodes"]}
    assert {k: n["groupName"] for k, n in nodes.items()} == expected["assets"]
    assert {k for k, n in nodes.items() if n["partitionDefinition"] is not None} == set(
        expected["partitioned_assets"]
    )
    checks = sorted(
        f"{k}:{c['name']}"
        for k, n in nodes.items()
        for c in (n["assetChecksOrError"].get("checks") or [])
    )
    assert checks == expected["checks"]
    repo = server.graphql(
        """query ($selector: RepositorySelector!) { repositoryOrError(repositorySelector: $selector) {
             ... on Repository { jobs { name }
               schedules { name cronSchedule scheduleState { status } }
               sensors { name sensorState { status } } } } }""",
        {"selector": repository(server)},
    )["repositoryOrError"]
    assert set(expected["jobs"]) <= {j["name"] for j in repo["jobs"]}
    assert {s["name"]: s["scheduleState"]["status"] for s in repo["schedules"]} == {
        "weekly_full_refresh": "STOPPED"
    }
    assert {s["name"]: s["sensorState"]["status"] for s in repo["sensors"]} == {
        "raw_folder_sensor": "STOPPED"
    }


CLI_RUN = (
    """{ runsOrError { ... on Runs { results { runId jobName status tags { key value } } } } }"""
)
ASSETS = """{ assetNodes(assetKeys: [{path: ["facts"]}, {path: ["source_documents"]},
                                 {path: ["warehouse"]}]) {
  assetKey { path } partitionKeys metadataEntries { label }
  assetMaterializations(limit: 1) { runId metadataEntries { label } }
  assetPartitionStatuses { ... on DefaultPartitionStatuses { materializedPartitions } }
  assetChecksOrError { ... on AssetChecks { checks { name
    executionForLatestMaterialization { status } } } } } }"""


def test_the_ui_shows_what_the_cli_ran(server: Server) -> None:
    """The run `jris release` made, its materializations with metadata, its check results and
    the documents' partitions, read from the UI's GraphQL API."""
    runs = server.graphql(CLI_RUN)["runsOrError"]["results"]
    cli = [r for r in runs if any(t["key"] == "jris/invocation" for t in r["tags"])]
    assert [(r["jobName"], r["status"]) for r in cli] == [("publish_release", "SUCCESS")]
    nodes = {n["assetKey"]["path"][0]: n for n in server.graphql(ASSETS)["assetNodes"]}
    docs = sorted(p.stem for p in server.raw.glob("*.txt"))
    assert nodes["source_documents"]["partitionKeys"] == docs
    assert nodes["source_documents"]["assetPartitionStatuses"]["materializedPartitions"] == docs
    (facts,) = nodes["facts"]["assetMaterializations"]
    assert facts["runId"] == cli[0]["runId"]
    assert "dagster/row_count" in {m["label"] for m in facts["metadataEntries"]}
    # the columns are the definition's (the contract's), shown whatever a run recorded
    assert "dagster/column_schema" in {m["label"] for m in nodes["facts"]["metadataEntries"]}
    statuses = {
        (key, c["name"]): c["executionForLatestMaterialization"]["status"]
        for key, n in nodes.items()
        for c in n["assetChecksOrError"].get("checks") or []
    }
    assert statuses == {
        ("facts", "pandera_contract"): "SUCCEEDED",
        ("warehouse", "quotes_match_source"): "SUCCEEDED",
        ("warehouse", "foreign_keys"): "SUCCEEDED",
    }


def test_refresh_job_launched_through_graphql_succeeds(server: Server) -> None:
    selector = repository(server)
    docs = sorted(p.stem for p in server.raw.glob("*.txt"))  # partitions the CLI added
    launched = server.graphql(
        """mutation ($params: ExecutionParams!) { launchRun(executionParams: $params) {
             __typename ... on LaunchRunSuccess { run { runId } }
             ... on PythonError { message } ... on RunConfigValidationInvalid { errors { message } } } }""",
        {
            "params": {
                "selector": {**selector, "jobName": "refresh"},
                "runConfigData": {},
                "executionMetadata": {
                    "tags": [
                        {"key": "dagster/asset_partition_range_start", "value": docs[0]},
                        {"key": "dagster/asset_partition_range_end", "value": docs[-1]},
                    ]
                },
            }
        },
    )["launchRun"]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    run_id = launched["run"]["runId"]
    deadline, status = time.monotonic() + 300, None
    while time.monotonic() < deadline:
        status = server.graphql(
            "query ($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }", {"id": run_id}
        )["runOrError"]["status"]
        if status in ("SUCCESS", "FAILURE", "CANCELED"):
            break
        time.sleep(2)
    assert status == "SUCCESS"
    jris = Path(sys.executable).parent / "jris"
    shown = subprocess.run(
        [str(jris), "status", "--json", "--raw-dir", str(server.raw),
         "--warehouse-dir", str(server.warehouse)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "DAGSTER_HOME": str(server.warehouse / "dagster")},
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    listed = {r["run_id"]: r for r in json.loads(shown.stdout)["runs"]}
    assert listed[run_id]["job"] == "refresh" and listed[run_id]["from"] == "dagster"
    con = duckdb.connect(str(server.warehouse / "jris.duckdb"), read_only=True)
    try:
        (docs_loaded,) = con.execute("SELECT count(*) FROM raw.documents").fetchone() or (0,)
        (facts,) = con.execute("SELECT count(*) FROM extracted.facts").fetchone() or (0,)
    finally:
        con.close()
    assert docs_loaded == len(docs) and facts > 300
    checks = server.graphql(
        """{ assetNodes(assetKeys: [{path: ["warehouse"]}]) { assetChecksOrError {
             ... on AssetChecks { checks { name executionForLatestMaterialization { status } } } } } }"""
    )["assetNodes"][0]["assetChecksOrError"]["checks"]
    assert {c["name"]: c["executionForLatestMaterialization"]["status"] for c in checks} == {
        "quotes_match_source": "SUCCEEDED",
        "foreign_keys": "SUCCEEDED",
    }


SKIP_POPUP = """(() => { const b = Array.from(document.querySelectorAll('button'))
  .find(x => x.innerText.trim() === 'Skip'); if (b) { b.click(); return true } return false })()"""


def text_when(browser: Browser, needle: str, timeout: float = 60) -> str:
    """The page's text once it shows `needle` (the UI fills its pages after they load)."""
    deadline, text = time.monotonic() + timeout, ""
    while time.monotonic() < deadline:
        text = browser.evaluate("document.body.innerText")
        if needle in text:
            return str(text)
        time.sleep(0.5)
    raise AssertionError(f"the page never showed {needle!r}; it shows:\n{text[:2000]}")


def test_the_ui_pages_show_the_cli_run_in_headless_chromium(server: Server, tmp_path: Path) -> None:
    """The asset graph (once the newsletter pop-up is skipped, as a user would), the facts asset
    with its latest materialization and passing check, the documents' partitions."""
    ARTIFACTS.mkdir(exist_ok=True)
    with chromium(tmp_path / "profile") as browser:
        browser.load(f"{server.url}/asset-groups")
        text_when(browser, "Join the Dagster community")
        assert browser.evaluate(SKIP_POPUP) is True
        deadline = time.monotonic() + 20
        while "Join the Dagster community" in browser.evaluate("document.body.innerText"):
            assert time.monotonic() < deadline, "the pop-up stayed"
            time.sleep(0.3)
        text = text_when(browser, "Global asset lineage")
        for group in ("raw", "extracted", "reference", "curated", "warehouse", "release"):
            assert group in text.split(), group
        browser.screenshot(ARTIFACTS / "asset-graph.png")
        (ARTIFACTS / "asset-graph.html").write_text(
            browser.evaluate("document.documentElement.outerHTML")
        )
        browser.load(f"{server.url}/assets/facts")
        text = text_when(browser, "Latest materialization")
        con = duckdb.connect(str(server.warehouse / "jris.duckdb"), read_only=True)
        (n_facts,) = con.execute("SELECT count(*) FROM extracted.facts").fetchone() or (0,)
        con.close()
        assert "Never materialized" not in text
        text_when(browser, f"Row count\n{n_facts}")
        browser.screenshot(ARTIFACTS / "asset-facts.png")
        browser.load(f"{server.url}/assets/facts?view=checks")
        text_when(browser, "pandera_contract")
        text_when(browser, "Passed")  # the latest evaluation's result
        text_when(browser, "Succeeded")  # the check's status in the list (it loads after)
        browser.screenshot(ARTIFACTS / "asset-facts-checks.png")
        browser.load(f"{server.url}/assets/source_documents?view=partitions")
        n_docs = len(list(server.raw.glob("*.txt")))
        text_when(browser, f"Materialized ({n_docs})")
        text_when(browser, "Missing (0)")
        browser.screenshot(ARTIFACTS / "asset-partitions.png")
