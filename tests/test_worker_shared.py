"""The processes of a test session compute a shared result once (tests/worker_shared.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import worker_shared
from tests.fresh_python import fresh_python


def test_the_first_call_computes_and_the_others_read_a_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker_shared, "FOLDER", tmp_path)
    calls: list[int] = []

    def compute() -> dict[str, list[int]]:
        calls.append(1)
        return {"counts": [3, 1, 4]}

    first = worker_shared.once("a made-up table", compute)
    second = worker_shared.once("a made-up table", compute)
    assert calls == [1]
    assert first == second == {"counts": [3, 1, 4]}
    assert first is not second  # a caller changing its copy changes no other's
    other = fresh_python(
        f"""
        from pathlib import Path
        from tests import worker_shared
        worker_shared.FOLDER = Path({str(tmp_path)!r})
        def refuse():
            raise SystemExit("computed again")
        print(worker_shared.once("a made-up table", refuse))
        """
    )
    assert other.returncode == 0, other.stderr
    assert other.stdout.strip() == "{'counts': [3, 1, 4]}"


def test_outside_a_session_each_call_computes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker_shared, "FOLDER", None)
    calls: list[int] = []
    worker_shared.once("another", lambda: calls.append(1))
    worker_shared.once("another", lambda: calls.append(1))
    assert calls == [1, 1]
