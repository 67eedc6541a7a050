"""`jris sql --format table`: rows a reader can read at any terminal width, nothing cut unsaid.

Every character of every cell is printed: a long cell wraps inside its column. When the
columns cannot fit side by side even wrapped, each row is printed as a record (one `column
value` line per column, as psql's expanded display), and stderr says why. Output that goes to
a file or a pipe has no width to fit: its table is as wide as its widest row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

TAB = "    "
NEWLINE = "⏎"
_NARROWEST = 8  # a column narrower than this (borders aside) is too narrow to read wrapped
_WIDE = 100_000  # "no width": a file or pipe


def cell_text(value: object, keep_newlines: bool = True) -> str:
    """A cell as a reader expects it: a tab as spaces, a line break as a line break (or ⏎
    where the layout keeps one line), other control characters as escapes, never sent to the
    terminal (ESC and BEL act on it)."""
    if value is None:
        return ""
    s = str(value).replace("\r\n", "\n").replace("\t", TAB)
    if not keep_newlines:
        s = s.replace("\n", NEWLINE)
    if all(ch.isprintable() or ch == "\n" for ch in s):
        return s
    return "".join(ch if ch.isprintable() or ch == "\n" else _escape(ch) for ch in s)


def _escape(ch: str) -> str:
    code = ord(ch)
    return (
        f"\\x{code:02x}"
        if code < 0x100
        else f"\\u{code:04x}"
        if code < 0x10000
        else f"\\U{code:08x}"
    )


def _table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Table:
    table = Table(show_lines=False)
    for c in columns:
        table.add_column(cell_text(c, keep_newlines=False), overflow="fold")
    for r in rows:
        table.add_row(*map(cell_text, r))
    return table


def _records(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[Table]:
    names = [cell_text(c, keep_newlines=False) for c in columns]
    out = []
    for i, r in enumerate(rows, 1):
        record = Table(title=f"row {i}", title_justify="left", show_header=False)
        record.add_column(overflow="fold", style="bold")
        record.add_column(overflow="fold")
        for name, value in zip(names, r, strict=True):
            record.add_row(name, cell_text(value))
        out.append(record)
    return out


def fits(table: Table, width: int) -> bool:
    """Whether each column gets at least a few characters: narrower, wrapped text is a
    column of single letters, unreadable."""
    borders = 3 * len(table.columns) + 1
    return width - borders >= _NARROWEST * len(table.columns)


def available_width(console: Console, columns_env: str | None) -> int | None:
    """The terminal's width (or COLUMNS'); None for a file or a pipe."""
    if console.is_terminal or (columns_env or "").isdigit():
        return console.width
    return None


def print_rows(
    console: Console,
    err: Console,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    width: int | None,
) -> None:
    """The rows as one table wrapped to width, or as records when the columns cannot fit."""
    table = _table(columns, rows)
    if width is None:
        natural = console.measure(table, options=console.options.update_width(_WIDE)).maximum
        wide = Console(file=console.file, width=max(natural, 1), markup=False, highlight=False)
        wide.print(table)  # a Console prints no wider than its own width
        return
    if fits(table, width) or not rows:
        console.print(table, width=width)
        return
    err.print(
        f"note: {len(columns)} columns do not fit side by side in {width} characters: "
        "one record per row (every value whole; --format csv or json for tools)",
        highlight=False,
    )
    for record in _records(columns, rows):
        console.print(record, width=width)
