"""A PDF page's layout before its text: what a reader sees as lines, columns, tables and page
furniture, in reading order.

Characters printed several times over one another (fake bold) are read once and ligatures
expanded (pipelines/raw/pdf_chars.py). Rows are characters sharing a vertical band; a gutter
is an x-gap wider than a character that runs down several rows with prose (several words) on
both sides of it: the rows it runs through are read column by column, so prose in columns is
never a table. Rows without a gutter keep wide gaps as tabs (a table set out in columns). A
ruled table is read from its grid only when the grid has rows and columns (a frame around
text is not a table), and only the characters inside it are taken from the text. A margin
column of numbers that count up (a transcript's line numbers) is layout. Upright CJK
characters set in columns are read top to bottom, columns right to left; rotated text is read
in its own direction.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import Any

from pipelines.raw.pdf_cells import aligned, ruled_rows
from pipelines.raw.pdf_chars import LIGATURES, Char, char_size, dedupe, is_cjk

COLUMN_GAP = 2.0  # character sizes between two pieces of a row that make them table cells
GUTTER = 1.0  # character sizes of gap that may be a gutter between columns
WORD_GAP = 0.15  # character sizes of gap that is a space
MIN_GUTTER_ROWS = 3  # rows a gutter runs through with text on both sides
PROSE_WORDS = 3  # median words beside a gutter that make its sides prose, not cells
MIN_LINE_NUMBERS = 5
_NUMBER = re.compile(r"^\d{1,4}$")


@dataclass
class Item:
    """A line, a table or a column's first line, with its vertical place on the page."""

    top: float
    bottom: float
    text: str
    table: bool = False
    column_start: bool = False  # the first line of a column after the first: prose runs on
    sideways: bool = False  # printed rotated (often a margin note or a printer's line)
    furniture: bool = False  # layout, not text: a margin column of line numbers


def line_text(chars: list[Char], tabs: bool = True) -> str:
    """A line from its characters: a space where the page leaves one, a tab at a column gap."""
    out: list[str] = []
    prev: Char | None = None
    for c in sorted(chars, key=lambda c: c["x0"]):
        ch = c["text"]
        if ch.isspace():
            continue
        if prev is not None:
            size = char_size(prev)
            gap = float(c["x0"]) - float(prev["x1"])
            if tabs and gap > COLUMN_GAP * size:
                out.append("\t")
            elif gap > WORD_GAP * size and not (is_cjk(ch) and is_cjk(prev["text"])):
                out.append(" ")
        out.append(ch.translate(LIGATURES))
        prev = c
    return "".join(out)


def rows_of(chars: list[Char]) -> list[list[Char]]:
    """Characters in rows: a character joins the row its vertical extent half overlaps, so a
    superscript stays on its line and two lines never merge."""
    rows: list[list[Char]] = []
    band: tuple[float, float] = (0.0, 0.0)
    for c in sorted(chars, key=lambda c: (float(c["top"]) + float(c["bottom"])) / 2):
        top, bottom = float(c["top"]), float(c["bottom"])
        overlap = min(bottom, band[1]) - max(top, band[0])
        if rows and overlap >= 0.5 * min(bottom - top, band[1] - band[0]):
            rows[-1].append(c)
            band = (min(band[0], top), max(band[1], bottom))
        else:
            rows.append([c])
            band = (top, bottom)
    for row in rows:
        row.sort(key=lambda c: float(c["x0"]))
    return rows


def _drop_footnote_marks(rows: list[list[Char]]) -> list[list[Char]]:
    """Rows without their footnote marks: digits set smaller and raised above the line, which
    would otherwise read as numbers of the sentence."""
    out = []
    for row in rows:
        size = statistics.median(float(c["size"]) for c in row)
        base = statistics.median(float(c["bottom"]) for c in row)
        kept = [
            c
            for c in row
            if not (
                c["text"].isdigit()
                and float(c["size"]) <= 0.8 * size
                and float(c["bottom"]) < base - 0.15 * size
            )
        ]
        if kept:
            out.append(kept)
    return out


