"""The runner decides once: one comparison of raw/ with the per-document store per command,
handed down to the run's assets and brought up to date by the extraction, so the unchanged-data
answer after the run comes from the same plan, without planning again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipelines.extracted.store import plan as plan_module
from pipelines.orchestration import runner
from pipelines.orchestration.assets import extracted as extracted_assets
from pipelines.plumbing.settings import Paths
from tests.integration.hostile import copy_published


def test_a_release_plans_once_and_the_next_one_answers_unchanged(
    published: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = plan_module.plan_refresh

    def counted(paths: Paths) -> Any:
        calls.append(str(paths.warehouse_dir))
        return real(paths)

    for module in (plan_module, runner, extracted_assets):
        if hasattr(module, "plan_refresh"):
            monkeypatch.setattr(module, "plan_refresh", counted)
    paths = Paths(*copy_published(*published, tmp_path))  # the corpus, released as 1.0.0
    first_doc, second_doc = sorted(paths.raw_dir.glob("*.txt"))[:2]

    def edit(doc: Path) -> None:
        doc.write_text(doc.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")

    edit(first_doc)
    first = runner.run_assets(paths)
    assert first.result is not None and first.result.success
    assert len(calls) == 1
    assert first.extracted == [first_doc.stem]
    assert sorted(first.plan.entries) == sorted(p.stem for p in paths.raw_dir.glob("*.txt"))

    calls.clear()
    again = runner.run_assets(paths)
    assert again.result is None, "the same inputs must be answered as unchanged, without a run"
    assert len(calls) == 1

    edit(second_doc)
    calls.clear()
    changed = runner.run_assets(paths)
    assert changed.result is not None and changed.extracted == [second_doc.stem]
    assert len(calls) == 1
