"""Values computed from a file, remembered per process while the file's stat is unchanged.

A run asks for the same file's hash or parsed YAML from several steps; reading it again each
time costs more than the rest of a one-document refresh. As git's index does, a file is known by
inode, size and mtime, and one modified in the last RACY_SECONDS is always read again (it may
change again within its mtime's tick).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")
RACY_SECONDS = 2.0


class StatCache(Generic[T]):
    def __init__(self) -> None:
        self._known: dict[Path, tuple[tuple[int, int, int], T]] = {}

    def get(self, path: Path, compute: Callable[[], T]) -> T:
        """The remembered value, or compute() when the file changed; OSError from stat passes
        through, and so does whatever compute() raises (nothing is remembered then)."""
        st = path.stat()
        key = (st.st_ino, st.st_size, st.st_mtime_ns)
        known = self._known.get(path)
        if known is not None and known[0] == key:
            return known[1]
        value = compute()
        if time.time() - st.st_mtime > RACY_SECONDS:
            self._known[path] = (key, value)
        return value