def _split(row: list[Char], gap: float) -> list[list[Char]]:
    """A row's characters in pieces wherever the gap between two exceeds `gap` sizes."""
    pieces: list[list[Char]] = []
    for c in row:
        if pieces and float(c["x0"]) - float(pieces[-1][-1]["x1"]) <= gap * char_size(c):
            pieces[-1].append(c)
        else:
            pieces.append([c])
    return pieces


def _pieces(row: list[Char]) -> list[tuple[float, float, str]]:
    """A row's runs of text between column gaps, each with its extent."""
    return [
        (float(p[0]["x0"]), float(p[-1]["x1"]), line_text(p, False))
        for p in _split(row, COLUMN_GAP)
    ]


def _drop_line_numbers(rows: list[list[Char]]) -> tuple[list[list[Char]], list[Item]]:
    """Rows without a margin column of numbers counting down the page (line numbers), and
    each such column as one item of furniture."""
    columns: list[Item] = []
    for side in (0, -1):
        found = []
        for k, row in enumerate(rows):
            words = _split(row, 0.3)
            if words and _NUMBER.match(line_text(words[side], tabs=False)):
                found.append((k, words[side]))
        # the numbers aligned on their left or right edge (a page number elsewhere is not one)
        aligned = max(
            (
                [(k, w) for k, w in found if abs(float(w[i][key]) - middle) <= 3]
                for i, key in ((0, "x0"), (-1, "x1"))
                if found
                for middle in [statistics.median(float(w[i][key]) for _, w in found)]
            ),
            key=len,
            default=[],
        )
        found = aligned
        if len(found) < MIN_LINE_NUMBERS:
            continue
        numbers = [int(line_text(w, tabs=False)) for _, w in found]
        rising = sum(b > a for a, b in zip(numbers, numbers[1:], strict=False))
        edge = [float(w[-1]["x1"]) if side == 0 else float(w[0]["x0"]) for _, w in found]
        if rising < 0.8 * (len(numbers) - 1):
            continue
        ids = {id(c) for _, w in found for c in w}
        first, last = found[0][0], found[-1][0]
        others = [c for row in rows[first : last + 1] for c in row if id(c) not in ids]
        if others and (
            (side == 0 and max(edge) > min(float(c["x0"]) for c in others))
            or (side == -1 and min(edge) < max(float(c["x1"]) for c in others))
        ):
            continue  # not in a margin: a column of a table
        rows = [kept for row in rows if (kept := [c for c in row if id(c) not in ids])]
        numbers_column = _item([c for _, w in found for c in w], tabs=False)
        numbers_column.text = " ".join(line_text(w, tabs=False) for _, w in found)
        numbers_column.furniture = True
        columns.append(numbers_column)
    return rows, columns


@dataclass
class _Run:
    lo: float
    hi: float
    first: int
    last: int
    left: list[int]
    right: list[int]


def _words(piece: list[Char]) -> int:
    """Words of prose in a piece of a row: none where it is mostly figures (a table's)."""
    letters = sum(c["text"].isalpha() for c in piece)
    return len(_split(piece, WORD_GAP)) if letters >= 0.6 * len(piece) else 0


def _gutters(rows: list[list[Char]], width: float) -> list[_Run]:
    """Gaps running down consecutive rows with prose on both sides: the gutters of columns."""
    done: list[_Run] = []
    active: list[_Run] = []
    for k, row in enumerate(rows):
        pieces = _split(row, GUTTER)
        inner = [
            (float(a[-1]["x1"]), float(b[0]["x0"]), a, b)
            for a, b in zip(pieces, pieces[1:], strict=False)
        ]
        edges = [(0.0, float(row[0]["x0"])), (float(row[-1]["x1"]), width)]
        still: list[_Run] = []
        for run in active:
            best: tuple[float, float, Any] | None = None
            for lo, hi, a, b in inner:
                if min(hi, run.hi) - max(lo, run.lo) > 2:
                    best = (max(lo, run.lo), min(hi, run.hi), (a, b))
            for lo, hi in edges:
                if best is None and min(hi, run.hi) - max(lo, run.lo) > 2:
                    best = (max(lo, run.lo), min(hi, run.hi), None)
            if best is None:
                done.append(run)
                continue
            run.lo, run.hi, run.last = best[0], best[1], k
            if best[2] is not None:
                run.left.append(_words(best[2][0]))
                run.right.append(_words(best[2][1]))
            still.append(run)
        for lo, hi, a, b in inner:
            if not any(min(hi, r.hi) - max(lo, r.lo) > 2 for r in still):
                still.append(_Run(lo, hi, k, k, [_words(a)], [_words(b)]))
        active = still
    return [
        r
        for r in done + active
        if len(r.left) >= MIN_GUTTER_ROWS
        and statistics.median(r.left) >= PROSE_WORDS
        and statistics.median(r.right) >= PROSE_WORDS
    ]


