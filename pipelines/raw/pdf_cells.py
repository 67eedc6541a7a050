"""Table rows and cells as a reader sees them, not as the rules alone draw them.

A ruled table whose rows have no rules between them (only the columns are ruled, as in many
statistical abstracts) comes from pdfplumber's finder as one row whose cells hold a whole column
each: its rows are the baselines its cells share. A cell whose extra lines no other cell shares
is one cell of several lines, read as one (a word hyphenated at its line end joined). A table
without rules is aligned by its columns' positions: a row with an empty cell keeps that cell
empty instead of shifting its neighbours left.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Any

Char = dict[str, Any]
Piece = tuple[float, float, str]  # x0, x1 and text of a run of a line between column gaps
Line = tuple[float, float, list[Piece]]  # top, bottom and pieces of one line of a cell


def _lines(chars: list[Char], rows_of: Any, pieces_of: Any) -> list[Line]:
    return [
        (
            min(float(c["top"]) for c in row),
            max(float(c["bottom"]) for c in row),
            pieces_of(row),
        )
        for row in rows_of(chars)
    ]


def _joined(texts: list[str]) -> str:
    """Lines of one cell as one text: a word broken by a hyphen at a line end made whole."""
    out = ""
    for text in texts:
        if out.endswith("-") and len(out) > 2 and out[-2].islower() and text[:1].islower():
            out = out[:-1] + text
        else:
            out = f"{out} {text}".strip()
    return out


def _merge(lines: list[Line]) -> list[Piece]:
    """A cell's lines as the pieces of one line: pieces one above the other joined."""
    merged: list[tuple[float, float, list[str]]] = []
    for _, _, pieces in lines:
        for x0, x1, text in pieces:
            for k, (a0, a1, texts) in enumerate(merged):
                if min(x1, a1) - max(x0, a0) > 0:
                    merged[k] = (min(a0, x0), max(a1, x1), [*texts, text])
                    break
            else:
                merged.append((x0, x1, [text]))
    return sorted((x0, x1, _joined(texts)) for x0, x1, texts in merged)


