"""The Dagster code location loads and holds what the README says."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import dagster as dg

REPO = Path(__file__).resolve().parents[2]


def describe_definitions() -> dict[str, Any]:
    """What the README's Dagster section lists, read off the loaded definitions."""
    from pipelines.orchestration.definitions import defs

    graph = defs.resolve_asset_graph()
    keys = sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string())
    return {
        "assets": {k.to_user_string(): graph.get(k).group_name for k in keys},
        "partitioned_assets": {
            k.to_user_string(): graph.get(k).partitions_def.name  # type: ignore[union-attr]
            for k in keys
            if graph.get(k).partitions_def is not None
        },
        "checks": sorted(
            f"{k.asset_key.to_user_string()}:{k.name}" for k in graph.asset_check_keys
        ),
        "jobs": {
            j.name: sorted(
                k.to_user_string()
                for k in defs.resolve_job_def(j.name).asset_layer.executable_asset_keys
            )
            for j in sorted(defs.jobs or [], key=lambda j: j.name)
        },
        "schedules": {
            s.name: [s.cron_schedule, s.job_name, s.default_status.value]
            for s in defs.schedules or []
            if isinstance(s, dg.ScheduleDefinition)
        },
        "sensors": {
            s.name: [s.job_name, s.default_status.value, s.minimum_interval_seconds]
            for s in defs.sensors or []
        },
    }


def test_definitions_snapshot() -> None:
    """The graph as tests/snapshots/definitions.json records it: a change to it shows in review."""
    got = describe_definitions()
    expected = json.loads((REPO / "tests" / "snapshots" / "definitions.json").read_text())
    assert got == expected
    assert set(got["assets"].values()) == {
        "raw", "extracted", "reference", "curated", "warehouse", "release"
    }  # fmt: skip
    from schemas import CONTRACTS

    # each table's asset sits in the group its layer (its warehouse schema) names
    assert {t: got["assets"][t] for t in CONTRACTS} == {t: c.layer for t, c in CONTRACTS.items()}
    assert (
        "warehouse:quotes_match_source" in got["checks"]
        and "technopolis_sites:pandera_contract" in got["checks"]
    )


def test_dagster_definitions_validate_passes_from_the_root(dagster_home: Path) -> None:
    dagster = Path(sys.executable).parent / "dagster"
    result = subprocess.run(
        [str(dagster), "definitions", "validate"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "DAGSTER_HOME": str(dagster_home)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation successful" in result.stdout + result.stderr
