"""Shared fixtures: the real raw/ corpus released once per session into a temporary warehouse."""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from tests import worker_shared

os.environ["GX_ANALYTICS_ENABLED"] = "false"

# A shell starts a background job (`make test &`, a CI step in the background) with SIGINT
# ignored, and every server a test starts would inherit that. Dagster's servers give SIGTERM
# SIGINT's handler, so they would ignore SIGTERM too and each stop would wait for SIGKILL.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

REPO = Path(__file__).resolve().parent.parent
RAW = REPO / "raw"


@pytest.fixture(scope="session", autouse=True)
def dagster_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A DAGSTER_HOME of the tests' own, with telemetry off, that keeps each run's events in
    memory: the hundred-odd runs of the suite record nothing they need again, and an event
    store on disk costs each a second. The tests of the instance itself (test_dagster_ui,
    test_unchanged_release) run on the warehouse's own instance, as a user's commands do."""
    home = tmp_path_factory.mktemp("dagster_home")
    (home / "dagster.yaml").write_text(
        "telemetry:\n  enabled: false\n"
        "event_log_storage:\n  module: dagster._core.storage.event_log\n"
        "  class: InMemoryEventLogStorage\n"
    )
    old = os.environ.get("DAGSTER_HOME")
    os.environ["DAGSTER_HOME"] = str(home)
    yield home
    if old is None:
        os.environ.pop("DAGSTER_HOME", None)
    else:
        os.environ["DAGSTER_HOME"] = old


@pytest.fixture(scope="session", autouse=True)
def worker_shared_folder(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The folder all processes of the session share (tests/worker_shared.py): the base
    temporary folder of the session, above each xdist worker's own."""
    base = tmp_path_factory.getbasetemp()
    worker_shared.FOLDER = base if worker_id == "master" else base.parent
    return worker_shared.FOLDER


@dataclass
class SessionRun:
    """What the session's release of raw/ left: its outcome, the metadata each asset recorded
    in the run (as the Dagster UI shows it), and the warehouse it was built in."""

    release: Any
    materializations: dict[str, dict[str, Any]]
    built_in: Path


def _build(warehouse: Path) -> SessionRun:
    from pipelines.orchestration.runner import run_assets
    from pipelines.plumbing.settings import Paths

    outcome = run_assets(Paths(RAW, warehouse))
    assert outcome.result is not None
    materializations = {
        event.asset_key.to_user_string(): {
            k: getattr(v, "value", v)
            for k, v in event.step_materialization_data.materialization.metadata.items()
        }
        for event in outcome.result.get_asset_materialization_events()
    }
    return SessionRun(outcome.release, materializations, warehouse)


@pytest.fixture(scope="session")
def release_run(tmp_path_factory: pytest.TempPathFactory, worker_shared_folder: Path):
    """The real raw/ corpus released once for the whole session into a temporary warehouse:
    the first xdist worker to ask builds it and every worker takes a private copy, so a test
    that changes its warehouse changes no other worker's (a build is 20 s of processor time)."""
    from pipelines.plumbing.settings import Paths

    shared = worker_shared_folder
    run = SessionRun(**worker_shared.once("released", lambda: vars(_build(shared / "released"))))
    own = tmp_path_factory.mktemp("warehouse")
    shutil.copytree(run.built_in, own, symlinks=True, dirs_exist_ok=True)
    run.release = replace(run.release, path=own / run.release.path.relative_to(run.built_in))
    return Paths(RAW, own), run


@pytest.fixture(scope="session")
def released(release_run):
    """The real raw/ corpus, released once: paths and the published release."""
    paths, run = release_run
    return paths, run.release


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A private copy of raw/ that a test may change."""
    target = tmp_path / "raw"
    shutil.copytree(RAW, target)
    return target


# The files that take longest, longest first. With `--dist loadfile` each file runs whole on one
# worker, and xdist hands out files in collection order (Makefile: --no-loadscope-reorder, else
# it sorts them by their number of tests, which put these one- and two-test files last and left
# one worker running them alone for minutes). Longest first keeps both workers busy to the end.
LONGEST_FIRST = (
    "tests/integration/test_hostile_input.py",
    "tests/integration/test_team_instance.py",
    "tests/integration/test_hostile_work.py",
    "tests/integration/test_robustness.py",
    "tests/integration/test_release_end_to_end.py",
    "tests/integration/test_yaml_end_to_end.py",
    "tests/integration/test_remote_hostile.py",
    "tests/test_code_quality.py",
    "tests/integration/test_release_contract.py",
    "tests/integration/test_pdf_bomb.py",
    "tests/integration/test_dagster_ui.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))
