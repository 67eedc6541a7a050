"""A page Tesseract read, from its hOCR, as the characters the layout reader reads
(pipelines/raw/pdf_layout.py), with the page's mean word confidence.

Why not the text layer OCRmyPDF writes into the PDF: that layer's invisible glyphs take the
width of a stock font, stretched over each word's box, and Tesseract's boxes for Japanese words
overlap (a number's box runs over the kanji after it), so read back by position the characters
come out of order (`約1万700社が参加` read as `約1万70社が0参加`). hOCR keeps Tesseract's own order:
each line's words in order, each word's box clipped so it never runs past the next word's, its
characters spread evenly over it (down the page in a vertical line of Japanese, where a word of
digits too is set one character below the other, and each word starts below the one before).
The layout reader then finds columns, tables and furniture as it does on any page.
"""

from __future__ import annotations

import re
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

Char = dict[str, Any]

_BBOX = re.compile(r"bbox (\d+) (\d+) (\d+) (\d+)")
_WCONF = re.compile(r"x_wconf (\d+)")
_XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class OcrPage:
    """What a page read by OCR gives the layout reader: `chars`, `width`, `find_tables()`,
    as a pdfplumber page does; `confidence` is the mean of its words' confidences (0-1),
    None when Tesseract found no word."""

    chars: list[Char]
    width: float
    height: float
    confidence: float | None
    words: int

    def find_tables(self) -> list[Any]:
        return []  # the rules of a scanned table are pixels: its columns are found by position


def _box(title: str) -> tuple[float, float, float, float] | None:
    m = _BBOX.search(title)
    return tuple(float(v) for v in m.groups()) if m else None  # type: ignore[return-value]


def _cjk(text: str) -> bool:
    return any("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in text)


def _spread(
    text: str, box: tuple[float, float, float, float], size: float, down: bool = False
) -> list[Char]:
    """The word's characters, each an equal share of its box: across, or down for a word
    set vertically (in a column of Japanese, `down`, or a word taller than wide)."""
    x0, top, x1, bottom = box
    n = len(text)
    vertical = n > 1 and (down or (_cjk(text) and bottom - top > 1.5 * (x1 - x0)))
    out = []
    for k, ch in enumerate(text):
        if vertical:
            step = (bottom - top) / n
            cbox = (x0, top + k * step, x1, top + (k + 1) * step)
        else:
            step = (x1 - x0) / n
            cbox = (x0 + k * step, top, x0 + (k + 1) * step, bottom)
        out.append(
            {
                "text": ch,
                "x0": cbox[0],
                "top": cbox[1],
                "x1": cbox[2],
                "bottom": cbox[3],
                "size": size,
                "fontname": "OCR",
                "upright": True,
            }
        )
    return out


def _line_words(line: ET.Element, scale: float) -> list[tuple[str, tuple[float, ...], int]]:
    words = []
    for span in line.iter(f"{_XHTML}span"):
        if "ocrx_word" not in (span.get("class") or ""):
            continue
        text = "".join(span.itertext()).strip()
        box = _box(span.get("title") or "")
        conf = _WCONF.search(span.get("title") or "")
        if text and box:
            words.append((text, tuple(v * scale for v in box), int(conf.group(1)) if conf else 0))
    return words


def read_hocr(hocr: bytes, width: float, height: float) -> OcrPage:
    """The page of this hOCR as characters in PDF points on a page `width` points wide."""
    root = ET.fromstring(hocr)
    page = next((e for e in root.iter() if "ocr_page" in (e.get("class") or "")), None)
    page_box = _box(page.get("title") or "") if page is not None else None
    scale = width / page_box[2] if page_box and page_box[2] else 1.0
    chars: list[Char] = []
    confidences: list[int] = []
    for line in root.iter(f"{_XHTML}span"):
        kind = line.get("class") or ""
        if not kind.startswith("ocr_") or kind == "ocrx_word":
            continue  # ocr_line, ocr_caption, ocr_header, ocr_textfloat: a line of words
        words = _line_words(line, scale)
        if not words:
            continue
        line_box = _box(line.get("title") or "")
        heights = [b[3] - b[1] for _, b, _ in words]
        across = not line_box or (line_box[2] - line_box[0]) >= (line_box[3] - line_box[1])
        size = (
            statistics.median(heights)
            if across
            else statistics.median(b[2] - b[0] for _, b, _ in words)
        )
        below = 0.0  # in a column: where the word before ends
        for k, (text, box, conf) in enumerate(words):
            x0, top, x1, bottom = box
            if not across:  # a column keeps Tesseract's order: each word below the one before
                top = max(top, below)
                bottom = below = max(bottom, top + 0.1)
            if across and k + 1 < len(words):  # never past the next word's start
                after, next_x0 = words[k + 1][0], words[k + 1][1][0]
                x1 = max(x0 + 0.1, min(x1, next_x0))
                if (_cjk(text[-1]) or _cjk(after[0])) and next_x0 - x1 < size:
                    x1 = max(x1, next_x0)  # Japanese words are written without spaces: 昭和58年
            chars.extend(_spread(text, (x0, top, x1, bottom), size, down=not across))
            confidences.append(conf)
    confidence = statistics.fmean(confidences) / 100 if confidences else None
    return OcrPage(chars, width, height, confidence, len(confidences))
