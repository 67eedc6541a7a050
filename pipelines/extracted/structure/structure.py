"""A document's structure: headings, paragraphs, list items, tables, captions, footnotes,
references, each with its heading path and exact char span.

Works line by line on the normalised text and names no document: the rules are the forms
that converted papers, reports and slide decks take (Markdown headings, bold-only lines,
numbered sections, short standalone slide titles, bullets of many shapes).
"""

from __future__ import annotations

import bisect
import re

from pipelines.extracted.structure import block_patterns as bp
from pipelines.extracted.structure.blocks import Block, DocumentStructure
from pipelines.extracted.structure.captions import attach_captions
from pipelines.extracted.structure.html_tables import find_html_tables, parse_html
from pipelines.extracted.structure.line_tables import find_line_tables, parse_line_table
from pipelines.extracted.structure.markdown_tables import find_gfm_tables, parse_gfm, parse_pipe
from pipelines.extracted.structure.tables import (
    Line,
    ParsedTable,
    Region,
    find_regions,
    parse_tsv,
    split_lines,
)
from pipelines.extracted.structure.text_clean import clean_text


def _words(s: str) -> int:
    return len(s.split())


def _title_like(text: str, max_words: int) -> bool:
    t = text.strip()
    return (
        0 < _words(t) <= max_words
        and len(t) <= 120
        and not re.search(r"[.,;!?。、，．！？]$", t)
        and bool(re.match(r"[\"“'(]?[A-Z0-9\u3040-\u30ff\u4e00-\u9fff]", t))
    )


