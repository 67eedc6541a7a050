"""The text of a PDF, read with pdfplumber, laid out so the text reader finds what a reader of
the page sees: lines in reading order; a blank line where the page leaves a gap (a new
paragraph); a ruled table (pdfplumber's table finder) and a table set out in columns without
rules (gaps of more than two character widths) as tab-separated rows; page numbers dropped;
a paragraph that runs on to the next page joined to it. The document text is the pages' text
in order, and `page_starts` says where each page begins, so every span has its page.

A PDF with no text layer (a scan), one that needs a password, or one pdfplumber cannot parse
raises DocumentError saying so.
"""

from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass
from typing import Any

from pipelines.errors import DocumentError
from pipelines.raw.decoding import normalise
from pipelines.raw.unreadable import mark_unreadable

COLUMN_GAP = 2.0  # character heights between two words that makes them two columns
PARAGRAPH_GAP = 0.8  # line heights of blank space between two lines that starts a paragraph
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:\d{1,4}|[ivxlc]{1,6})[-–—\s]*$", re.IGNORECASE)
_SENTENCE_END = ("。", ".", "!", "?", "！", "？", ":", "：")


@dataclass(frozen=True)
class PdfText:
    text: str
    page_starts: tuple[int, ...]  # offset in `text` where page 1, 2, ... begins


@dataclass
class _Item:
    top: float
    bottom: float
    text: str
    table: bool = False


def _line_text(chars: list[dict[str, Any]]) -> str:
    """A line from its characters: a space where the page leaves one, a tab at a column gap."""
    out: list[str] = []
    prev: dict[str, Any] | None = None
    for c in sorted(chars, key=lambda c: c["x0"]):
        ch = c["text"]
        if ch.isspace():
            continue
        if prev is not None:
            size = max(float(prev["size"]), 1.0)
            gap = float(c["x0"]) - float(prev["x1"])
            if gap > COLUMN_GAP * size:
                out.append("\t")
            elif gap > 0.15 * size:
                out.append(" ")
        out.append(ch)
        prev = c
    return "".join(out)


def _inside(box: tuple[float, float, float, float], item: dict[str, Any]) -> bool:
    x0, top, x1, bottom = box
    middle = (float(item["top"]) + float(item["bottom"])) / 2
    return top <= middle <= bottom and float(item["x0"]) < x1 and float(item["x1"]) > x0


def _page_items(page: Any) -> list[_Item]:
    tables = page.find_tables()
    items = [
        _Item(
            float(t.bbox[1]),
            float(t.bbox[3]),
            "\n".join(
                "\t".join(" ".join((cell or "").split()) for cell in row) for row in t.extract()
            ),
            table=True,
        )
        for t in tables
    ]
    for line in page.extract_text_lines(return_chars=True):
        if any(_inside(t.bbox, line) for t in tables):
            continue
        text = _line_text(line["chars"])
        if text:
            items.append(_Item(float(line["top"]), float(line["bottom"]), text))
    items.sort(key=lambda i: i.top)
    height = float(page.height)
    while (
        items
        and not items[-1].table
        and items[-1].top > 0.85 * height
        and _PAGE_NUMBER.match(items[-1].text)
    ):
        items.pop()  # the page number in the footer
    while (
        items
        and not items[0].table
        and items[0].bottom < 0.1 * height
        and _PAGE_NUMBER.match(items[0].text)
    ):
        items.pop(0)
    return items


def _is_page_number(item: _Item) -> bool:
    return not item.table and _PAGE_NUMBER.match(item.text) is not None


def _join(items: list[_Item]) -> str:
    if not items:
        return ""
    heights = [i.bottom - i.top for i in items if not i.table] or [10.0]
    line_height = statistics.median(heights)
    out = [items[0].text]
    for prev, item in zip(items, items[1:], strict=False):
        gap = item.top - prev.bottom
        new_block = prev.table or item.table or gap > PARAGRAPH_GAP * line_height
        out.append("\n\n" if new_block else "\n")
        out.append(item.text)
    return "".join(out)


def read_pdf(data: bytes, name: str) -> PdfText:
    """The text of a PDF's text layer and where each page starts; DocumentError naming the
    file when there is none or the file cannot be read."""
    import pdfplumber  # here, not at the top: 0.15 s of imports every run without a PDF pays

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except (DocumentError, MemoryError):
        raise  # the document's time or memory budget ran out (pipelines/extracted/budget.py)
    except Exception as exc:  # pdfplumber wraps every pdfminer failure
        raise DocumentError(_refusal(name, exc)) from None
    with pdf:
        try:
            pages = [(mark_unreadable(_join(_page_items(p))), bool(p.images)) for p in pdf.pages]
        except (DocumentError, MemoryError):
            raise
        except Exception as exc:
            raise DocumentError(_refusal(name, exc)) from None
    if not any(text.strip() for text, _ in pages):
        if any(images for _, images in pages):
            raise DocumentError(
                f"{name}: a PDF with no text layer (a scan?): JRIS reads no text from images; "
                "run OCR on it first (e.g. ocrmypdf)"
            )
        raise DocumentError(f"{name}: a PDF with no text")
    parts: list[str] = []
    starts: list[int] = []
    at = 0
    for k, (text, _) in enumerate(pages):
        text = normalise(text)
        if k:  # a paragraph that runs on to the next page goes on; else a new block
            sep = "\n\n" if not parts[-1] or parts[-1].rstrip().endswith(_SENTENCE_END) else "\n"
            parts.append(sep)
            at += len(sep)
        starts.append(at)
        parts.append(text)
        at += len(text)
    return PdfText("".join(parts), tuple(starts))


def _refusal(name: str, exc: BaseException) -> str:
    cause = exc.__cause__ or exc.__context__ or exc
    if isinstance(cause, MemoryError):  # the document's budget, not the file, is what ran out
        raise MemoryError from None
    kind = type(cause).__name__
    if "Password" in kind or "Encrypt" in kind:
        return (
            f"{name}: an encrypted PDF that needs a password; JRIS reads PDFs that open without one"
        )
    detail = str(cause).strip() or kind
    return f"{name}: not a readable PDF ({detail[:200]})"
