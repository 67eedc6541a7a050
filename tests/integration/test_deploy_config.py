"""The instance configurations in deploy/ load: Dagster validates them against its schemas, and
the cluster's is the team instance (deploy/dagster.yaml) with Kubernetes' run launcher."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest
import yaml
from dagster._config import process_config
from dagster._core.instance.config import dagster_instance_config
from dagster._core.run_coordinator import QueuedRunCoordinator
from dagster_k8s import K8sRunLauncher, k8s_job_executor

from pipelines.orchestration.assets.extracted import backfill_policy
from pipelines.orchestration.definitions import ALL_ASSETS, run_executor
from pipelines.orchestration.resources import build_resources
from pipelines.plumbing.settings import Paths

TEAM = Path(__file__).resolve().parents[2] / "deploy"
DEPLOY = TEAM / "k8s"
ENV = {
    "DAGSTER_PG_HOST": "postgres",
    "DAGSTER_PG_PORT": "5432",
    "DAGSTER_PG_USERNAME": "dagster",
    "DAGSTER_PG_PASSWORD": "secret",
    "DAGSTER_PG_DB": "dagster",
    "JRIS_MAX_CONCURRENT_RUNS": "40",
    "JRIS_IMAGE": "jris:test",
}


@pytest.fixture
def cluster_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for k, v in ENV.items():
        monkeypatch.setenv(k, v)


def test_instance_yaml_validates_with_the_k8s_run_launcher_and_the_queue(
    cluster_env: None,
) -> None:
    config, _ = dagster_instance_config(str(DEPLOY))  # the instance schema, whole file
    assert config["telemetry"] == {"enabled": False}
    launcher = config["run_launcher"]
    assert (launcher["module"], launcher["class"]) == ("dagster_k8s", "K8sRunLauncher")
    result = process_config(K8sRunLauncher.config_type(), launcher["config"])
    assert result.success, result.errors
    assert result.value["job_image"] == "jris:test"  # resolved from the environment
    queue = config["run_coordinator"]
    result = process_config(QueuedRunCoordinator.config_type(), queue["config"])
    assert result.success, result.errors
    limits = {x["key"]: x["limit"] for x in result.value["tag_concurrency_limits"]}
    assert limits == {"jris/writes-warehouse": 1}


def test_the_cluster_instance_is_the_team_instance_with_the_k8s_run_launcher(
    cluster_env: None,
) -> None:
    team, _ = dagster_instance_config(str(TEAM))
    cluster, _ = dagster_instance_config(str(DEPLOY))
    assert "run_launcher" not in team  # the default: a process per run on the server
    assert {k: v for k, v in cluster.items() if k != "run_launcher"} == team
    assert team["storage"]["postgres"]["postgres_db"]["port"] == {"env": "DAGSTER_PG_PORT"}
    result = process_config(QueuedRunCoordinator.config_type(), team["run_coordinator"]["config"])
    assert result.success, result.errors
    assert result.value["max_concurrent_runs"] == 40  # from JRIS_MAX_CONCURRENT_RUNS
    passed_on = cluster["run_launcher"]["config"]["env_vars"]
    assert {k for k in ENV if k.startswith("DAGSTER_PG_")} <= set(passed_on)


def test_instance_yaml_with_a_mistake_is_refused(tmp_path: Path, cluster_env: None) -> None:
    broken = yaml.safe_load((DEPLOY / "dagster.yaml").read_text())
    broken["run_launcher"]["config"]["image_pull_policy"] = 3
    result = process_config(K8sRunLauncher.config_type(), broken["run_launcher"]["config"])
    assert not result.success


def test_refresh_job_on_the_k8s_executor_accepts_the_run_config(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("JRIS_EXECUTOR", "k8s")
    assert run_executor() is k8s_job_executor
    job = dg.define_asset_job(
        "refresh",
        selection=dg.AssetSelection.all() - dg.AssetSelection.groups("release"),
        executor_def=run_executor(),
    )
    defs = dg.Definitions(
        assets=ALL_ASSETS,
        jobs=[job],
        resources=build_resources(Paths(tmp_path / "raw", tmp_path / "warehouse")),
    )
    run_config = yaml.safe_load((DEPLOY / "run_config.yaml").read_text())
    dg.validate_run_config(defs.resolve_job_def("refresh"), run_config)
    run_config["execution"]["config"]["max_concurrent"] = "many"
    with pytest.raises(dg.DagsterInvalidConfigError):
        dg.validate_run_config(defs.resolve_job_def("refresh"), run_config)


def test_partitions_per_run_and_a_shared_warehouse_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert backfill_policy().max_partitions_per_run is None  # one run on one machine
    monkeypatch.setenv("JRIS_PARTITIONS_PER_RUN", "50")
    assert backfill_policy().max_partitions_per_run == 50
    paths = Paths(tmp_path / "raw", tmp_path / "warehouse")
    assert paths.duckdb_database == str(tmp_path / "warehouse" / "jris.duckdb")
    monkeypatch.setenv("JRIS_DUCKDB_DATABASE", "md:jris")
    assert build_resources(paths)["duckdb"].database == "md:jris"  # type: ignore[attr-defined]
