"""Worker processes end with the process that started them, even when it is killed with -9.

Without this, `kill -9` of a run left its ~350 MB extraction workers alive for good. Linux's
PR_SET_PDEATHSIG has the kernel kill a worker when its parent dies; elsewhere it does nothing.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """A process pool's initializer: pass os.getpid() of the parent as its argument."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            return
    if os.getppid() != parent_pid:  # the parent died before the signal was asked for
        os._exit(1)
