"""Find tables in normalised text and parse them into cells with exact char spans.

Forms: tab-separated blocks (with header detection, continuation rows merged into their
parent row, HTML markup inside cells, one-column "record boxes" of `<p>Label:</p>` rows),
Markdown pipe tables and HTML `<table>` markup. What is not a data table:

- a table of contents: a two-column tab block whose last cells are page numbers and whose
  first cells carry dot leaders or section numbers;
- a one-column tab block whose rows are not `Label:` records (layout text).

Each cell's span is trimmed of surrounding spaces and points at the raw slice (markup
included); `text` is the cleaned value.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from pipelines.extracted.structure.text_clean import clean_text, is_bold

_PAGE_NUMBER = re.compile(r"^\d{1,4}$")
_DOT_LEADER = re.compile(r"\.{4,}|…{2,}")
_SECTION_NUMBER = re.compile(r"^\d+(\.\d+)*\.?\s")
_PIPE_LINE = re.compile(r"^\s*\|.*\|\s*$")
_BOX_LABEL = re.compile(r"^\s*(?:<p>\s*)?([^<>:\n]{2,60}):\s*(?:</p>)?", re.IGNORECASE)
_LIST_SPLIT = re.compile(r"\s*(?:•|<li\b[^>]*>)\s*", re.IGNORECASE)


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Cell:
    spans: list[Span]  # one span, or one per part for a cell merged from continuation rows
    parts: list[str]  # raw slices, same order as spans
    is_header_source: bool = False

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end

    @property
    def raw(self) -> str:
        return " ".join(self.parts)


@dataclass
class ParsedTable:
    source_format: str  # tsv, pipe, html, box, lines
    start: int
    end: int
    header: list[Cell] | None
    rows: list[list[Cell]]
    title: str | None = None  # the caption, or a record box's first line
    title_span: Span | None = None
    caption_source: str | None = None  # caption, heading or box_title
    notes: list[str] = field(default_factory=list)
    unit_line: str | None = None  # `（単位：億円）` on a line of its own just above or below it


@dataclass
class Region:
    """Lines [first, last] of the text that hold a table-like block."""

    kind: str  # tsv, pipe, gfm, html, lines
    first: int
    last: int
    start: int
    end: int


@dataclass(frozen=True)
class Line:
    index: int
    start: int
    end: int
    raw: str

    @property
    def blank(self) -> bool:
        return not self.raw.strip()


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for i, raw in enumerate(text.split("\n")):
        lines.append(Line(i, pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def find_regions(
    lines: list[Line],
    html: list[tuple[int, int]] | None = None,
    gfm: list[tuple[int, int]] | None = None,
    cells: list[tuple[int, int]] | None = None,
) -> list[Region]:
    """The `<table>` elements (`html`: start and end of each, html_tables.py), the GFM pipe
    tables markdown-it-py found (`gfm`: first and last line of each, markdown_tables.py), the
    tables copied one cell to a line (`cells`, line_tables.py), and runs of tab lines or of
    `|`-framed lines without a delimiter row, in text order."""
    regions: list[Region] = []
    taken: set[int] = set()
    line_at = _line_index(lines)
    for start, end in html or []:
        first, last = line_at(start), line_at(end - 1)
        regions.append(Region("html", first, last, start, end))
        taken.update(range(first, last + 1))
    for form, found in (("gfm", gfm or []), ("lines", cells or [])):
        for first, last in found:
            if taken.isdisjoint(range(first, last + 1)):
                end = _rstrip_end(lines[last])
                regions.append(Region(form, first, last, lines[first].start, end))
                taken.update(range(first, last + 1))
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in taken or line.blank:
            i += 1
            continue
        kind = "tsv" if "\t" in line.raw else "pipe" if _PIPE_LINE.match(line.raw) else None
        if kind is None:
            i += 1
            continue
        j = i
        while (
            j + 1 < len(lines)
            and j + 1 not in taken
            and not lines[j + 1].blank
            and _same_kind(kind, lines[j + 1].raw)
        ):
            j += 1
        if j > i:  # a single tab line is text, not a table
            regions.append(Region(kind, i, j, lines[i].start, _rstrip_end(lines[j])))
        i = j + 1
    regions.sort(key=lambda r: r.start)
    return regions


def _same_kind(kind: str, raw: str) -> bool:
    return "\t" in raw if kind == "tsv" else bool(_PIPE_LINE.match(raw))


def _rstrip_end(line: Line) -> int:
    return line.start + len(line.raw.rstrip())


def _line_index(lines: list[Line]) -> Callable[[int], int]:
    starts = [ln.start for ln in lines]

    def at(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    return at


# ---------------------------------------------------------------- tab-separated


def _split_tsv(line: Line) -> list[Cell]:
    cells, pos = [], line.start
    for seg in line.raw.split("\t"):
        lead = len(seg) - len(seg.lstrip())
        body = seg.strip()
        start = pos + lead if body else pos
        cells.append(Cell([Span(start, start + len(body))], [body]))
        pos += len(seg) + 1
    return cells


def _nonempty(row: list[Cell]) -> int:
    return sum(1 for c in row if c.raw.strip())


def classify_tsv(rows: list[list[Cell]]) -> str:
    """'table', 'toc', 'box' (one column of Label: records) or 'layout'."""
    widths = [_nonempty(r) for r in rows]
    if all(w <= 1 for w in widths):
        labelled = sum(1 for r in rows[1:] if _BOX_LABEL.match(_first_text(r)))
        return "box" if len(rows) >= 2 and labelled == len(rows) - 1 else "layout"
    trimmed = [_trim_trailing_empty(r) for r in rows]
    if all(len(r) == 2 for r in trimmed if r):
        pages = sum(1 for r in trimmed if r and _PAGE_NUMBER.match(r[-1].raw.strip()))
        leaders = sum(
            1
            for r in trimmed
            if r and (_DOT_LEADER.search(r[0].raw) or _SECTION_NUMBER.match(r[0].raw))
        )
        if pages >= 0.6 * len(rows) and leaders >= 0.5 * len(rows):
            return "toc"
    return "table"


def _first_text(row: list[Cell]) -> str:
    return next((c.raw for c in row if c.raw.strip()), "")


def _trim_trailing_empty(row: list[Cell]) -> list[Cell]:
    out = list(row)
    while out and not out[-1].raw.strip():
        out.pop()
    return out


def _looks_numeric(raw: str) -> bool:
    """A number, with its currency, scale or unit (`41万人`, `$3m`, and `154.1 km2`: a
    measure's number counts as a number when a header is sought, so a row `Area | 154 km2`
    over `Population | 410,000` is a row of a list of items, not a header)."""
    from pipelines.extracted.numbers.quantities import is_null_marker, parse_cell_quantity

    text = clean_text(raw)
    if is_null_marker(text):
        return False
    return parse_cell_quantity(text) is not None or _measure_cell().fullmatch(text) is not None


@cache
def _measure_cell() -> re.Pattern[str]:
    from pipelines.extracted.numbers.quantities import NUMBER
    from pipelines.extracted.rules import load_rules, word_alternation

    measures = word_alternation(list(load_rules("units")["measure_words"]), ignore_case=True)
    return re.compile(rf"[-−+]?(?:{NUMBER})\s*(?:{measures})", re.IGNORECASE)


def detect_header(rows: list[list[Cell]]) -> bool:
    """Whether the first row is a header, from layout signals rather than from words."""
    if len(rows) < 2:
        return False
    first, body = rows[0], rows[1:]
    n = max(len(r) for r in rows)
    first_empty = not first[0].raw.strip()
    if first_empty and _nonempty(first) >= 2:
        return True  # the corner cell of a header over row labels
    if any(not c.raw.strip() for c in first[1:n]):
        return False
    # Markup: the first row's bold pattern differs from one the body rows share.
    signatures = {tuple(is_bold(c.raw) for c in r if c.raw.strip()) for r in body}
    first_sig = tuple(is_bold(c.raw) for c in first if c.raw.strip())
    if (
        len(signatures) == 1
        and first_sig != next(iter(signatures))
        and any(first_sig + next(iter(signatures)))
    ):
        return True
    # Types: a column numeric in the body under a text cell, or numeric in both.
    verdict = None
    for col in range(len(first)):
        body_cells = [r[col].raw for r in body if col < len(r) and r[col].raw.strip()]
        if not body_cells:
            continue
        numeric_share = sum(_looks_numeric(c) for c in body_cells) / len(body_cells)
        if numeric_share >= 0.5:
            if _looks_numeric(first[col].raw):
                return False
            verdict = True
    if verdict:
        return True
    # Length: header cells are short labels over longer body cells.
    first_len = sum(len(clean_text(c.raw)) for c in first) / max(1, len(first))
    body_cells_all = [clean_text(c.raw) for r in body for c in r if c.raw.strip()]
    body_len = sum(map(len, body_cells_all)) / max(1, len(body_cells_all))
    return len(first) >= 3 and first_len <= 0.6 * body_len


def merge_continuation_rows(rows: list[list[Cell]], n_cols: int) -> list[list[Cell]]:
    """A row with an empty first cell and few others continues the row above it."""
    merged: list[list[Cell]] = []
    for row in rows:
        filled = [c for c in row if c.raw.strip()]
        if merged and not row[0].raw.strip() and filled and len(filled) <= max(1, n_cols // 2):
            parent = merged[-1]
            for col, cell in enumerate(row):
                if not cell.raw.strip() or col >= len(parent):
                    continue
                target = parent[col]
                if target.raw.strip():
                    target.spans.append(cell.spans[0])
                    target.parts.append(cell.parts[0])
                else:
                    parent[col] = cell
            continue
        merged.append(row)
    return merged


def parse_tsv(lines: list[Line]) -> tuple[str, ParsedTable | None]:
    rows = [_split_tsv(ln) for ln in lines]
    kind = classify_tsv(rows)
    start, end = lines[0].start, _rstrip_end(lines[-1])
    if kind == "box":
        title_cell = next(c for c in rows[0] if c.raw.strip())
        records = [_box_record(next(c for c in r if c.raw.strip())) for r in rows[1:]]
        return kind, ParsedTable(
            "box",
            start,
            end,
            None,
            records,
            title=clean_text(title_cell.raw),
            title_span=title_cell.spans[0],
            caption_source="box_title",
        )
    if kind != "table":
        return kind, None
    n_cols = max(len(_trim_trailing_empty(r)) for r in rows)
    rows = [
        (r + [Cell([Span(_row_end(r), _row_end(r))], [""]) for _ in range(n_cols - len(r))])[
            :n_cols
        ]
        if len(r) != n_cols
        else r
        for r in rows
    ]
    has_header = detect_header(rows)
    header = rows[0] if has_header else None
    body = merge_continuation_rows(rows[1:] if has_header else rows, n_cols)
    return kind, ParsedTable("tsv", start, end, header, body)


def _row_end(row: list[Cell]) -> int:
    return row[-1].end


def _box_record(cell: Cell) -> list[Cell]:
    """`<p>Partners:</p> <ul> • a • b` -> [label cell, value cell], each with its own span."""
    raw, base = cell.parts[0], cell.start
    m = _BOX_LABEL.match(raw)
    if not m:
        return [Cell([Span(base, base)], [""]), cell]
    label_start = base + m.start(1)
    label = Cell([Span(label_start, label_start + len(m.group(1).strip()))], [m.group(1).strip()])
    rest = raw[m.end() :]
    lead = len(rest) - len(rest.lstrip())
    value_start = base + m.end() + lead
    value_raw = rest.strip()
    return [label, Cell([Span(value_start, value_start + len(value_raw))], [value_raw])]


def cell_items(raw: str) -> list[str]:
    """The list a cell holds (`<li>`, `•`, or merged continuation parts), cleaned; [] if none."""
    pieces = [clean_text(p) for p in _LIST_SPLIT.split(raw)]
    pieces = [p for p in pieces if p]
    return pieces if len(pieces) >= 2 else []
