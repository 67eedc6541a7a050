"""Dagster's servers as a deployment runs them, for the tests and the benchmarks: each started
in a session of its own on 127.0.0.1 and stopped by its own process id.

`team_services` starts what a team past one laptop runs on the instance of deploy/dagster.yaml:
a code server (`dagster api grpc`), the webserver on that workspace, and, when asked, the
daemon that dequeues runs and drives backfills.
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
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TEAM_INSTANCE = REPO / "deploy" / "dagster.yaml"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def stop(proc: subprocess.Popen[bytes]) -> bool:
    """SIGTERM to the server's own process group (its pid), SIGKILL if it lingers or ignores
    SIGTERM. True when SIGTERM ended it (or it had ended)."""
    try:
        ignores = signal.SIGTERM in ignored_signals(proc.pid)
    except OSError:  # gone already
        return True
    steps = ((signal.SIGKILL, 10),) if ignores else ((signal.SIGTERM, 30), (signal.SIGKILL, 10))
    for sig, wait in steps:
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return True
        try:
            proc.wait(timeout=wait)
            return sig == signal.SIGTERM
        except subprocess.TimeoutExpired:
            continue
    raise AssertionError(f"{proc.args!r} (pid {proc.pid}) outlived SIGKILL")


def ignored_signals(pid: int) -> set[signal.Signals]:
    """The signals a process ignores, from Linux's /proc/<pid>/status."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigIgn:"):
            mask = int(line.split()[1], 16)
            return {s for s in signal.Signals if mask >> (s - 1) & 1}
    return set()


def graphql(url: str, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(
        f"{url}/graphql", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=60) as resp:
        payload: dict[str, Any] = json.loads(resp.read())
    assert "errors" not in payload, payload["errors"]
    data: dict[str, Any] = payload["data"]
    return data


def wait_for(ready: Callable[[], bool], proc: subprocess.Popen[bytes], log: Path, what: str,
             timeout: float = 180) -> None:  # fmt: skip
    deadline = time.monotonic() + timeout
    while not ready():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"{what} did not start:\n{log.read_text()[-4000:]}")
        time.sleep(0.5)


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5):
            return True
    except OSError:
        return False


