"""A latest release that no longer matches its SHA256SUMS stops a release before any document
is extracted: the next release is built on it (version, changelog, reused quality results), so
the run would only end on the same line after all its work."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from pipelines.orchestration import runner
from pipelines.plumbing.errors import ReleaseError
from pipelines.plumbing.settings import Paths
from pipelines.release.folders import write_checksums

REPO_RAW = Path(__file__).resolve().parents[3] / "raw"


def _tampered_warehouse(tmp_path: Path) -> Paths:
    raw = tmp_path / "raw"
    shutil.copytree(REPO_RAW / "reference", raw / "reference")
    (raw / "note.md").write_text("# A note\n\nThe park had 30 tenant firms in 2015.\n")
    release = tmp_path / "wh" / "releases" / "1.0.0"
    (release / "data").mkdir(parents=True)
    (release / "manifest.json").write_text("{}")
    (release / "data" / "facts.parquet").write_bytes(b"the bytes the sums were made of")
    write_checksums(release)
    (release / "data" / "facts.parquet").write_bytes(b"other bytes")
    (release.parent / "latest").symlink_to("1.0.0")
    return Paths(raw, tmp_path / "wh")


def test_a_tampered_latest_release_stops_the_run_before_extraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def started(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the run started extracting")

    monkeypatch.setattr(runner, "_execute", started)
    with pytest.raises(ReleaseError, match=r"release 1\.0\.0 no longer matches its SHA256SUMS"):
        runner.run_assets(_tampered_warehouse(tmp_path))


def test_a_refresh_that_publishes_nothing_does_not_ask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[bool] = []
    monkeypatch.setattr(runner, "_execute", lambda *a, **k: ran.append(True))
    runner.run_assets(_tampered_warehouse(tmp_path), publish=False)
    assert ran == [True]
