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
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

from pipelines.errors import DocumentError


class BudgetExceeded(DocumentError):
    """One document's extraction went past its time or memory budget."""


# An exception raised by the alarm while a finalizer or a weakref callback runs (the collector
# calls them at any allocation) is dropped by Python, and the extraction went on: the alarm
# fires again this often until the block ends, a block that ends after it fired raises all the
# same, and the dropped ones print nothing.
RETRY_SECONDS = 0.05


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
    expired = False

    def over_time() -> BudgetExceeded:
        return BudgetExceeded(
            f"{name}: extraction stopped after {time.perf_counter() - started:.1f} s, over the "
            f"budget of {seconds:g} s per document (JRIS_DOCUMENT_SECONDS)"
        )

    def expire(signum: int, frame: object) -> None:
        nonlocal expired
        expired = True
        raise over_time()

    hook = sys.unraisablehook

    def unraisable(report: Any) -> None:  # one dropped is tried again: say nothing of it
        if not isinstance(report.exc_value, BudgetExceeded):
            hook(report)

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = _address_space_bytes() + megabytes * 1024 * 1024
    bounded = megabytes > 0 and (soft == resource.RLIM_INFINITY or limit < soft)
    previous = signal.signal(signal.SIGALRM, expire) if timed else None
    if timed:
        sys.unraisablehook = unraisable
    try:
        if bounded:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        if timed:  # and again every RETRY_SECONDS until the block ends
            signal.setitimer(signal.ITIMER_REAL, seconds, RETRY_SECONDS)
        try:
            yield
        except MemoryError:
            raise BudgetExceeded(
                f"{name}: extraction stopped after {time.perf_counter() - started:.1f} s, over the "
                f"budget of {megabytes} MB of memory per document (JRIS_DOCUMENT_MEMORY_MB)"
            ) from None
        if expired:  # every raise landed where Python ignores exceptions
            raise over_time()
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            sys.unraisablehook = hook
        if bounded:
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