@contextmanager
def environment(values: dict[str, str]) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@contextmanager
def started(cmd: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            yield proc
        finally:
            on_sigterm = stop(proc)
        assert on_sigterm, f"{cmd[0]} did not end on SIGTERM"


@dataclass
class TeamServices:
    url: str
    home: Path
    env: dict[str, str]
    work: Path
    _stack: ExitStack = field(repr=False)

    def graphql(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        return graphql(self.url, query, variables)

    @contextmanager
    def instance(self) -> Iterator[Any]:
        """The instance the servers run on, opened here: its storage settings are read from
        the servers' environment (the PostgreSQL variables)."""
        import dagster as dg

        with environment({k: v for k, v in self.env.items() if k.startswith("DAGSTER_PG_")}):
            instance = dg.DagsterInstance.from_config(str(self.home))
        try:
            yield instance
        finally:
            instance.dispose()

    def backfill_documents(self, instance: Any, keys: list[str]) -> str:
        """Register the documents' partitions (what the sensor does), launch a backfill of
        them through the webserver, then start the daemon, whose first look submits its runs
        (it looks every 30 s)."""
        instance.add_dynamic_partitions("documents", keys)
        backfill_id = launch_backfill(self.url, keys)
        self.start_daemon()
        return backfill_id

    def start_daemon(self) -> None:
        """`dagster-daemon run`: dequeues queued runs, submits backfills' runs."""
        log = self.work / "daemon.log"
        proc = self._stack.enter_context(
            started([str(BIN / "dagster-daemon"), "run", "-w", str(self.work / "workspace.yaml")],
                    self.env, log)
        )  # fmt: skip
        wait_for(lambda: "Instance is configured with" in log.read_text(), proc, log, "the daemon")


@contextmanager
def team_services(
    home: Path, env: dict[str, str], work: Path, dequeue_seconds: int | None = None
) -> Iterator[TeamServices]:
    """deploy/dagster.yaml as the instance in `home`; the code server and the webserver on
    it, with `env` (the PostgreSQL settings, the JRIS_* folders). `dequeue_seconds`, where
    given, is how often the daemon's run coordinator looks at the queue (Dagster's default, 5 s,
    otherwise): set in the instance's own settings, the same coordinator runs, sooner."""
    home.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(TEAM_INSTANCE, home / "dagster.yaml")
    if dequeue_seconds is not None:
        import yaml

        settings = yaml.safe_load((home / "dagster.yaml").read_text(encoding="utf-8"))
        settings["run_coordinator"]["config"]["dequeue_interval_seconds"] = dequeue_seconds
        (home / "dagster.yaml").write_text(yaml.safe_dump(settings), encoding="utf-8")
    env = {**os.environ, **env, "DAGSTER_HOME": str(home), "GX_ANALYTICS_ENABLED": "false"}
    grpc_port, web_port = free_port(), free_port()
    (work / "workspace.yaml").write_text(
        "load_from:\n  - grpc_server:\n      host: 127.0.0.1\n"
        f"      port: {grpc_port}\n      location_name: jris\n"
    )
    with ExitStack() as stack:
        log = work / "code-server.log"
        code = stack.enter_context(
            started([str(BIN / "dagster"), "api", "grpc", "-m", "pipelines.orchestration.definitions",
                     "-h", "127.0.0.1", "-p", str(grpc_port), "--location-name", "jris"],
                    env, log)
        )  # fmt: skip
        wait_for(lambda: "Started Dagster code server" in log.read_text(), code, log, "code server")
        log = work / "webserver.log"
        web = stack.enter_context(
            started([str(BIN / "dagster-webserver"), "-w", str(work / "workspace.yaml"),
                     "-h", "127.0.0.1", "-p", str(web_port)], env, log)
        )  # fmt: skip
        url = f"http://127.0.0.1:{web_port}"
        wait_for(lambda: answers(f"{url}/server_info"), web, log, "dagster-webserver")
        yield TeamServices(url, home, env, work, stack)


BACKFILL_TAG = "dagster/backfill"
RANGE = ("dagster/asset_partition_range_start", "dagster/asset_partition_range_end")
EXTRACTION = [{"path": ["source_documents"]}, {"path": ["document_extractions"]}]


@dataclass
class Interval:
    """One finished run: when it ran, how it ended, what it carried."""

    run_id: str
    status: str
    start: float
    end: float
    tags: dict[str, str]

    def overlaps(self, other: Interval) -> bool:
        return self.start < other.end and other.start < self.end

    def partitions(self, order: list[str]) -> int:
        first, last = (self.tags.get(k) for k in RANGE)
        return order.index(last) - order.index(first) + 1 if first and last else 0


def repository_selector(url: str) -> dict[str, str]:
    (entry,) = graphql(
        url,
        """{ workspaceOrError { ... on Workspace { locationEntries {
      locationOrLoadError { __typename ... on RepositoryLocation { name repositories { name } }
                            ... on PythonError { message } } } } } }""",
    )["workspaceOrError"]["locationEntries"]
    location = entry["locationOrLoadError"]
    assert location["__typename"] == "RepositoryLocation", location
    return {
        "repositoryLocationName": location["name"],
        "repositoryName": location["repositories"][0]["name"],
    }


def launch_backfill(url: str, partitions: list[str]) -> str:
    """A backfill of the documents' partitions, as the UI's launchpad submits it."""
    launched = graphql(
        url,
        """mutation ($params: LaunchBackfillParams!) { launchPartitionBackfill(backfillParams:
             $params) { __typename ... on LaunchBackfillSuccess { backfillId }
             ... on Error { message } } }""",
        {"params": {"partitionNames": partitions, "assetSelection": EXTRACTION,
                    "fromFailure": False, "title": "documents"}},
    )["launchPartitionBackfill"]  # fmt: skip
    assert launched["__typename"] == "LaunchBackfillSuccess", launched
    backfill_id: str = launched["backfillId"]
    return backfill_id


def launch_refresh(
    url: str, partitions: tuple[str, str] | None, assets: list[str] | None = None
) -> str:
    """A run of the `refresh` job (a writing job: the queue decides when it runs) over a range
    of partitions, or of some of its assets only."""
    selector: dict[str, Any] = {**repository_selector(url), "jobName": "refresh"}
    if assets:
        selector["assetSelection"] = [{"path": [a]} for a in assets]
    tags = [{"key": k, "value": v} for k, v in zip(RANGE, partitions or (), strict=False)]
    launched = graphql(
        url,
        """mutation ($params: ExecutionParams!) { launchRun(executionParams: $params) {
             __typename ... on LaunchRunSuccess { run { runId } } ... on Error { message } } }""",
        {"params": {"selector": selector, "runConfigData": {},
                    "executionMetadata": {"tags": tags}}},
    )["launchRun"]  # fmt: skip
    assert launched["__typename"] == "LaunchRunSuccess", launched
    run_id: str = launched["run"]["runId"]
    return run_id


def wait_for_runs(
    instance: Any, tags: dict[str, str], n: int, timeout: float = 600
) -> list[Interval]:
    """The n runs carrying `tags`, once all have ended."""
    import dagster as dg

    deadline = time.monotonic() + timeout
    while True:
        records = instance.get_run_records(filters=dg.RunsFilter(tags=tags))
        done = [r for r in records if r.dagster_run.is_finished]
        if len(done) >= n:
            return [
                Interval(r.dagster_run.run_id, r.dagster_run.status.value, r.start_time or 0.0,
                         r.end_time or 0.0, dict(r.dagster_run.tags))
                for r in done
            ]  # fmt: skip
        if time.monotonic() > deadline:
            states = [(r.dagster_run.run_id[:8], r.dagster_run.status.value) for r in records]
            raise AssertionError(f"{len(done)} of {n} runs tagged {tags} ended: {states}")
        time.sleep(1)
