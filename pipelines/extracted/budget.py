"""A time and memory budget for extracting one document, so no input can hang a run.

Extraction is linear in a document's size, but a document nobody has seen can still hold a form
that costs far more than its bytes. Past JRIS_DOCUMENT_SECONDS (default 300) or
JRIS_DOCUMENT_MEMORY_MB more memory than the process held before it (default 4096), the
document's extraction stops and it is quarantined with the figures; the others flow.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import threading
import time
from collections.abc import Iterator

from pipelines.errors import DocumentError


class BudgetExceeded(DocumentError):
    """One document's extraction went past its time or memory budget."""


def seconds_budget() -> float:
    return float(os.environ.get("JRIS_DOCUMENT_SECONDS", "300"))


def memory_budget_mb() -> int:
    return int(float(os.environ.get("JRIS_DOCUMENT_MEMORY_MB", "4096")))


def _address_space_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


@contextlib.contextmanager
def document_budget(name: str) -> Iterator[None]:
    """Run the block under the budget; raises BudgetExceeded naming the file and the figures.
    The time limit needs the main thread (a signal); elsewhere only memory is bounded."""
    seconds, megabytes = seconds_budget(), memory_budget_mb()
    started = time.perf_counter()
    timed = threading.current_thread() is threading.main_thread() and seconds > 0

    def expire(signum: int, frame: object) -> None:
        raise BudgetExceeded(
            f"{name}: extraction stopped after {time.perf_counter() - started:.1f} s, over the "
            f"budget of {seconds:g} s per document (JRIS_DOCUMENT_SECONDS)"
        )

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = _address_space_bytes() + megabytes * 1024 * 1024
    bounded = megabytes > 0 and (soft == resource.RLIM_INFINITY or limit < soft)
    previous = signal.signal(signal.SIGALRM, expire) if timed else None
    try:
        if bounded:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        if timed:
            signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        except MemoryError:
            raise BudgetExceeded(
                f"{name}: extraction stopped after {time.perf_counter() - started:.1f} s, over the "
                f"budget of {megabytes} MB of memory per document (JRIS_DOCUMENT_MEMORY_MB)"
            ) from None
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        if bounded:
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