def _figure(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return digits > 0 and digits >= 0.5 * sum(not ch.isspace() for ch in text)


def row_cells(cells: list[list[Line]]) -> list[list[Piece]]:
    """One ruled row's cells (each its lines) as rows of pieces. When two or more cells run
    over several lines and one holds a column of figures (or codes), or a cell holds lines set
    out in columns, each of its lines starts a row, and every other cell's line joins the row it
    stands level with or below (a wrapped description stays with its row); else one row in
    which a cell of several lines is one."""
    stacked = [lines for lines in cells if len(lines) >= 2]
    keys = [
        lines
        for lines in stacked
        if sum(_figure(" ".join(p[2] for p in pieces)) for _, _, pieces in lines)
        >= 0.6 * len(lines)
    ]  # a column of values, not two cells of wrapped words
    grids = [
        lines
        for lines in stacked
        if sum(len(pieces) >= 2 for *_, pieces in lines) >= 0.4 * len(lines)
    ]  # a cell the rules leave around a whole table without rules: a row per line
    if (len(stacked) < 2 or not keys) and not grids:
        return [[piece for lines in cells for piece in _merge(lines)]]
    keys += grids
    anchor = max(keys, key=len)
    tops = [top - 0.3 * (bottom - top) for top, bottom, _ in anchor]
    rows: list[list[list[Line]]] = [[[] for _ in cells] for _ in anchor]
    for k, lines in enumerate(cells):
        for line in lines:
            mid = (line[0] + line[1]) / 2
            n = max([0, *(i for i, top in enumerate(tops) if top <= mid)])
            rows[n][k].append(line)
    return [[piece for lines in row for piece in _merge(lines)] for row in rows]


def ruled_rows(table: Any, chars: list[Char], rows_of: Any, pieces_of: Any) -> list[list[str]]:
    """The rows of a ruled table found by pdfplumber, from the characters in its cells, each
    piece in the column its position says."""
    out: list[list[Piece]] = []
    centred = [
        ((float(c["x0"]) + float(c["x1"])) / 2, (float(c["top"]) + float(c["bottom"])) / 2, c)
        for c in chars
    ]
    t0, t1 = float(table.bbox[1]), float(table.bbox[3])
    # a row looks in its table, down the table's characters by their middles
    centred = sorted(((x, y, c) for x, y, c in centred if t0 <= y <= t1), key=lambda t: t[1])
    ys = [y for _, y, _ in centred]
    for row in table.rows:
        r0, r1 = float(row.bbox[1]), float(row.bbox[3])  # a row's box is stored, a table's not
        in_row = [(x, c) for x, _, c in centred[bisect_left(ys, r0) : bisect_right(ys, r1)]]
        cells: list[list[Line]] = []
        for box in row.cells:
            if box is None:
                continue
            x0, top, x1, bottom = (float(v) for v in box)
            inside = [c for x, c in in_row if x0 <= x <= x1]
            cells.append(_lines(inside, rows_of, pieces_of))
        out.extend(r for r in row_cells(cells) if r)
    if not out:
        return []
    grid = aligned(out)
    if grid is None:
        return [[p[2] for p in r] for r in out]
    return _notes_joined(out, grid, (float(table.bbox[2]) - float(table.bbox[0])) / len(grid[0]))


def _notes_joined(
    pieces: list[list[Piece]], grid: list[list[str]], column: float
) -> list[list[str]]:
    """Rows without the lines that run across several columns under a row (a description
    wrapped to the table's width): such a line joins the row above, in its cell of words that
    starts nearest the line, instead of standing as a row of its own that breaks the table."""
    out: list[list[str]] = []
    note = None  # the cell the last line under a row went into: the note's next line goes on
    above: list[Piece] = []  # the pieces of the last row kept
    for row, cells in zip(pieces, grid, strict=True):
        single = len(row) == 1 and not _figure(row[0][2])
        if single and note is None and out and row[0][1] - row[0][0] > 1.5 * column:
            # the cell of words above whose start is nearest the line's start
            words = [(abs(x0 - row[0][0]), t) for x0, _, t in above if t and not _figure(t)]
            text = min(words)[1] if len(above) >= 2 and words else None
            note = next((k for k, c in enumerate(out[-1]) if text and text in c), None)
        elif not single:
            note = None
        if single and note is not None:
            out[-1][note] = f"{out[-1][note]} {row[0][2]}"
            continue
        out.append(cells)
        above = row
    return out


def aligned(pieces: list[list[Piece]]) -> list[list[str]] | None:
    """Rows of a table without rules (each row its pieces: x0, x1, text) placed in columns by
    position: the columns are the pieces' extents in the widest row shape a quarter of the rows
    have (wrapped lines under rows may outnumber them); None
    when the rows do not make such a grid."""
    counts = Counter(len(r) for r in pieces)
    common = [n for n, seen in counts.items() if seen >= max(2, 0.25 * len(pieces))]
    width = max(common, default=0)  # the widest row shape a good share of rows have
    if width < 2:
        return None
    body = [r for r in pieces if len(r) == width]
    columns = [
        (statistics.median(r[k][0] for r in body), statistics.median(r[k][1] for r in body))
        for k in range(width)
    ]
    out = []
    for row in pieces:
        cells = [""] * width
        for (_, _, text), k in zip(row, _columns_of(row, columns), strict=True):
            cells[k] = f"{cells[k]} {text}".strip()
        out.append(cells)
    return out


def _columns_of(row: list[Piece], columns: list[tuple[float, float]]) -> list[int]:
    """The column of each piece of a row, in order, each piece where it overlaps its column
    most (a gap counts against): a left-aligned header over right-aligned figures still lands
    over its own column, not its neighbour's."""

    def fit(piece: Piece, n: int) -> float:
        return min(piece[1], columns[n][1]) - max(piece[0], columns[n][0])

    m = len(columns)
    if len(row) > m:  # more pieces than columns: each to the column it overlaps most
        return [max(range(m), key=lambda n, p=p: fit(p, n)) for p in row]  # type: ignore[misc]
    # best[i][n]: the best total fit of the first i pieces with piece i-1 in a column < n
    neg = float("-inf")
    best = [[0.0] * (m + 1)] + [[neg] * (m + 1) for _ in row]
    for i, piece in enumerate(row, 1):
        for n in range(1, m + 1):
            best[i][n] = max(best[i][n - 1], best[i - 1][n - 1] + fit(piece, n - 1))
    out, n = [], m
    for i in range(len(row), 0, -1):
        while best[i][n] == best[i][n - 1]:
            n -= 1
        out.append(n - 1)
        n -= 1
    return out[::-1]
