"""Fixtures of the attacker's and careless user's tests: the bundled corpus published once by
`jris release` for the whole session (no test changes it), and a private copy of it (raw folder
and warehouse) per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import RAW
from tests.integration.hostile import copy_published, release


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    raw, wh = copy_published(RAW, tmp_path_factory.mktemp("empty"), tmp_path_factory.mktemp("p"))
    done = release(raw, wh)
    assert done.returncode == 0, done.stderr
    return raw, wh


@pytest.fixture
def copy(published: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    return copy_published(*published, tmp_path)
