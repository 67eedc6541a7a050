"""GFM pipe tables found and read by markdown-it-py, with the exact span of every cell.

markdown-it-py (MIT, CommonMark with the GFM table extension) decides what is a table and
where it ends: leading and trailing pipes optional, alignment colons, `\\|` inside cells, rows
with fewer cells than the header padded and extra cells dropped, a table ended by a blank line,
a `>` block or another block (a plain line after it is one more row). It is run on the lines
around each delimiter row only (from the header to the next blank line), so a long document
costs no more than its candidate tables. Cell spans come from splitting each source line where
the parser does: at every `|` not escaped with a backslash.

A delimiter row with more columns than its header (`Country | Japan |` over `---|---|---|`, as
some web exports write) is read with the header's count, a common slip the spec does not allow.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pipelines.extracted.structure.tables import Cell, Line, ParsedTable, Span

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_DELIMITER = re.compile(r"^\s{0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


@cache
def _parser() -> MarkdownIt:
    """Loaded when a document holds a pipe table: most do not, and it is 60 modules to import."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table")


def _cells_of(line: Line) -> list[Cell]:
    """The cells of one table row as GFM splits it, each with its span in the document."""
    raw = line.raw
    body_start, body_end = 0, len(raw.rstrip())
    stripped = raw.lstrip()
    body_start = len(raw) - len(stripped)
    if raw[body_start : body_start + 1] == "|":
        body_start += 1
    if (
        body_end > body_start
        and raw[body_end - 1] == "|"
        and raw[body_end - 2 : body_end - 1] != "\\"
    ):
        body_end -= 1
    cells, pos = [], body_start
    for seg in _UNESCAPED_PIPE.split(raw[body_start:body_end]):
        lead = len(seg) - len(seg.lstrip())
        text = seg.strip()
        start = line.start + pos + (lead if text else 0)
        cells.append(Cell([Span(start, start + len(text))], [text]))
        pos += len(seg) + 1
    return cells


def _n_columns(line: str) -> int:
    """Cells as GFM counts them: one outer pipe off each end, not every pipe (`| A | |||` has
    four cells, the last three empty)."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return len(_UNESCAPED_PIPE.split(inner))


def find_gfm_tables(lines: list[Line]) -> list[tuple[int, int]]:
    """(first, last) line of each pipe table, in text order."""
    out: list[tuple[int, int]] = []
    taken = -1
    for k, line in enumerate(lines):
        if k == 0 or k <= taken or "|" not in line.raw or not _DELIMITER.match(line.raw):
            continue
        header = lines[k - 1]
        if header.blank or "|" not in header.raw or k - 1 <= taken:
            continue
        end = k + 1
        while end < len(lines) and not lines[end].blank:
            end += 1
        chunk = [ln.raw for ln in lines[k - 1 : end]]
        if _n_columns(chunk[1]) > _n_columns(chunk[0]):  # the slip: trim the delimiter row
            chunk[1] = "|".join(["---"] * _n_columns(chunk[0]))
        span = _table_lines(chunk)
        if span is not None:
            first, last = k - 1 + span[0], k - 1 + span[1]
            out.append((first, last))
            taken = last
    return out


def _table_lines(chunk: list[str]) -> tuple[int, int] | None:
    for token in _parser().parse("\n".join(chunk) + "\n"):
        if token.type == "table_open" and token.map is not None and token.map[0] == 0:
            return token.map[0], token.map[1] - 1
    return None


def parse_gfm(lines: list[Line]) -> ParsedTable:
    """The table of these lines (header, delimiter row, body rows) as GFM reads it."""
    header = _cells_of(lines[0])
    n_cols = len(header)
    rows = []
    for line in lines[2:]:
        cells = _cells_of(line)[:n_cols]  # excess cells are dropped
        end = line.start + len(line.raw.rstrip())
        cells += [Cell([Span(end, end)], [""]) for _ in range(n_cols - len(cells))]
        rows.append(cells)
    last = lines[-1]
    return ParsedTable("pipe", lines[0].start, last.start + len(last.raw.rstrip()), header, rows)


def parse_pipe(lines: list[Line]) -> ParsedTable | None:
    """`|`-framed lines without a delimiter row (slides, exports): a table without a header. With
    one, the lines are GFM's to judge (`parse_gfm`), and one it refused is no table."""
    if len(lines) >= 2 and _DELIMITER.match(lines[1].raw) and "|" in lines[1].raw:
        return None
    rows = [_cells_of(ln) for ln in lines]
    if not rows or max(len(r) for r in rows) < 2:
        return None
    n_cols = max(len(r) for r in rows)
    rows = [
        r + [Cell([Span(r[-1].end, r[-1].end)], [""]) for _ in range(n_cols - len(r))] for r in rows
    ]
    last = lines[-1]
    return ParsedTable("pipe", lines[0].start, last.start + len(last.raw.rstrip()), None, rows)
