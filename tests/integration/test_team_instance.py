"""The team instance of deploy/dagster.yaml really runs: storage on PostgreSQL (Debian's server
on 127.0.0.1, started and stopped by its pid), the QueuedRunCoordinator and its
jris/writes-warehouse limit, the daemon, and a backfill of 8 documents' partitions launched
through the webserver that becomes four runs of 2 (JRIS_PARTITIONS_PER_RUN) running side by
side, while two writing runs launched together run one after the other."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
import psycopg2
import pytest

from benchmarks.synthetic import make_corpus
from tests.dagster_services import (
    BACKFILL_TAG,
    Interval,
    TeamServices,
    launch_refresh,
    team_services,
    wait_for_runs,
)
from tests.postgres_server import Postgres, postgres

# four runs are what shows the spread; more documents per run only add extraction time
DOCS, PER_RUN = 8, 2


@dataclass
class TeamRun:
    pg: Postgres
    services: TeamServices
    instance: Any
    raw: Path
    warehouse: Path
    backfill_id: str
    backfill: list[Interval]
    writers: list[Interval]


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TeamRun]:
    root = tmp_path_factory.mktemp("team")
    raw = make_corpus(root, DOCS, mean_chars=3_000)
    warehouse = root / "warehouse"
    with postgres() as pg:
        env = {
            **pg.env(),
            "JRIS_RAW_DIR": str(raw),
            "JRIS_WAREHOUSE_DIR": str(warehouse),
            "JRIS_PARTITIONS_PER_RUN": str(PER_RUN),
            "JRIS_MAX_CONCURRENT_RUNS": "8",
            "JRIS_WORKERS": "1",  # each run extracts in its own process: the runs are the spread
        }
        home = root / "dagster_home"
        with (
            # the queue looked at every second: the runs wait on it five times over
            team_services(home, env, root / "services", dequeue_seconds=1) as services,
            services.instance() as instance,
        ):
            keys = sorted(p.stem for p in raw.glob("*.txt"))
            assert len(keys) == DOCS
            backfill_id = services.backfill_documents(instance, keys)
            backfill = wait_for_runs(instance, {BACKFILL_TAG: backfill_id}, DOCS // PER_RUN)
            # a refresh loading the documents, and a small writing run launched with it
            writers = [
                launch_refresh(services.url, (keys[0], keys[-1])),
                launch_refresh(services.url, None, ["prefectures"]),
            ]
            writer_runs = wait_for_runs(instance, {"jris/writes-warehouse": "true"}, 2)
            assert sorted(r.run_id for r in writer_runs) == sorted(writers)
            deadline = time.monotonic() + 120  # the backfill daemon looks every 30 s
            while time.monotonic() < deadline:
                status = instance.get_backfill(backfill_id).status
                if status.value != "REQUESTED":
                    break
                time.sleep(2)
            yield TeamRun(pg, services, instance, raw, warehouse, backfill_id, backfill,
                          writer_runs)  # fmt: skip


def test_a_backfill_of_documents_runs_as_four_runs_side_by_side(team: TeamRun) -> None:
    runs = team.backfill
    assert [r.status for r in runs] == ["SUCCESS"] * 4
    order = sorted(p.stem for p in team.raw.glob("*.txt"))
    assert sorted(r.partitions(order) for r in runs) == [PER_RUN] * 4
    assert not any(r.tags.get("jris/writes-warehouse") for r in runs)
    overlapping = sum(1 for a in runs for b in runs if a is not b and a.overlaps(b)) // 2
    assert overlapping >= 2, [(r.start, r.end) for r in runs]  # not one after the other
    extracted = team.instance.get_materialized_partitions(dg.AssetKey("document_extractions"))
    assert len(extracted) == DOCS
    stored = [p for p in (team.warehouse / "documents").iterdir() if (p / "stamp.json").is_file()]
    assert len(stored) == DOCS
    backfill = team.instance.get_backfill(team.backfill_id)
    assert backfill is not None and backfill.status.value == "COMPLETED_SUCCESS"


def test_the_writing_runs_wait_for_each_other(team: TeamRun) -> None:
    first, second = sorted(team.writers, key=lambda r: r.start)
    assert (first.status, second.status) == ("SUCCESS", "SUCCESS")
    assert {first.tags["jris/writes-warehouse"], second.tags["jris/writes-warehouse"]} == {"true"}
    assert first.end <= second.start, (first, second)  # queued: one at a time, never refused
    with duckdb.connect(str(team.warehouse / "jris.duckdb"), read_only=True) as con:
        row = con.execute("SELECT count(*) FROM raw.documents").fetchone()
    assert row == (DOCS,)


def test_runs_and_events_are_stored_in_postgresql(team: TeamRun) -> None:
    pg = team.pg
    with psycopg2.connect(host=pg.host, port=pg.port, user=pg.user, password=pg.password,
                          dbname=pg.db_name) as con, con.cursor() as cur:  # fmt: skip
        cur.execute("SELECT count(*) FROM runs")
        (runs,) = cur.fetchone()
        cur.execute("SELECT count(*) FROM event_logs WHERE dagster_event_type = "
                    "'ASSET_MATERIALIZATION'")  # fmt: skip
        (materializations,) = cur.fetchone()
        cur.execute("SELECT count(*) FROM dynamic_partitions")
        (partitions,) = cur.fetchone()
    assert runs == 6
    assert partitions == DOCS
    assert materializations >= 2 * DOCS  # both partitioned assets, every document
    assert not (team.services.home / "history").exists()  # nothing fell back to SQLite


def test_the_daemon_and_the_webserver_ran_on_the_team_instance(team: TeamRun) -> None:
    data: dict[str, Any] = team.services.graphql(
        """{ instance { runQueuingSupported daemonHealth { allDaemonStatuses {
             daemonType healthy } } } }"""
    )["instance"]
    assert data["runQueuingSupported"] is True
    healthy = {d["daemonType"]: d["healthy"] for d in data["daemonHealth"]["allDaemonStatuses"]}
    assert healthy["QUEUED_RUN_COORDINATOR"] and healthy["BACKFILL"], healthy
