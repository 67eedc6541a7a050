"""Progress of long work, reported to whoever listens: the CLI's progress bars, or nobody.

Assets run in the CLI's own process (in-process executor), so a module-level listener is enough.
"""

from __future__ import annotations

from collections.abc import Callable

Listener = Callable[[str, int, int], None]  # (task, done, total)
_listeners: list[Listener] = []


def listen(listener: Listener) -> None:
    _listeners.append(listener)


def forget(listener: Listener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def report(task: str, done: int, total: int) -> None:
    for listener in list(_listeners):
        listener(task, done, total)
