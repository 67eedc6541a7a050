"""Arbitrary registry and curation files through the whole `jris release` (a few examples: each
is a run): one line or a release, never a traceback, a hang or a published wrong value."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from tests.integration.hostile import assert_one_line_error, copy_published, release, sql
from tests.unit.raw.test_yaml_inputs import YAML_TEXT

RUNS = settings(
    max_examples=2,
    deadline=None,
    derandomize=True,  # the same two runs each time; tests/unit/raw/test_yaml_inputs tries more
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _outcome_is_sound(raw: Path, wh: Path) -> None:
    proc = release(raw, wh)
    if proc.returncode != 0:
        assert_one_line_error(proc)
        assert sorted(p.name for p in (wh / "releases").iterdir()) == ["1.0.0", "latest"]
        return
    assert "Traceback" not in proc.stderr
    rows = json.loads(
        sql(wh, "SELECT surface FROM entity_mentions", "--format", "json").stdout or "[]"
    )
    assert all(r["surface"].strip() for r in rows)  # no empty or one-letter mention of a string


@given(text=YAML_TEXT)
@RUNS
def test_any_curation_file_gives_a_release_or_one_line(published, tmp_path_factory, text) -> None:
    raw, wh = copy_published(*published, tmp_path_factory.mktemp("c"))
    (raw / "curation" / "entities.yaml").write_text(text, encoding="utf-8", errors="replace")
    _outcome_is_sound(raw, wh)


@given(text=YAML_TEXT)
@RUNS
def test_any_registry_gives_a_release_or_one_line(published, tmp_path_factory, text) -> None:
    raw, wh = copy_published(*published, tmp_path_factory.mktemp("r"))
    (raw / "registry.yaml").write_text(text, encoding="utf-8", errors="replace")
    _outcome_is_sound(raw, wh)