def _item(chars: list[Char], tabs: bool = True) -> Item:
    return Item(
        min(float(c["top"]) for c in chars),
        max(float(c["bottom"]) for c in chars),
        line_text(chars, tabs),
    )


def _flow(rows: list[list[Char]], width: float) -> list[Item]:
    """Rows in reading order: those a gutter runs through column by column, the rest as rows."""
    regions: list[tuple[int, int, list[float]]] = []
    for run in sorted(_gutters(rows, width), key=lambda r: r.first):
        x = (run.lo + run.hi) / 2
        if regions and run.first <= regions[-1][1]:
            first, last, xs = regions[-1]
            regions[-1] = (first, max(last, run.last), [*xs, x])
        else:
            regions.append((run.first, run.last, [x]))
    items: list[Item] = []
    k = 0
    for first, last, xs in regions:
        items.extend(_tabled(rows[k:first]))
        bounds = [-1.0, *sorted(xs), width + 1]
        chars = [c for row in rows[first : last + 1] for c in row]
        for n, (lo, hi) in enumerate(zip(bounds, bounds[1:], strict=False)):
            column = [c for c in chars if lo <= (float(c["x0"]) + float(c["x1"])) / 2 < hi]
            lines = [_item(r, tabs=False) for r in rows_of(column)]
            if lines and n:
                lines[0].column_start = True
            items.extend(lines)
        k = last + 1
    items.extend(_tabled(rows[k:]))
    return items


def _tabled(rows: list[list[Char]]) -> list[Item]:
    """Rows as lines; consecutive rows set out in columns with their cells placed by position
    (pipelines/raw/pdf_cells.py), so an empty cell stays in its column."""
    items = [_item(row) for row in rows]
    runs: list[list[int]] = []
    for k, row in enumerate(rows):
        if len(_split(row, COLUMN_GAP)) < 2:
            continue
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        grid = aligned([_pieces(rows[k]) for k in run]) if len(run) >= 2 else None
        for k, cells in zip(run, grid or [], strict=False):
            items[k].text = "\t".join(cells)
    return items


def _vertical(chars: list[Char]) -> bool:
    """Whether the page's CJK characters stand one below another more than side by side."""
    cjk = [c for c in chars if is_cjk(c["text"])]
    if len(cjk) < 8:
        return False
    down = side = 0
    for key, along, start, end in (("x0", "top", "bottom", "top"), ("top", "x0", "x1", "x0")):
        groups: dict[int, list[Char]] = {}
        for c in cjk:
            groups.setdefault(round(float(c[key])), []).append(c)
        for group in groups.values():
            group.sort(key=lambda c: float(c[along]))
            n = sum(
                0 <= float(b[end]) - float(a[start]) < 0.6 * char_size(a)
                for a, b in zip(group, group[1:], strict=False)
            )
            if key == "x0":
                down += n
            else:
                side += n
    return down > 2 * side


