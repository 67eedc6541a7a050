"""Helpers for the attacker's and careless user's tests: a published copy of the corpus, the
`jris` command run on it as a user runs it, and what a one-line error must look like."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
JRIS = str(Path(sys.executable).parent / "jris")
# A guard so a hang fails the test instead of the suite; no test asserts a duration.
GUARD_SECONDS = 300


def jris(
    *args: str | Path,
    env: dict[str, str] | None = None,
    preexec: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [JRIS, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=GUARD_SECONDS,
        env={**os.environ, **(env or {})},
        preexec_fn=preexec,
        stdin=subprocess.DEVNULL,
    )


def release(raw: Path, wh: Path, *more: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return jris("release", "--raw-dir", raw, "--warehouse-dir", wh, *more, **kw)  # type: ignore[arg-type]


def sql(wh: Path, query: str, *more: str) -> subprocess.CompletedProcess[str]:
    return jris("sql", "--warehouse-dir", wh, *more, query)


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    """Exit non-zero, no traceback, at most three lines on stderr, naming the problem."""
    assert proc.returncode != 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert 1 <= len(lines) <= 3, proc.stderr
    for needle in needles:
        assert needle in proc.stderr, proc.stderr


def copy_published(src_raw: Path, src_wh: Path, dest: Path) -> tuple[Path, Path]:
    """A private copy of a raw folder and its warehouse (with its releases) to damage."""
    raw, wh = dest / "raw", dest / "wh"
    shutil.copytree(src_raw, raw, symlinks=True)
    shutil.copytree(src_wh, wh, symlinks=True)
    return raw, wh
