"""End a process that ran the pipeline without the interpreter's teardown.

A `jris` process that loaded Dagster, pandas and DuckDB holds over a million objects. On the
way out the interpreter unloads every module and frees those objects one by one, a quarter of
a second of a one-document refresh, for memory the kernel takes back at once. When no other
thread runs, the exit handlers run as they would, the output is flushed, and the process ends.
A process that only loaded DuckDB ends so too: at teardown DuckDB's bindings report objects an
exception still holds as "leaked" on stderr, lines that are no part of the command's answer.
Daemon threads (fsspec's event loop under a remote `jris sql`) are not waited for.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading


def _working_threads() -> bool:
    main = threading.main_thread()
    return any(t is not main and not t.daemon and t.is_alive() for t in threading.enumerate())


def exit_now(code: object) -> None:
    """End the process with `code` (as SystemExit takes it) if it loaded the pipeline and
    nothing else runs; otherwise return, for the interpreter's own exit."""
    if not {"dagster", "duckdb"} & set(sys.modules) or _working_threads():
        return  # a light command exits cheaply; a running thread is waited for
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # as the interpreter does: the message on stderr, status 1
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(status)
