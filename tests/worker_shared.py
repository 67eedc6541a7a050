"""Results the test processes of one session share: the first process to ask computes one
under a lock and leaves it pickled beside the session's temporary folders, and every process
(itself included) reads it from there. Under `--dist loadfile` the files that need the same
corpus build land on both workers, and each built it: seconds of processor time twice over for
the same frames. Outside a pytest session (FOLDER unset) the result is computed where asked."""

from __future__ import annotations

import fcntl
import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

FOLDER: Path | None = None  # set by tests/conftest.py for the session


def once(name: str, compute: Callable[[], T]) -> T:
    """compute() once per session, whichever process asks first; a fresh copy for each call."""
    if FOLDER is None:
        return compute()
    stem = hashlib.sha256(name.encode()).hexdigest()[:24]
    built = FOLDER / f"shared-{stem}.pickle"
    with (FOLDER / f"shared-{stem}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not built.exists():
            partial = built.with_suffix(f".{os.getpid()}")
            partial.write_bytes(pickle.dumps(compute(), protocol=pickle.HIGHEST_PROTOCOL))
            partial.rename(built)
    result: T = pickle.loads(built.read_bytes())
    return result
