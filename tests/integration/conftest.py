"""Fixtures of the attacker's and careless user's tests: the bundled corpus published once for
the whole session (no test changes it), and a private copy of it (raw folder and warehouse) per
test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.hostile import copy_published


@pytest.fixture(scope="session")
def published(released, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A copy of the session's release of the corpus (tests/conftest.py: `released`), made
    when first asked for: one build of the corpus per worker serves both fixtures."""
    paths, outcome = released
    assert outcome.published and outcome.version == "1.0.0"
    return copy_published(paths.raw_dir, paths.warehouse_dir, tmp_path_factory.mktemp("p"))


@pytest.fixture
def copy(published: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    return copy_published(*published, tmp_path)
