"""A malformed curated entities file stops a run before any document is extracted: every
document's key holds the curation, so an edit re-extracts them all, and a typo in the file
should cost its one line at once, not after the whole corpus has been read."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from pipelines.curated.entities import CurationError
from pipelines.orchestration import runner
from pipelines.plumbing.settings import Paths

REPO_RAW = Path(__file__).resolve().parents[3] / "raw"


def test_a_malformed_entity_stops_the_run_before_extraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = tmp_path / "raw"
    (raw / "curation").mkdir(parents=True)
    shutil.copytree(REPO_RAW / "reference", raw / "reference")
    (raw / "note.md").write_text("# A note\n\nThe park had 30 tenant firms in 2015.\n")
    (raw / "curation" / "entities.yaml").write_text(
        "entities:\n  - id: park\n    name: A Park\n    type: park\n    aliases: Park\n"
    )

    def started(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the run started extracting")

    monkeypatch.setattr(runner, "_execute", started)
    with pytest.raises(CurationError, match="field 'aliases' must be a list"):
        runner.run_assets(Paths(raw, tmp_path / "wh"))
