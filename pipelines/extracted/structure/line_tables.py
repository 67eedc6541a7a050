"""A table copied from a web page or a PDF one cell to a line: its column headings one to a line
(years, under one or more group names), then each row as its label on a line and its numbers
one to a line, as many as there are columns:

    No. of firms        <- a group name (one per group of years; the first name line heads the
    No. of staff           rows' labels when there is one more name than groups)
    2000                <- the columns: years, a new group where a year is not after the last
    2010
    2000
    2010
    Total               <- a row: its label, then one number per column
    410
    ...

Read as prose, its years would be facts of their own and its numbers would have neither period
nor measure. Read here, each number has its column's year and group name and its row's label.
Only a block whose rows all have the same number of cells, that number the count of the years
above them, is read so: nothing else is changed."""

from __future__ import annotations

import re

from pipelines.extracted.structure.tables import Cell, Line, ParsedTable, Span

_YEAR = re.compile(r"[ \t]*(?P<y>(?:FY[ \t]?)?(?:1[89]|20)\d\d)(?:年度?)?[ \t]*")
_NUMBER = re.compile(r"[ \t]*[-−▲+]?\d[\d,]*(?:\.\d+)?[ \t]*%?[ \t]*")
_MAX_LABEL = 60  # characters: a longer line is prose, no cell
_MIN_ROWS = 2


def _label(line: Line) -> bool:
    raw = line.raw.strip()
    return (
        0 < len(raw) <= _MAX_LABEL
        and not _NUMBER.fullmatch(line.raw)
        and not _YEAR.fullmatch(line.raw)
        and not raw.endswith((".", "。"))
    )


def _cell(line: Line) -> Cell:
    lead = len(line.raw) - len(line.raw.lstrip())
    text = line.raw.strip()
    return Cell([Span(line.start + lead, line.start + lead + len(text))], [text])


def _year(line: Line) -> int:
    m = _YEAR.fullmatch(line.raw)
    return int(re.sub(r"\D", "", m.group("y"))) if m else 0


def find_line_tables(lines: list[Line]) -> list[tuple[int, int]]:
    """(first, last) line of each table laid out one cell to a line, in text order."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not _YEAR.fullmatch(lines[i].raw) or (i and _YEAR.fullmatch(lines[i - 1].raw)):
            i += 1
            continue
        years = i
        while years < len(lines) and _YEAR.fullmatch(lines[years].raw):
            years += 1
        n_cols, last = years - i, _rows_end(lines, years, years - i)
        if n_cols >= 2 and last is not None:
            first = i  # the names above: one per group of years, and the row labels' name
            while (
                first > 0 and _label(lines[first - 1]) and i - first < _groups(lines[i:years]) + 1
            ):
                first -= 1
            out.append((first, last))
            i = last + 1
        else:
            i = years
    return out


def _groups(years: list[Line]) -> int:
    """Groups of columns: a new one where a year is not after the one before (2000 2010 2000)."""
    return 1 + sum(_year(b) <= _year(a) for a, b in zip(years, years[1:], strict=False))


def _rows_end(lines: list[Line], at: int, n_cols: int) -> int | None:
    """The last line of the rows from `at`, each a label and `n_cols` numbers; None if fewer
    than two such rows follow."""
    rows, k = 0, at
    while k + n_cols < len(lines) and _label(lines[k]):
        cells = lines[k + 1 : k + 1 + n_cols]
        if len(cells) < n_cols or not all(_NUMBER.fullmatch(c.raw) for c in cells):
            break
        rows, k = rows + 1, k + 1 + n_cols
    return k - 1 if rows >= _MIN_ROWS else None


def parse_line_table(lines: list[Line]) -> ParsedTable:
    """The table of lines find_line_tables found: a header of the row labels' name (when given)
    and one cell per column, its group's name and its year (`No. of staff 2010`), and the rows."""
    k = 0
    while not _YEAR.fullmatch(lines[k].raw):
        k += 1
    names, n = lines[:k], 0
    while _YEAR.fullmatch(lines[k + n].raw):
        n += 1
    years = lines[k : k + n]
    groups = _groups(years)
    stub = names[0] if len(names) == groups + 1 else None
    group_names = names[-groups:] if len(names) >= groups else []
    header, g = [_cell(stub) if stub else Cell([Span(lines[k].start, lines[k].start)], [""])], 0
    for j, year in enumerate(years):
        g += j > 0 and _year(year) <= _year(years[j - 1])
        cell = _cell(year)
        if group_names:
            name = _cell(group_names[g])
            cell = Cell(name.spans + cell.spans, name.parts + cell.parts, is_header_source=True)
        header.append(cell)
    rows = [[_cell(ln) for ln in lines[r : r + 1 + n]] for r in range(k + n, len(lines), 1 + n)]
    last = lines[-1]
    return ParsedTable("lines", lines[0].start, last.start + len(last.raw.rstrip()), header, rows)
