"""The passages a timeline is read from: prose sentences, list items, captions and table rows of
any document, each with its span and the heading it sits under (a list item `Started in 2000`
under the heading `Silicon Sea Belt Fukuoka Project` is about that project)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby

import pandas as pd

from pipelines.extracted.structure.sentences import sentences

YEAR = re.compile(
    r"(?<![\d.,/$¥€£-])(?P<y>1[89]\d\d|20[0-3]\d)(?!\d|\.\d|,\d|['’]?s\b)"
    r"(?:\s?(?P<open>~)|\s?(?:[-–—]|to)\s?(?P<e>(?:1[89]|20)?\d\d)(?!\d))?"
)
_PROSE_KINDS = ("paragraph", "list_item", "heading", "caption", "figure_caption", "reference")
# a note of a reference list that cites a work (an italic or quoted title, `Author (2008):`):
# its years date publications; a note that says something (`Now called X since 2001`) is prose
_CITES = re.compile(r"\*[^*\n]{3,}\*|[“\"][^”\"\n]{10,}[”\"]|'[^'\n]{10,}'|\((?:19|20)\d\d[a-z]?\)")
_LONG_CELL = 60  # characters: a cell this long is prose, read sentence by sentence
# a citation's or a budget's passage: its years date no event
_NOT_EVENTS = re.compile(r"\s*(?:[-•▶]\s*)*(?:Sources?|Notes?|FY\s?\d{4})\s*:")
# a reference of a bibliography: its year dates the publication, not the institution it names
_CITATION = re.compile(r"\b(?:accessed|available at|pp\.\s?\d|vol\.\s?\d|ISBN)\b", re.IGNORECASE)
# a list item's lead naming what the item is about, before its colon
_LEAD = re.compile(r"\s*(?P<lead>[^:.\n]{8,160}?\s[–-]\s[^:.\n]{3,120}?)\s*:\s+")
_MARKUP = re.compile(
    r"</?\w+[^<>]*>|\*+|\\|\]\([^)]*\)|\[(?=[^\]]*\]\()|[▶•]|^\s*-\s", re.MULTILINE
)


@dataclass(frozen=True)
class Passage:
    doc_id: str
    start: int  # offsets into the document's text
    end: int
    text: str  # the slice, markup blanked to spaces (same length)
    heading: str  # the nearest heading above, or a table row's label
    kind: str  # paragraph, list_item, table_row ...
    cells: tuple[tuple[str, str, int, int], ...] = ()  # a table row: (header, text, start, end)
    led: bool = False  # `heading` is the list item's own lead (`A – B: ...`)


def blank_markup(text: str) -> str:
    """`<b>Aomori</b>`, `**10,700**`: markup as blanks, so offsets stay those of the text."""
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


def year_of(text: str) -> Iterator[tuple[int, int | None, bool, int, int]]:
    """(year, last year, open-ended `1950~`, start, end) of each year the text names."""
    for m in YEAR.finditer(text):
        y, e = int(m.group("y")), m.group("e")
        last = None
        if e:
            last = int(e) if len(e) == 4 else y // 100 * 100 + int(e)
            if last <= y or last - y > 30:
                last = None
        yield y, last, m.group("open") is not None, m.start(), m.end()


def prose_passages(doc_id: str, text: str, blocks: pd.DataFrame) -> Iterator[Passage]:
    """Sentences of the document's prose blocks that name a year."""
    heading = ""
    for b in blocks.sort_values("char_start").itertuples():
        if b.kind == "heading":
            heading = blank_markup(str(b.text)).strip(" #")
        if b.kind not in _PROSE_KINDS:
            continue
        s0, e0 = int(b.char_start), int(b.char_end)
        if b.kind == "reference" and _CITES.search(text[s0:e0]):
            continue
        masked = blank_markup(text[s0:e0])
        lead = _LEAD.match(masked) if b.kind == "list_item" else None
        begin = lead.end() if lead else 0  # `A, Japan – B, Germany: In 2014, ...`
        about = " ".join(lead.group("lead").split()) if lead else heading
        for s, e in sentences(masked, begin, len(masked)):
            piece = masked[s:e]
            if YEAR.search(piece) and not _NOT_EVENTS.match(piece) and not _CITATION.search(piece):
                yield Passage(doc_id, s0 + s, s0 + e, piece, about, str(b.kind), led=bool(lead))


def table_passages(
    doc_id: str, text: str, cells: pd.DataFrame, captions: dict[str, str]
) -> Iterator[Passage]:
    """Table rows that name a year: short cells as a row (label, header, year), long cells as
    prose sentences."""
    keys = ["table_id", "row_index"]
    ordered = cells.dropna(subset=keys).sort_values([*keys, "col_index"]).itertuples()
    for (table, _), g in groupby(ordered, key=lambda c: (c.table_id, c.row_index)):
        row: list[tuple[str, str, int, int]] = []
        for c in g:
            if not isinstance(c.text, str):
                continue
            s, e = int(c.char_start), int(c.char_end)
            if len(c.text) > _LONG_CELL and YEAR.search(c.text):
                masked = blank_markup(text[s:e])
                for a, b in sentences(masked, 0, len(masked)):
                    if YEAR.search(masked[a:b]):
                        label = row[0][1] if row else ""
                        yield Passage(doc_id, s + a, s + b, masked[a:b], label, "table_cell")
                continue
            header = c.column_header if isinstance(c.column_header, str) else ""
            row.append((header, blank_markup(text[s:e]).strip(), s, e))
        if row and any(YEAR.search(t) for _, t, _, _ in row):
            s, e = min(r[2] for r in row), max(r[3] for r in row)
            yield Passage(
                doc_id, s, e, blank_markup(text[s:e]), captions.get(str(table), ""),
                "table_row", tuple(row),
            )  # fmt: skip


def passages(
    doc_id: str, text: str, blocks: pd.DataFrame, tables_cells: pd.DataFrame,
    captions: dict[str, str],
) -> list[Passage]:  # fmt: skip
    """Every passage of one document that names a year, in text order."""
    prose = blocks[(blocks["doc_id"] == doc_id) & blocks["table_id"].isna()]
    found = list(prose_passages(doc_id, text, prose))
    found += table_passages(doc_id, text, tables_cells[tables_cells["doc_id"] == doc_id], captions)
    return sorted(found, key=lambda p: (p.start, p.end))
