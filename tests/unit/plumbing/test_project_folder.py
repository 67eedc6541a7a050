"""The default raw/ and warehouse/ are those of the project folder holding the current directory,
found as git finds its repository; JRIS_* variables and flags still win; outside any project
folder with nothing given, one line says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.plumbing.settings import NoProjectFolder, project_root, resolve_paths

JRIS = Path(sys.executable).parent / "jris"


def _project(folder: Path) -> Path:
    (folder / "raw").mkdir(parents=True)
    (folder / "raw" / "registry.yaml").write_text("documents: {}\n")
    return folder


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JRIS_RAW_DIR", raising=False)
    monkeypatch.delenv("JRIS_WAREHOUSE_DIR", raising=False)


def test_the_nearest_project_folder_up_from_the_current_directory(tmp_path: Path) -> None:
    outer = _project(tmp_path / "outer")
    inner = _project(outer / "work" / "inner")
    (inner / "notes" / "deep").mkdir(parents=True)
    assert project_root(inner / "notes" / "deep") == inner.resolve()
    assert project_root(outer / "work") == outer.resolve()
    assert project_root(inner / "raw") == inner.resolve()  # raw/ itself is inside the project
    assert project_root(tmp_path) is None


def test_a_pyproject_naming_jris_marks_a_checkout_without_raw(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "jris"\n')
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "pyproject.toml").write_text('[project]\nname = "other"\n')
    assert project_root(tmp_path / "other") == tmp_path.resolve()


def test_defaults_follow_the_current_directory_not_the_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_env: None
) -> None:
    project = _project(tmp_path / "copy")
    monkeypatch.chdir(project / "raw")
    paths = resolve_paths()
    assert paths.raw_dir == (project / "raw").resolve()
    assert paths.warehouse_dir == (project / "warehouse").resolve()


def test_environment_and_flags_still_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_env: None
) -> None:
    monkeypatch.chdir(_project(tmp_path / "p"))
    monkeypatch.setenv("JRIS_WAREHOUSE_DIR", str(tmp_path / "elsewhere"))
    assert resolve_paths().warehouse_dir == (tmp_path / "elsewhere").resolve()
    assert (
        resolve_paths(warehouse_dir=tmp_path / "flag").warehouse_dir
        == (tmp_path / "flag").resolve()
    )
    monkeypatch.chdir(tmp_path)  # outside: both given, nothing to find
    given = resolve_paths(tmp_path / "r", tmp_path / "w")
    assert given.raw_dir == (tmp_path / "r").resolve()


def test_outside_any_project_folder_resolution_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_env: None
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NoProjectFolder, match="not inside a JRIS project folder"):
        resolve_paths()
    with pytest.raises(NoProjectFolder):
        resolve_paths(warehouse_dir=tmp_path / "w")  # raw/ still unknown
    assert (
        resolve_paths(warehouse_dir=tmp_path / "w", need_raw=False).warehouse_dir
        == (tmp_path / "w").resolve()
    )


@pytest.mark.parametrize("command", [["release"], ["status"], ["sql", "SELECT 1"], ["releases"]])
def test_a_command_outside_any_project_folder_says_so_in_one_line(
    tmp_path: Path, command: list[str]
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JRIS_")}
    proc = subprocess.run(
        [str(JRIS), *command], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "is not inside a JRIS project folder" in lines[0], proc.stderr
    assert not (tmp_path / "warehouse").exists()
