"""The Dagster UI end to end: `dagster dev` on 127.0.0.1 and a free port, its GraphQL API, a
refresh launched through it, and the asset graph page in headless Chromium.

The server is started in a session of its own and stopped by its own process id.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass
class Server:
    url: str
    pid: int
    warehouse: Path
    raw: Path

    def graphql(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        req = urllib.request.Request(
            f"{self.url}/graphql", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=60) as resp:
            payload: dict[str, Any] = json.loads(resp.read())
        assert "errors" not in payload, payload["errors"]
        data: dict[str, Any] = payload["data"]
        return data


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's own process group (its pid), SIGKILL if it lingers."""
    for sig, wait in ((signal.SIGTERM, 30), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("dagster_ui")
    home, raw, warehouse = root / "home", root / "raw", root / "warehouse"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    shutil.copytree(REPO / "raw", raw)
    port = free_port()
    env = {
        **os.environ,
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
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(f"{url}/server_info", timeout=5):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(
                        "dagster dev did not start:\n" + (root / "dagster-dev.log").read_text()
                    ) from None
                time.sleep(1)
        yield Server(url, proc.pid, warehouse, raw)
    finally:
        stop(proc)
        log.close()
    assert proc.poll() is not None, "the server is still running"


REPOSITORY = """{ workspaceOrError { ... on Workspace { locationEntries {
  locationOrLoadError { __typename ... on RepositoryLocation { name repositories { name } }
                        ... on PythonError { message } } } } } }"""


def repository(server: Server) -> dict[str, str]:
    entries = server.graphql(REPOSITORY)["workspaceOrError"]["locationEntries"]
    (entry,) = entries
    location = entry["locationOrLoadError"]
    assert location["__typename"] == "RepositoryLocation", location
    return {
        "repositoryLocationName": location["name"],
        "repositoryName": location["repositories"][0]["name"],
    }


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


def test_refresh_job_launched_through_graphql_succeeds(server: Server) -> None:
    selector = repository(server)
    docs = sorted(p.stem for p in server.raw.glob("*.txt"))
    for doc in docs:
        added = server.graphql(
            """mutation ($selector: RepositorySelector!, $key: String!) {
                 addDynamicPartition(repositorySelector: $selector,
                                     partitionsDefName: "documents", partitionKey: $key) {
                   __typename } }""",
            {"selector": selector, "key": doc},
        )
        assert added["addDynamicPartition"]["__typename"] == "AddDynamicPartitionSuccess"
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


def test_asset_graph_page_renders_in_headless_chromium(server: Server, tmp_path: Path) -> None:
    assert CHROMIUM, "chromium is not installed: apt-get install chromium (see README, Testing)"
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "asset-graph.png"
    shot.unlink(missing_ok=True)
    flags = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1600,1000",
        "--virtual-time-budget=25000",
    ]  # fmt: skip
    page = f"{server.url}/asset-groups"
    subprocess.run([*flags, f"--screenshot={shot}", page], capture_output=True, timeout=180)
    dom = subprocess.run(
        [*flags, "--dump-dom", page], capture_output=True, text=True, timeout=180
    ).stdout
    (ARTIFACTS / "asset-graph.html").write_text(dom)
    assert "Global asset lineage" in dom
    for group in ("raw", "extracted", "curated", "warehouse", "release"):
        assert f">{group}<" in dom, group
    assert shot.is_file() and shot.stat().st_size > 20_000

    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
