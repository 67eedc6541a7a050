"""A time and memory budget for extracting one document, so no input can hang a run.

Extraction is linear in a document's size, but a document nobody has seen can still hold a form
that costs far more than its bytes. Past JRIS_DOCUMENT_SECONDS (default 300) or
JRIS_DOCUMENT_MEMORY_MB more memory than the process held before it (default 4096), the
document's extraction stops and it is quarantined with the figures; the others flow.

A parser in C can run out of memory where Python cannot recover ("Fatal Python error: Cannot
recover from MemoryErrors"), which no handler sees: reading a PDF runs in a child process of its
own (`in_child`), so such a document ends its child, not the run; the child leads a process
group of its own, so what it started (OCR's Tesseract) ends with it.
"""

from __future__ import annotations

import contextlib
import faulthandler
import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from pipelines.plumbing.errors import DocumentError


class BudgetExceeded(DocumentError):
    """One document's extraction went past its time or memory budget."""


T = TypeVar("T")


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


def _over_memory(name: str) -> BudgetExceeded:
    return BudgetExceeded(
        f"{name}: reading stopped, over the budget of {memory_budget_mb()} MB of memory per "
        "document (JRIS_DOCUMENT_MEMORY_MB)"
    )


def _end_group(child: Any) -> None:
    """End the child and every process it started (OCR's Tesseract): they share its process
    group, so a child ended for its time or memory leaves nothing of its work running."""
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):  # the group is gone: the child at most is left
        if child.is_alive():
            child.kill()


def _child(send: Any, name: str, work: Callable[[], Any]) -> None:
    """In the child: a process group of its own (ended with all it started), bounded memory,
    silent stderr (a fatal error there is the parent's line to say), the result or the error
    sent back."""
    with contextlib.suppress(OSError):
        os.setpgid(0, 0)
    faulthandler.disable()  # it writes to a copy of stderr of its own
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    megabytes = memory_budget_mb()
    limit = _address_space_bytes() + megabytes * 1024 * 1024
    if megabytes > 0 and (soft == resource.RLIM_INFINITY or limit < soft):
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        message: tuple[str, Any] = ("ok", work())
    except MemoryError:
        message = ("memory", None)
    except DocumentError as exc:
        message = ("error", str(exc))
    except BaseException as exc:  # the parent names the document; the child has no say
        message = ("error", f"{name}: cannot be read ({type(exc).__name__}: {exc})"[:400])
    try:
        send.send(message)
    except MemoryError:
        send.send(("memory", None))


def in_child(name: str, work: Callable[[], T]) -> T:
    """`work()` in a forked child under the document's time and memory budget; its result
    comes back pickled. A child that dies (a fatal error, a signal) or runs out of time is
    ended and the document quarantined by name with one line."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, name, work), daemon=True)
    started = time.perf_counter()
    child.start()
    with contextlib.suppress(OSError):  # the child does it too: whichever runs first
        os.setpgid(child.pid, child.pid)  # type: ignore[arg-type]
    send.close()
    seconds = seconds_budget()
    try:
        if not receive.poll(seconds if seconds > 0 else None):
            raise BudgetExceeded(
                f"{name}: reading stopped after {time.perf_counter() - started:.1f} s, over the "
                f"budget of {seconds:g} s per document (JRIS_DOCUMENT_SECONDS)"
            )
        try:
            kind, value = receive.recv()
        except EOFError:  # the child died before it could answer
            child.join(5)
            code = child.exitcode
            how = f"killed by signal {-code}" if code and code < 0 else f"exit status {code}"
            raise BudgetExceeded(
                f"{name}: its reader process ended ({how}) before it answered, as one does that "
                f"outgrows the budget of {memory_budget_mb()} MB of memory per document "
                "(JRIS_DOCUMENT_MEMORY_MB)"
            ) from None
    finally:
        receive.close()
        _end_group(child)
        child.join(5)
    if kind == "memory":
        raise _over_memory(name)
    if kind == "error":
        raise DocumentError(value)
    return value  # type: ignore[no-any-return]
