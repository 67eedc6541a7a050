"""What the Dagster UI shows of an asset: for every table its contract's column schema (on the
definition) and the row count and a Markdown preview of each run; for the release its version,
path and quality report."""

from __future__ import annotations

import json
from typing import Any

from pipelines.orchestration.definitions import ALL_ASSETS
from schemas import CONTRACTS


def _definition_metadata() -> dict[str, dict[str, Any]]:
    return {
        key.to_user_string(): {k: getattr(v, "value", v) for k, v in spec.metadata.items()}
        for assets in ALL_ASSETS
        for key, spec in assets.specs_by_key.items()
    }


def test_every_table_shows_rows_schema_and_preview(release_run) -> None:
    paths, outcome = release_run
    meta = outcome.materializations
    defined = _definition_metadata()
    manifest = json.loads((paths.releases_dir / "latest" / "manifest.json").read_text())
    for name, contract in CONTRACTS.items():
        schema = defined[name]["dagster/column_schema"]
        assert [c.name for c in schema.columns] == contract.column_names, name
        assert all(c.description for c in schema.columns), name
        assert defined[name]["description"] == contract.description, name
        m = meta[name]
        assert "dagster/column_schema" not in m, name  # not repeated in every run's events
        assert m["dagster/row_count"] == manifest["tables"][name]["rows"], name
        lines = m["preview"].splitlines()
        assert lines[0] == "| " + " | ".join(contract.column_names) + " |", name
        assert 2 + min(5, m["dagster/row_count"]) == len(lines), name
        assert all(line.count(" | ") == len(contract.column_names) - 1 for line in lines[2:]), name


def test_the_release_shows_version_path_and_quality_report(release_run) -> None:
    _, outcome = release_run
    m = outcome.materializations["release"]
    assert m["version"] == outcome.release.version
    release_dir = outcome.built_in / "releases" / outcome.release.version  # where the run wrote
    assert m["release_path"] == str(release_dir)
    assert "quality" in str(m["quality_report"]) and release_dir.name in str(m["quality_report"])
