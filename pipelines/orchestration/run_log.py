"""Every run's full log goes to a file; the terminal gets one line per problem.

Dagster's console logger prints a step failure as some seventy lines of stack; a user needs the
one line that says what is wrong and where the rest is. The CLI silences the console logger,
then writes the run's whole event log (and any traceback) to `<warehouse>/logs/`.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import dagster as dg

LOG_DIR = "logs"
KEEP_LOGS = 50  # the newest logs kept per warehouse; older ones are removed


def new_log_path(warehouse_dir: Path | None, command: str) -> Path:
    """Where this process writes its log: the warehouse's logs/ folder, or the temporary
    folder when the warehouse cannot be written (a full disk, a read-only mount)."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    name = f"jris-{command}-{stamp}-{os.getpid()}.log"
    if warehouse_dir is not None:
        folder = warehouse_dir / LOG_DIR
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if os.access(folder, os.W_OK):
                _prune(folder)
                return folder / name
        except OSError:
            pass
    return Path(tempfile.gettempdir()) / name


def _prune(folder: Path) -> None:
    logs = sorted(folder.glob("jris-*.log"), key=lambda p: p.stat().st_mtime)
    for old in logs[:-KEEP_LOGS]:
        old.unlink(missing_ok=True)


def append(path: Path | None, text: str) -> Path | None:
    """Add text to the log; None when it could not be written (the caller says so)."""
    if path is None:
        return None
    try:
        with path.open("a", encoding="utf-8", errors="replace") as fh:
            fh.write(text if text.endswith("\n") else text + "\n")
    except OSError:
        return None
    return path


def event_log_text(entries: Sequence[dg.EventLogEntry]) -> str:
    """A run's whole event log, one entry per line block, as Dagster recorded it."""
    lines = []
    for entry in entries:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(entry.timestamp))
        level = logging.getLevelName(entry.level)
        step = entry.step_key or "-"
        message = entry.user_message
        event = entry.dagster_event
        if event is not None:
            message = f"{event.event_type_value} {event.message or ''}".strip()
            error = getattr(event.event_specific_data, "error", None)
            if error is not None:
                message += "\n" + error.to_string()
        lines.append(f"{when} {level} {step}: {message}")
    return "\n".join(lines) + "\n"


def user_messages(entries: Sequence[dg.EventLogEntry], level: int) -> list[str]:
    """The messages the assets logged at `level` or above, each once, in order: what the
    terminal shows (Dagster's own events stay in the log file)."""
    seen: dict[str, None] = {}
    for entry in entries:
        number = entry.level if isinstance(entry.level, int) else logging.getLevelName(entry.level)
        if entry.dagster_event is None and isinstance(number, int) and number >= level:
            seen.setdefault(" ".join(entry.user_message.split()), None)
    return list(seen)
