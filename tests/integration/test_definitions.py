"""The Dagster code location loads and holds what the README says."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_definitions_snapshot() -> None:
    from pipelines.definitions import defs

    graph = defs.resolve_asset_graph()
    groups = {k.to_user_string(): graph.get(k).group_name for k in graph.get_all_asset_keys()}
    assert groups == {
        "source_corpus": "raw",
        "documents": "raw",
        "document_texts": "raw",
        "document_blocks": "extracted",
        "extracted_tables": "extracted",
        "extracted_table_cells": "extracted",
        "facts": "extracted",
        "prefectures": "curated",
        "warehouse": "warehouse",
        "release": "release",
    }
    checks = sorted(f"{k.asset_key.to_user_string()}:{k.name}" for k in graph.asset_check_keys)
    assert checks == [
        "document_blocks:pandera_contract",
        "document_texts:pandera_contract",
        "documents:pandera_contract",
        "extracted_table_cells:pandera_contract",
        "extracted_tables:pandera_contract",
        "facts:pandera_contract",
        "prefectures:pandera_contract",
        "warehouse:quotes_match_source",
    ]
    assert sorted(j.name for j in defs.jobs or []) == ["publish_release", "refresh"]


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
