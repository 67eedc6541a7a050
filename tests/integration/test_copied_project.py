"""A copied project folder (`cp -r jris jris-copy`, its .venv with it) writes only its own
warehouse: the default folders come from the current directory, not from the code's location,
which for a copied .venv is still the original's."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.conftest import REPO
from tests.integration.hostile import GUARD_SECONDS

_SOURCE = ("pyproject.toml", "uv.lock", "Makefile", "dagster.yaml")
_TREES = ("raw", "pipelines", "schemas")


def _copy(dest: Path) -> Path:
    """What `cp -r` of the project gives, without copying a gigabyte: the sources and raw/
    copied, .venv a link to the original's (a copied .venv's scripts run the original's Python
    and editable install too, by the absolute paths they hold)."""
    dest.mkdir()
    for name in _SOURCE:
        shutil.copy2(REPO / name, dest / name)
    for tree in _TREES:
        shutil.copytree(REPO / tree, dest / tree, ignore=shutil.ignore_patterns("__pycache__"))
    (dest / ".venv").symlink_to(REPO / ".venv")
    return dest


def _snapshot(folder: Path) -> dict[str, tuple[int, int]] | None:
    """Every entry under folder with its size and mtime; None when there is no folder."""
    if not folder.exists():
        return None
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in [folder, *folder.rglob("*")]
    }


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("JRIS_")}


def test_a_release_in_a_copied_folder_writes_only_the_copy(tmp_path: Path) -> None:
    copy = _copy(tmp_path / "jris-copy")
    before = _snapshot(REPO / "warehouse")
    done = subprocess.run(
        [str(copy / ".venv" / "bin" / "jris"), "release", "--quiet"],
        cwd=copy / "raw",  # anywhere inside the project folder, as git
        env=_env(),
        capture_output=True,
        text=True,
        timeout=GUARD_SECONDS,
    )
    assert done.returncode == 0, done.stderr
    assert (copy / "warehouse" / "releases" / "1.0.0" / "manifest.json").is_file()
    assert _snapshot(REPO / "warehouse") == before
    assert f"running the code of {REPO}" in done.stderr  # and how to run the copy's own


def test_make_keeps_the_venv_made_here() -> None:
    # dry runs: what make would do, nothing done
    here = subprocess.run(
        ["make", "-n", "install"], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert "rm -rf .venv" not in here.stdout, here.stdout


def test_make_in_a_copied_folder_makes_its_venv_again(tmp_path: Path) -> None:
    original, copy = tmp_path / "jris", tmp_path / "jris-copy"
    copy.mkdir()
    for name in _SOURCE:
        shutil.copy2(REPO / name, copy / name)
    venv = copy / ".venv"  # as the original's make left it, copied
    venv.mkdir()
    (venv / ".home").write_text(f"{original}\n")
    (venv / ".installed-runtime").touch()
    plan = subprocess.run(
        ["make", "-n", "release"], cwd=copy, capture_output=True, text=True, timeout=60
    )
    assert plan.returncode == 0, plan.stderr
    assert "rm -rf .venv" in plan.stdout and "uv sync --frozen --no-dev" in plan.stdout, plan.stdout
