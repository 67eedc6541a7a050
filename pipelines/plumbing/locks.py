"""One writer per warehouse at a time: a second one fails at once and says who holds it.

The CLI takes the warehouse lock around its whole run, and so does every Dagster run that
writes the warehouse (through the `jris` resource), so a run started in the UI and one started
from the terminal cannot interleave. Inside one process the lock is re-entrant: the CLI's
in-process Dagster run takes it again without waiting on itself.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from pipelines.plumbing.errors import JrisError

# lock file -> (open file holding the flock, how many holders in this process)
_HELD: dict[Path, tuple[IO[str], int]] = {}
RUN_LOCK = ".run.lock"


@contextlib.contextmanager
def exclusive(lock_path: Path, what: str) -> Iterator[None]:
    """Hold an exclusive lock on lock_path; the OS releases it if the process dies."""
    key = lock_path.absolute()
    if key in _HELD:
        fh, count = _HELD[key]
        _HELD[key] = (fh, count + 1)
        try:
            yield
        finally:
            fh, count = _HELD[key]
            _HELD[key] = (fh, count - 1)
        return
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise JrisError(
                f"{what} is busy: {holder} holds {lock_path}; try again when it has finished"
            ) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(f"jris run pid {os.getpid()}")
        fh.flush()
        _HELD[key] = (fh, 1)
        try:
            yield
        finally:
            del _HELD[key]
            fh.seek(0)
            fh.truncate()
            fcntl.flock(fh, fcntl.LOCK_UN)


def warehouse_lock(warehouse_dir: Path) -> contextlib.AbstractContextManager[None]:
    """The lock every writer of this warehouse takes: CLI runs and Dagster runs alike."""
    return exclusive(warehouse_dir / RUN_LOCK, f"the warehouse {warehouse_dir}")
