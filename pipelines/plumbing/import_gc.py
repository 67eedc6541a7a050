"""Heavy imports without the garbage collector, their objects frozen after.

Loading Dagster, pandas, pandera and SQLAlchemy makes about a million objects that live as long
as the process and leaves almost no garbage, yet Python's collector runs every 700 allocations
and its full passes walk all of them again (0.3 s of the 2 s those imports take), and every full
pass of the run that follows walks them once more. Frozen (gc.freeze), they are never walked
again: a `jris refresh` of one document spends about 0.8 s less CPU.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Import inside this block; the collector is back as it was after it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