def _vertical_items(chars: list[Char]) -> list[Item]:
    """Text set vertically: columns right to left, each read top to bottom."""
    columns: list[list[Char]] = []
    for c in sorted(chars, key=lambda c: -(float(c["x0"]) + float(c["x1"])) / 2):
        middle = (float(c["x0"]) + float(c["x1"])) / 2
        if columns and abs(middle - columns[-1][0]["_mid"]) <= 0.5 * char_size(c):
            columns[-1].append(c)
        else:
            columns.append([{**c, "_mid": middle}])
    items = []
    for col in columns:
        col.sort(key=lambda c: float(c["top"]))
        text = "".join(c["text"].translate(LIGATURES) for c in col if not c["text"].isspace())
        items.append(Item(float(col[0]["top"]), float(col[-1]["bottom"]), text))
    for item in items[1:]:
        item.column_start = True
    return items


def _rotated_items(chars: list[Char]) -> list[Item]:
    """Text printed sideways or upside down, each line read in its own direction."""
    lines: dict[tuple[int, int, int], list[Char]] = {}
    for c in chars:
        a, b = float(c["matrix"][0]), float(c["matrix"][1])
        across = float(c["x0"]) if abs(b) > abs(a) else float(c["top"])
        lines.setdefault((int(a > 0) - int(a < 0), int(b > 0) - int(b < 0), round(across)), [])
        lines[(int(a > 0) - int(a < 0), int(b > 0) - int(b < 0), round(across))].append(c)
    items = []
    for (_, b, _), line in sorted(lines.items()):
        if b:  # sideways: up the page (b > 0) or down it
            line.sort(key=lambda c: -float(c["top"]) * b)
            spans = [(float(c["top"]), float(c["bottom"])) for c in line]
            if b > 0:
                spans = [(-e, -s) for s, e in spans]
        else:  # upside down
            line.sort(key=lambda c: -float(c["x0"]))
            spans = [(-float(c["x1"]), -float(c["x0"])) for c in line]
        out: list[str] = []
        for k, c in enumerate(line):
            if c["text"].isspace():
                continue
            if k and spans[k][0] - spans[k - 1][1] > WORD_GAP * char_size(c) and out:
                out.append(" ")
            out.append(c["text"].translate(LIGATURES))
        if out:
            top = min(float(c["top"]) for c in line)
            bottom = max(float(c["bottom"]) for c in line)
            items.append(Item(top, bottom, "".join(out), sideways=True))
    return items


def _is_grid(rows: list[list[str]]) -> bool:
    return len(rows) >= 2 and max((len(r) for r in rows), default=0) >= 2


def _inside(box: tuple[float, ...], c: Char) -> bool:
    x0, top, x1, bottom = box
    x = (float(c["x0"]) + float(c["x1"])) / 2
    y = (float(c["top"]) + float(c["bottom"])) / 2
    return x0 <= x <= x1 and top <= y <= bottom


def page_items(page: Any) -> list[Item]:
    """The page's lines and tables in reading order."""
    unique = [c for c in dedupe(page.chars) if not c["text"].isspace()]
    found = [(t, ruled_rows(t, unique, rows_of, _pieces)) for t in page.find_tables()]
    boxes = [tuple(float(v) for v in t.bbox) for t, rows in found if _is_grid(rows)]  # computed
    items = [
        Item(box[1], box[3], "\n".join("\t".join(row) for row in rows), table=True)
        for box, rows in zip(boxes, (rows for _, rows in found if _is_grid(rows)), strict=True)
    ]
    items.sort(key=lambda i: i.top)
    chars = [c for c in unique if not any(_inside(b, c) for b in boxes)] if boxes else unique
    upright = [c for c in chars if c.get("upright", True)]
    rotated = [c for c in chars if not c.get("upright", True)]
    if _vertical(upright):
        return [*items, *_vertical_items(upright), *_rotated_items(rotated)]
    rows, line_numbers = _drop_line_numbers(_drop_footnote_marks(rows_of(upright)))
    flow = [i for i in _flow(rows, float(page.width)) if i.text]
    merged: list[Item] = []
    for item in flow:  # a table goes in before the first line below its top
        while items and items[0].top <= item.top and not item.column_start:
            merged.append(items.pop(0))
        merged.append(item)
    return [*merged, *items, *_rotated_items(rotated), *line_numbers]
