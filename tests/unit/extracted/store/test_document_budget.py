"""The time budget stops a document even when its alarm lands where Python drops exceptions
(a finalizer, a weakref callback the collector runs), and says so in one line, not a report
of the dropped one."""

from __future__ import annotations

import time

import pytest

from pipelines.extracted.store.budget import BudgetExceeded, document_budget
from tests.fresh_python import fresh_python


class SlowToDie:
    """An object whose finalizer works for a while: an alarm in it is dropped by Python."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __del__(self) -> None:
        end = time.monotonic() + self.seconds
        while time.monotonic() < end:
            pass


def test_a_block_whose_alarms_were_all_dropped_still_raises(monkeypatch) -> None:
    monkeypatch.setenv("JRIS_DOCUMENT_SECONDS", "0.1")
    stopped = r"slow\.txt: extraction stopped after .* 0\.1 s"
    with pytest.raises(BudgetExceeded, match=stopped), document_budget("slow.txt"):
        SlowToDie(0.5)  # dies at once: every alarm lands in its finalizer


def test_the_alarm_comes_again_after_a_dropped_one(monkeypatch) -> None:
    monkeypatch.setenv("JRIS_DOCUMENT_SECONDS", "0.1")
    finished = False
    with pytest.raises(BudgetExceeded), document_budget("slow.txt"):
        SlowToDie(0.2)
        end = time.monotonic() + 30
        while time.monotonic() < end:  # the work goes on after the finalizer
            pass
        finished = True
    assert not finished


def test_a_block_within_its_budget_ends_as_it_would() -> None:
    with document_budget("quick.txt"):
        value = sum(range(1000))
    assert value == 499500


def test_a_dropped_alarm_prints_nothing_and_the_budget_one_line() -> None:
    code = """
        import os, sys, time
        os.environ["JRIS_DOCUMENT_SECONDS"] = "0.1"
        from pipelines.extracted.store.budget import BudgetExceeded, document_budget
        from tests.unit.extracted.store.test_document_budget import SlowToDie
        try:
            with document_budget("slow.txt"):
                SlowToDie(0.3)
        except BudgetExceeded as exc:
            print(exc)
    """
    done = fresh_python(code)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.startswith("slow.txt: extraction stopped after")


def _die() -> None:
    import os
    import signal

    os.kill(os.getpid(), signal.SIGABRT)  # as a "Fatal Python error" ends a process


def _refuse() -> None:
    from pipelines.plumbing.errors import DocumentError

    raise DocumentError("bad.pdf: not a readable PDF (no trailer)")


def _hang() -> None:
    time.sleep(60)


def test_a_reader_that_dies_in_its_child_is_one_line_naming_the_file() -> None:
    from pipelines.extracted.store.budget import in_child

    with pytest.raises(BudgetExceeded, match=r"dead\.pdf: its reader process ended \(killed by"):
        in_child("dead.pdf", _die)


def test_a_reader_error_in_the_child_comes_back_as_it_was_said() -> None:
    from pipelines.extracted.store.budget import in_child
    from pipelines.plumbing.errors import DocumentError

    with pytest.raises(DocumentError, match=r"^bad\.pdf: not a readable PDF \(no trailer\)$"):
        in_child("bad.pdf", _refuse)


def test_a_reader_over_its_time_in_the_child_is_ended(monkeypatch) -> None:
    from pipelines.extracted.store.budget import in_child

    monkeypatch.setenv("JRIS_DOCUMENT_SECONDS", "0.5")
    with pytest.raises(BudgetExceeded, match=r"slow\.pdf: reading stopped after .* 0\.5 s"):
        in_child("slow.pdf", _hang)


def test_a_reader_over_its_memory_in_the_child_is_ended(monkeypatch) -> None:
    from pipelines.extracted.store.budget import in_child

    monkeypatch.setenv("JRIS_DOCUMENT_MEMORY_MB", "50")
    with pytest.raises(BudgetExceeded, match=r"big\.pdf: .*budget of 50 MB of memory"):
        in_child("big.pdf", lambda: bytearray(500 * 1024 * 1024))


def _start_slow_tesseract(pid_file: str) -> None:
    """A reader that starts a Tesseract of its own (a fake one, slow) and waits on it, as
    OCRmyPDF waits on the real one."""
    import subprocess
    import sys

    fake = f"import os, time; open({pid_file!r}, 'w').write(str(os.getpid())); time.sleep(60)"
    subprocess.run([sys.executable, "-c", fake], check=False)


def _running(pid: int) -> bool:
    """Whether the process runs (a zombie waiting for its reaper does not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_tesseract_the_reader_started_ends_with_its_child(monkeypatch, tmp_path) -> None:
    from pipelines.extracted.store.budget import in_child

    pid_file = tmp_path / "tesseract.pid"
    monkeypatch.setenv("JRIS_DOCUMENT_SECONDS", "3")
    with pytest.raises(BudgetExceeded, match=r"scan\.pdf: reading stopped after"):
        in_child("scan.pdf", lambda: _start_slow_tesseract(str(pid_file)))
    pid = int(pid_file.read_text())
    try:
        for _ in range(100):  # the kill is sent; the process may take a moment to go
            if not _running(pid):
                break
            time.sleep(0.05)
        assert not _running(pid)
    finally:
        if _running(pid):  # the old code left it running: end it by its pid
            import os
            import signal

            os.kill(pid, signal.SIGKILL)
