"""The paths JRIS derives from its own location point at the project, wherever a module sits:
the stamps' code hash covers the extractor's code, and the default folders are the project's."""

from __future__ import annotations

from pathlib import Path

from pipelines.extracted.store import store
from pipelines.plumbing import settings

REPO = Path(__file__).resolve().parents[3]


def test_the_extractor_hash_covers_the_code_that_makes_rows() -> None:
    hashed = {f.relative_to(REPO).as_posix() for f in store.code_files()}
    for module in ("pipelines/extracted/facts.py", "pipelines/extracted/english/measures.py",
                   "pipelines/raw/decoding.py", "pipelines/curated/build.py",
                   "pipelines/orchestration/per_document.py", "schemas/extracted.py",
                   "pipelines/extracted/rules/units.yaml"):  # fmt: skip
        assert module in hashed


def test_the_repository_root_is_the_project_folder() -> None:
    assert settings.REPO_ROOT == REPO
    assert (settings.REPO_ROOT / "raw" / "registry.yaml").is_file()
