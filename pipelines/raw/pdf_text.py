"""The text of a PDF, read with pdfplumber, laid out so the text reader finds what a reader of
the page sees: each page's lines, columns and tables in reading order (pipelines/raw/pdf_layout.py);
a blank line where the page leaves a gap wider than its usual one between lines (a new
paragraph); ruled and column-set tables as tab-separated rows; page furniture dropped (page
numbers, and lines that recur in the margins of several pages: running heads, printer's
lines); a word hyphenated at a line end, a wrapped range and CJK lines joined; a paragraph that
runs on to the next page or column joined to it. The document text is the pages' text in
order, and `page_starts` says where each page begins, so every span has its page.

Pages without a text layer (scans) are read by OCR (pipelines/raw/pdf_ocr.py), each with its
mean word confidence; a page OCR reads too poorly is left out and named. A PDF with no text even
so, one that needs a password, or one pdfplumber cannot parse raises DocumentError saying so.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from pipelines.plumbing.errors import DocumentError
from pipelines.raw.decoding import normalise
from pipelines.raw.pdf_layout import Item, page_items
from pipelines.raw.pdf_objects import lighten
from pipelines.raw.pdf_ocr import CONFIDENCE_FLOOR, Scans, read_scans
from pipelines.raw.pdf_turn import turned
from pipelines.raw.unreadable import mark_unreadable

FURNITURE_BAND = 0.12  # share of the page's height at its head and foot where furniture is
REPEATED = 0.25  # share of the pages a line in their margins recurs on that makes it furniture
PARAGRAPH_GAP = 0.8  # line heights of blank space between two lines that starts a paragraph
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:page\s+|p\.\s*)?(?:\d{1,5}|[ivxlc]{1,6})(?:\s*(?:/|of)\s*\d{1,4})?[-–—\s]*$",
    re.IGNORECASE,
)
_HYPHENATED = re.compile(r"[a-z]{2}-$")
_WRAPPED_RANGE = re.compile(r"\d[-–—~〜]$")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_SENTENCE_END = ("。", ".", "!", "?", "！", "？", ":", "：")
_SENTENCE_CUT = re.compile(r"[。！？：]|[.!?:](?=\s|$)")  # a sentence's end inside a paragraph


@dataclass(frozen=True)
class PdfText:
    text: str
    page_starts: tuple[int, ...]  # offset in `text` where page 1, 2, ... begins
    ocr_confidence: tuple[float | None, ...] = ()  # per page: None unless read by OCR
    left_out: tuple[tuple[int, str], ...] = ()  # pages (1-based) OCR read too poorly, and why
    furniture: tuple[tuple[int, int], ...] = ()  # spans of `text` that are page furniture


def _furniture_key(item: Item) -> str:
    """A line as it recurs from page to page: numbers may change, a page number may swap
    sides with the running head (left and right pages)."""
    parts = {re.sub(r"\d+", "#", " ".join(p.split())) for p in item.text.split("\t")}
    return "\t".join(sorted(p for p in parts if p.strip("# ")))


def _split_furniture(
    pages: list[list[Item]], heights: list[float]
) -> list[tuple[list[Item], list[Item]]]:
    """Each page's items as its body and its furniture: page numbers at the head or foot,
    lines that recur in the top or bottom margin of several pages (running heads, printer's
    lines), numbers in them allowed to change, and what the layout found to be furniture
    (a margin column of line numbers)."""

    def margin(item: Item, height: float) -> bool:
        return not item.table and (
            item.sideways
            or item.bottom < FURNITURE_BAND * height
            or item.top > (1 - FURNITURE_BAND) * height
        )

    seen: Counter[str] = Counter()
    for items, height in zip(pages, heights, strict=True):
        seen.update({_furniture_key(i) for i in items if margin(i, height)})
    repeated = {k for k, n in seen.items() if k and n >= 2 and n >= REPEATED * len(pages)}
    out = []
    for items, height in zip(pages, heights, strict=True):
        body: list[Item] = []
        furniture: list[Item] = []
        for i in items:
            is_furniture = i.furniture or (
                margin(i, height) and (_furniture_key(i) in repeated or _PAGE_NUMBER.match(i.text))
            )
            (furniture if is_furniture else body).append(i)
        out.append((body, furniture))
    return out


def _glue(prev: str, text: str) -> str | None:
    """What joins two lines of one paragraph when not a line end: nothing inside a word
    hyphenated at the line end (the hyphen dropped), a wrapped range, or CJK text."""
    if _HYPHENATED.search(prev) and text[:1].islower():
        return "-"
    if prev.endswith("-") and text[:1].isalpha():  # FAA-approved: a compound kept whole
        return ""
    if _WRAPPED_RANGE.search(prev) and text[:1].isdigit():
        return ""
    if prev and text and _CJK.match(prev[-1]) and _CJK.match(text[0]):
        return ""
    return None


def _join(items: list[Item]) -> str:
    if not items:
        return ""
    heights = [i.bottom - i.top for i in items if not i.table] or [10.0]
    line_height = statistics.median(heights)
    gaps = [
        b.top - a.bottom
        for a, b in zip(items, items[1:], strict=False)
        if not (a.table or b.table or b.column_start) and b.top > a.bottom
    ]
    # double-spaced lines (a transcript's) are one paragraph: a gap opens one when it is
    # wider than the page's usual gap between lines
    usual = statistics.median(gaps) if len(gaps) >= 3 else 0.0
    paragraph_gap = max(PARAGRAPH_GAP * line_height, usual + 0.6 * line_height)
    out = [items[0].text]
    for prev, item in zip(items, items[1:], strict=False):
        gap = item.top - prev.bottom
        if item.column_start:
            new_block = prev.text.rstrip().endswith(_SENTENCE_END)
        else:
            new_block = prev.table or item.table or gap > paragraph_gap
        glue = None if new_block else _glue(out[-1], item.text)
        if glue == "-":
            out[-1] = out[-1][:-1]
        elif glue is None:
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
        raise  # the document's time or memory budget ran out (pipelines/extracted/store/budget.py)
    except Exception as exc:  # pdfplumber wraps every pdfminer failure
        raise DocumentError(_refusal(name, exc)) from None
    with pdf:
        try:
            laid = [page_items(turned(lighten(p))) for p in pdf.pages]
            scans = read_scans(data, name, pdf.pages, laid)
            laid = [scans.items.get(k, items) for k, items in enumerate(laid)]
            heights = [float(p.height) for p in pdf.pages]
            pages = [
                (mark_unreadable(_join(body)), [_furniture_line(i) for i in furniture])
                for body, furniture in _split_furniture(laid, heights)
            ]
        except (DocumentError, MemoryError):
            raise
        except Exception as exc:
            raise DocumentError(_refusal(name, exc)) from None
    if not any(text.strip() for text, _ in pages):
        raise DocumentError(_no_text(name, scans))
    text, starts, furniture = _assemble(pages)
    confidence = tuple(scans.confidence.get(k) for k in range(len(pages)))
    return PdfText(text, starts, confidence, tuple(scans.left_out), furniture)


def _furniture_line(item: Item) -> str:
    """A line of furniture as one line of text: its pieces apart by spaces, not tabs (it is
    no table's row)."""
    return mark_unreadable(" ".join(item.text.replace("\t", " ").split()))


def _assemble(
    pages: list[tuple[str, list[str]]],
) -> tuple[str, tuple[int, ...], tuple[tuple[int, int], ...]]:
    """The document's text from its pages' bodies and furniture lines; where each page starts;
    and the span of each furniture line. A paragraph that runs on to the next page goes on
    (the page's break is no paragraph's); a page's furniture lines, each a block of its own,
    stand where they cut no paragraph or sentence (`_furniture_cut`), so the document's first
    line is its own, not a running head."""
    parts: list[str] = []
    at = 0  # the length of the text so far

    def add(piece: str) -> None:
        nonlocal at
        parts.append(piece)
        at += len(piece)

    def end() -> str:  # the end of the text so far, enough to see how it ends
        return "".join(parts[-6:])[-400:]

    starts: list[int] = []
    spans: list[tuple[int, int]] = []
    ends_in_furniture = ended = False
    for k, (body, lines) in enumerate(pages):
        body = normalise(body)
        if k:
            ended = ends_in_furniture or not end().strip() or end().rstrip().endswith(_SENTENCE_END)
            add("\n\n" if ended else "\n" if _glue(end(), body) is None else "")
        starts.append(at)
        furniture = [x for x in (normalise(x) for x in lines) if x]
        cut = _furniture_cut(body, bool(k) and ended) if furniture else len(body)
        add(body[:cut])
        for line in furniture:
            add(_block_gap(end()))
            spans.append((at, at + len(line)))
            add(line)
        rest = body[cut:]
        if rest and not rest.startswith("\n\n"):  # furniture at a sentence's end or page's start
            rest = _block_gap(end()) + rest.lstrip()
        add(rest)
        ends_in_furniture = bool(spans) and spans[-1][1] == at
    return "".join(parts), tuple(starts), tuple(spans)


def _furniture_cut(body: str, paragraph_ended: bool) -> int:
    """Where a page's furniture goes in its body: after its first paragraph (which may run on
    from the page before); on a page of one paragraph, at its start when the text before
    ended a paragraph, else after its last complete sentence, so that a paragraph running on
    over the page is parted between sentences, never mid-sentence; on a page without one, at
    its start, where the page breaks the sentence anyway."""
    cut = body.find("\n\n")
    if cut >= 0:
        return cut
    ends = [] if paragraph_ended else [m.end() for m in _SENTENCE_CUT.finditer(body)]
    return ends[-1] if ends else 0


def _block_gap(text: str) -> str:
    """What sets a new block apart from the text before it: a blank line."""
    if not text or text.endswith("\n\n"):
        return ""
    return "\n" if text.endswith("\n") else "\n\n"


def pages_named(left_out: tuple[tuple[int, str], ...] | list[tuple[int, str]]) -> str:
    """Pages left out, as a sentence names them: `page 2 (OCR found no words); page 5 (...)`."""
    return "; ".join(f"page {page} ({why})" for page, why in left_out)


def _no_text(name: str, scans: Scans) -> str:
    if scans.left_out:
        return (
            f"{name}: a scan OCR could not read ({pages_named(scans.left_out)}; pages under a "
            f"mean word confidence of {CONFIDENCE_FLOOR:g} are not published)"
        )
    return f"{name}: a PDF with no text"


def _allocation_failed(exc: BaseException) -> bool:
    """A C function that returned failure without setting an exception: what C code does when
    an allocation fails under the child's address-space limit (the memory budget)."""
    return isinstance(exc, SystemError) and "without exception set" in str(exc)


def _refusal(name: str, exc: BaseException) -> str:
    cause = exc.__cause__ or exc.__context__ or exc
    if isinstance(cause, MemoryError) or _allocation_failed(cause):
        raise MemoryError from None  # the document's budget, not the file, is what ran out
    kind = type(cause).__name__
    if "Password" in kind or "Encrypt" in kind:
        return (
            f"{name}: an encrypted PDF that needs a password; JRIS reads PDFs that open without one"
        )
    detail = str(cause).strip() or kind
    return f"{name}: not a readable PDF ({detail[:200]})"
