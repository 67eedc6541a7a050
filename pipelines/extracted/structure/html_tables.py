"""HTML tables read by an HTML5 parser (selectolax on lexbor, MIT), with exact cell spans.

The parser decides what a browser would: which rows and cells there are (a `<td>` or `<tr>`
left open is closed where HTML5 closes it, a missing `<tbody>` is implied), header cells,
`colspan` and `rowspan`, and which rows belong to a table nested in a cell. Parsers give no
source offsets, so every cell start tag is marked with its offset before parsing; a cell's
content runs from the end of its start tag to the next tag of the table's own structure (a cell,
row, row group or table tag outside any nested table), which is where HTML5 ends it.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from pipelines.extracted.structure.tables import Cell, ParsedTable, Span

_MARK = "data-jris-at"
_CELL_START = re.compile(r"<(?:td|th)(?=[\s>/])", re.IGNORECASE)
_START_TAG_END = re.compile(r"(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_STRUCTURE = re.compile(
    r"<(?P<close>/)?(?P<tag>td|th|tr|thead|tbody|tfoot|table|caption)(?=[\s>/])", re.IGNORECASE
)
_TABLE_START = re.compile(r"<(?P<close>/)?table(?=[\s>/])", re.IGNORECASE)


def table_end(text: str, start: int) -> int | None:
    """The end of the `<table>` element that starts at `start`, nested tables counted; None
    when it is never closed."""
    depth = 0
    for m in _TABLE_START.finditer(text, start):
        depth += -1 if m.group("close") else 1
        if depth == 0:
            close = text.find(">", m.end())
            return close + 1 if close >= 0 else None
    return None


def find_html_tables(text: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost `<table>` element that is closed, in text order."""
    out: list[tuple[int, int]] = []
    if "<table" not in text.lower():
        return out
    for m in _TABLE_START.finditer(text):
        if m.group("close") or (out and m.start() < out[-1][1]):
            continue
        end = table_end(text, m.start())
        if end is not None:
            out.append((m.start(), end))
    return out


def _content_end(text: str, at: int, limit: int) -> int:
    """Where the cell whose content starts at `at` ends: the next structure tag of its table."""
    depth = 0
    for m in _STRUCTURE.finditer(text, at, limit):
        tag, close = m.group("tag").lower(), bool(m.group("close"))
        if tag == "table":
            if not close:
                depth += 1
                continue
            if depth:
                depth -= 1
                continue
        if depth == 0:
            return m.start()
    return limit


def _own_rows(table: LexborNode) -> list[LexborNode]:
    """The rows of this table, not of a table nested in one of its cells."""
    rows = []
    for tr in table.css("tr"):
        node = tr.parent
        while node is not None and node.tag != "table":
            node = node.parent
        if node is not None and node.mem_id == table.mem_id:
            rows.append(tr)
    return rows


def _span(text: str, at: int, limit: int) -> Span:
    tag_end = _START_TAG_END.match(text, at + 3)
    content_start = tag_end.end() if tag_end else at
    content_end = _content_end(text, content_start, limit)
    raw = text[content_start:content_end]
    lead = len(raw) - len(raw.lstrip())
    body = raw.strip()
    start = content_start + (lead if body else 0)
    return Span(start, start + len(body))


def parse_html(text: str, start: int, end: int) -> ParsedTable | None:
    """The table of the `<table>` element text[start:end]."""
    chunk = text[start:end]
    marked = _CELL_START.sub(lambda m: f'{m.group(0)} {_MARK}="{start + m.start()}"', chunk)
    table = LexborHTMLParser(marked).css_first("table")
    if table is None:
        return None
    grid: list[list[Cell]] = []
    header_rows = 0
    pending: dict[tuple[int, int], Cell] = {}  # rowspan carries
    for r_index, tr in enumerate(_own_rows(table)):
        row: list[Cell] = []
        col = 0
        all_th = True
        for node in tr.iter():
            if node.tag not in ("td", "th"):
                continue
            while (r_index, col) in pending:
                row.append(pending.pop((r_index, col)))
                col += 1
            at = node.attributes.get(_MARK)
            span = _span(text, int(at), end) if at else Span(end, end)
            cell = Cell([span], [text[span.start : span.end]])
            all_th &= node.tag == "th"
            colspan, rowspan = _count(node, "colspan"), _count(node, "rowspan")
            for k in range(colspan):
                row.append(cell)
                for down in range(1, rowspan):
                    pending[(r_index + down, col + k)] = cell
            col += colspan
        while (r_index, col) in pending:
            row.append(pending.pop((r_index, col)))
            col += 1
        if row:
            grid.append(row)
            if all_th and r_index == header_rows:
                header_rows += 1
    if not grid:
        return None
    n_cols = max(len(r) for r in grid)
    full = [r + [Cell([Span(end, end)], [""]) for _ in range(n_cols - len(r))] for r in grid]
    header = full[0] if header_rows >= 1 else None
    body = full[1:] if header_rows >= 1 else full
    return ParsedTable("html", start, end, header, body)


def _count(node: LexborNode, name: str) -> int:
    """colspan / rowspan as HTML5 reads them: a positive integer, else 1 (capped at 1000)."""
    value = (node.attributes.get(name) or "").strip()
    digits = re.match(r"\d+", value)
    return min(max(int(digits.group(0)), 1), 1000) if digits else 1