class _Builder:
    def __init__(self, text: str, furniture: tuple[tuple[int, int], ...] = ()) -> None:
        self.text = text
        self.lines = split_lines(text)
        # lines of page furniture (a PDF's running heads, printer's lines, page and line
        # numbers: pipelines/raw/pdf_text.py): blocks of their own kind, never prose
        spans = sorted(furniture)
        self.furniture = {
            ln.index
            for ln in self.lines
            if not ln.blank
            and (k := bisect.bisect_right(spans, (ln.start, len(text) + 1)) - 1) >= 0
            and spans[k][0] <= ln.start < spans[k][1]
        }
        self.blocks: list[Block] = []
        self.tables: list[tuple[Block, ParsedTable]] = []
        self.stack: list[tuple[int, str]] = []  # (level, heading text)
        self.explicit_level = 0  # level of the last Markdown / numbered heading
        self.implicit_level = 0
        self.region_starts: set[int] = set()  # first lines of table regions

    # ---------------------------------------------------------------- helpers
    def span(self, first: int, last: int) -> tuple[int, int]:
        """Char span of lines first..last, leading and trailing white space trimmed."""
        a, b = self.lines[first], self.lines[last]
        start = a.start + (len(a.raw) - len(a.raw.lstrip()))
        end = b.start + len(b.raw.rstrip())
        return start, max(start, end)

    def path(self) -> list[str]:
        return [t for _, t in self.stack]

    def add(
        self, kind: str, first: int, last: int, text: str | None = None, level: int | None = None
    ) -> Block:
        start, end = self.span(first, last)
        raw = self.text[start:end]
        block = Block(
            kind, start, end, text if text is not None else clean_text(raw), level, self.path()
        )
        self.blocks.append(block)
        return block

    def push_heading(self, level: int, first: int, last: int, text: str) -> None:
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.add("heading", first, last, text, level)
        self.stack.append((level, text))

    def next_nonblank(self, i: int) -> Line | None:
        # by index, not over a slice: a slice copies the rest of the document at every call
        for k in range(i + 1, len(self.lines)):
            if not self.lines[k].blank:
                return self.lines[k]
        return None

    def prev_nonblank(self, i: int) -> Line | None:
        for k in range(i - 1, -1, -1):
            if not self.lines[k].blank:
                return self.lines[k]
        return None

    def alone(self, i: int) -> bool:
        before = i == 0 or self.lines[i - 1].blank
        after = i + 1 >= len(self.lines) or self.lines[i + 1].blank
        return before and after

    def in_references(self) -> bool:
        return any(bp.REFERENCE_HEADING.match(t) for _, t in self.stack[-1:])

    # ---------------------------------------------------------------- classification
    def starts_block(self, raw: str) -> bool:
        return bool(
            bp.MD_HEADING.match(raw)
            or bp.BULLET.match(raw)
            or bp.NUMBERED.match(raw)
            or bp.TABLE_CAPTION.match(raw)
            or bp.FIGURE_CAPTION.match(raw)
            or bp.FOOTNOTE.match(raw)
            or bp.RULE.match(raw)
            or bp.HTML_BLOCK.match(raw)
            or "\t" in raw
        )

    def numbered_sibling(self, line: Line | None, n: int) -> bool:
        if line is None:
            return False
        m = re.match(r"^\s*(\d{1,3})[.)]\s", line.raw)
        return m is not None and int(m.group(1)) == n

    def section_heading(self, i: int) -> tuple[int, str] | None:
        m = bp.SECTION.match(self.lines[i].raw)
        if not m:
            return None
        num, title = (
            (m.group("num"), m.group("title"))
            if m.group("num")
            else (m.group("num1"), m.group("title1"))
        )
        title_clean = clean_text(title)
        if not _title_like(title_clean, 15) or "\t" in self.lines[i].raw:
            return None
        if "." not in num:  # "3. Good practices" is a section unless it sits in a 1., 2., 3. list
            n = int(num)
            if self.numbered_sibling(self.prev_nonblank(i), n - 1) or self.numbered_sibling(
                self.next_nonblank(i), n + 1
            ):
                return None
            if not self.alone(i):
                return None
        return num.count(".") + 1, clean_text(self.lines[i].raw)

    def implicit_heading(self, i: int) -> bool:
        """A short standalone line introducing longer text or a list: a slide or poster title."""
        line = self.lines[i]
        if not self.alone(i):
            return False
        text = clean_text(line.raw)
        nxt = self.next_nonblank(i)
        if nxt is None or re.match(r"^\s*(\(|source)", text, re.IGNORECASE):
            return False
        nxt_is_list = bool(bp.BULLET.match(nxt.raw) or bp.NUMBERED.match(nxt.raw))
        if text.endswith(":") and _words(text) <= 6 and nxt_is_list:
            return True
        if not _title_like(text, 8):
            return False
        return nxt_is_list or len(nxt.raw.strip()) >= 80 or "\t" in nxt.raw

    # ---------------------------------------------------------------- main loop
    def build(self) -> DocumentStructure:
        html, gfm = find_html_tables(self.text), find_gfm_tables(self.lines)
        cells = find_line_tables(self.lines)
        regions = {r.first: r for r in find_regions(self.lines, html, gfm, cells)}
        self.region_starts = set(regions)
        first_content = next((ln.index for ln in self.lines if not ln.blank), None)
        i = 0
        while i < len(self.lines):
            line = self.lines[i]
            if i in self.furniture:
                self.add("furniture", i, i, clean_text(line.raw))
                i += 1
                continue
            if i in regions:
                i = self.table_region(regions[i]) + 1
                continue
            raw = line.raw
            if line.blank or bp.RULE.match(raw):
                i += 1
                continue
            if bp.HTML_FURNITURE.match(raw):
                i += 1
                continue
            if (h := bp.HTML_HEADING.match(raw)) is not None:
                level = int(h.group("level"))
                self.explicit_level = level
                self.push_heading(level, i, i, clean_text(h.group("text")))
                i += 1
                continue
            if (m := bp.MD_HEADING.match(raw)) is not None:
                level = len(m.group(1))
                self.explicit_level = level
                self.push_heading(level, i, i, clean_text(m.group(2)))
                i += 1
                continue
            if (ja := bp.JA_HEADING.match(raw)) is not None and self.alone(i):
                unit = ja.group("unit")
                level = 1 if unit in ("章", "部", "編") else 2 if unit or ja.group("bracket") else 3
                self.explicit_level = level
                self.push_heading(level, i, i, clean_text(raw))
                i += 1
                continue
            ja_caption = bp.JA_CAPTION.match(raw)
            if bp.TABLE_CAPTION.match(raw) or bp.FIGURE_CAPTION.match(raw) or ja_caption:
                table = bp.TABLE_CAPTION.match(raw) or (ja_caption and ja_caption["kind"] == "表")
                kind = "caption" if table else "figure_caption"
                j = self.paragraph_end(i)
                self.add(
                    kind, i, j, clean_text(self.text[slice(*self.span(i, j))], keep_newlines=False)
                )
                i = j + 1
                continue
            if bp.FOOTNOTE.match(raw):
                j = self.paragraph_end(i)
                self.add("footnote", i, j)
                i = j + 1
                continue
            if bp.PAGE_NUMBER.match(raw) and self.alone(i):
                self.add("page_number", i, i)
                i += 1
                continue
            if (sec := self.section_heading(i)) is not None:
                self.explicit_level = sec[0]
                self.push_heading(sec[0], i, i, sec[1])
                i += 1
                continue
            bullet = bp.BULLET.match(raw) or bp.NUMBERED.match(raw)
            if bullet:
                i = self.list_item(i, bullet) + 1
                continue
            if i == first_content and self.alone(i) and _title_like(clean_text(raw), 20):
                self.explicit_level = 1
                self.push_heading(1, i, i, clean_text(raw))
                i += 1
                continue
            if bp.BOLD_LINE.match(raw) and _words(clean_text(raw)) <= 15 and self.alone(i):
                self.push_heading(self.explicit_level + 1, i, i, clean_text(raw))
                i += 1
                continue
            if self.implicit_heading(i):
                text = clean_text(raw)
                level = self.explicit_level + (2 if text.endswith(":") else 1)
                self.push_heading(level, i, i, text)
                i += 1
                continue
            j = self.paragraph_end(i)
            kind = "paragraph"
            if self.in_references() and self.citation_like(self.text[slice(*self.span(i, j))]):
                kind = "reference"
            self.add(kind, i, j)
            i = j + 1
        attach_captions(self.text, self.blocks, self.tables)
        return DocumentStructure(self.blocks, self.tables)

    def citation_like(self, raw: str) -> bool:
        text = clean_text(raw)
        return len(text) > 30 and bool(bp.CITATION_LIKE.match(text)) and bool(bp.YEAR.search(text))

    def paragraph_end(self, i: int) -> int:
        j = i
        while j + 1 < len(self.lines):
            nxt = self.lines[j + 1]
            if nxt.blank or self.starts_block(nxt.raw) or j + 1 in self.region_starts:
                break
            j += 1
        return j

    def list_item(self, i: int, m: re.Match[str]) -> int:
        indent = m.group("indent").replace("\t", "    ")
        level = len(indent) // 2 + 1
        j = i
        while j + 1 < len(self.lines):  # lines wrapped under the item belong to it
            nxt = self.lines[j + 1]
            if nxt.blank or self.starts_block(nxt.raw) or bp.MD_HEADING.match(nxt.raw):
                break
            j += 1
        body_start = self.lines[i].start + m.start("body")
        end = self.span(i, j)[1]
        text = clean_text(bp.SECOND_BULLET.sub("", self.text[body_start:end]))
        kind = "reference" if self.in_references() and self.citation_like(text) else "list_item"
        block = self.add(kind, i, j, text, level)
        block.start = self.span(i, i)[0]
        return j

    def table_region(self, region: Region) -> int:
        lines = self.lines[region.first : region.last + 1]
        if region.kind == "html":
            table = parse_html(self.text, region.start, region.end)
            kind = "table" if table else "layout"
        elif region.kind == "gfm":
            table, kind = parse_gfm(lines), "table"
        elif region.kind == "lines":
            table, kind = parse_line_table(lines), "table"
        elif region.kind == "pipe":
            table = parse_pipe(lines)
            kind = "table" if table else "layout"
        else:
            kind, table = parse_tsv(lines)
        if table is not None:
            block = self.add("table", region.first, region.last, text=None)
            block.start, block.end = table.start, table.end
            block.text = table_text(table)
            block.table = table
            self.tables.append((block, table))
        elif kind == "toc":
            for k in range(region.first, region.last + 1):
                self.add("toc_entry", k, k, clean_text(self.lines[k].raw.replace("\t", " ")))
        else:
            for k in range(region.first, region.last + 1):
                if not self.lines[k].blank:
                    self.add("paragraph", k, k)
        return region.last


def table_text(table: ParsedTable) -> str:
    """A table as text: one line per row (header first), cells separated by ` | `."""
    rows = ([table.header] if table.header else []) + table.rows
    return "\n".join(" | ".join(clean_text(c.raw) for c in row) for row in rows)


def parse_structure(text: str, furniture: tuple[tuple[int, int], ...] = ()) -> DocumentStructure:
    """The document's blocks and tables; `furniture`, spans of page furniture a PDF's reader
    found, are blocks of kind `furniture`."""
    return _Builder(text, furniture).build()
