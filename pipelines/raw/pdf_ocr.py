"""Scanned pages read with OCRmyPDF and Tesseract: pages without a text layer (an image of
text, or glyphs without a Unicode map) are rasterised and recognised, and come back as the
characters the layout reader reads (pipelines/raw/hocr.py), each page with its mean word
confidence.

OCRmyPDF runs in this process (a forked child of the run: pipelines/extracted/store/budget.py) with
one job and threads, so the document's budgets bound it; Tesseract is its subprocess. Without
Tesseract a scan is refused in one line saying what to install: the file stays in raw/ and
reads once it is there.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipelines.plumbing.errors import DocumentError
from pipelines.raw.hocr import OcrPage, read_hocr
from pipelines.raw.pdf_layout import Item, page_items
from pipelines.raw.unreadable import mark_unreadable

LANGUAGES = ("eng", "jpn", "jpn_vert")  # Debian's tesseract-ocr-eng, -jpn and -jpn-vert
PACKAGES = "tesseract-ocr tesseract-ocr-eng tesseract-ocr-jpn tesseract-ocr-jpn-vert"
# Mean word confidence under which a page's reading is not published: clean 200-dpi scans of
# the test pages read at 0.90-0.96; one at 50 dpi read 0.83 and misread 26 as 24 and 5,000 as
# 6,000, numbers a fact would carry.
CONFIDENCE_FLOOR = 0.85


def installed_languages() -> list[str]:
    """The OCR languages Tesseract has here, of those JRIS reads; [] without Tesseract."""
    if shutil.which("tesseract") is None:
        return []
    from ocrmypdf._exec import tesseract

    have = set(tesseract.get_languages())
    return [lang for lang in LANGUAGES if lang in have]


def _missing(name: str) -> DocumentError:
    return DocumentError(
        f"{name}: a scan (pages without a text layer) that needs OCR, and Tesseract with its "
        f"English and Japanese data is not installed here: run `make ocr` (or apt-get install "
        f"{PACKAGES}), then run again"
    )


def ocr_pages(
    data: bytes, name: str, pages: list[int], sizes: list[tuple[float, float]]
) -> dict[int, OcrPage]:
    """The pages (0-based) of this PDF read by OCR, each in points of its (width, height)."""
    languages = installed_languages()
    if "eng" not in languages or "jpn" not in languages:
        raise _missing(name)
    from ocrmypdf.api import _pdf_to_hocr  # 1 s of imports only a scan pays
    from ocrmypdf.exceptions import ExitCodeException

    logging.getLogger("ocrmypdf").setLevel(logging.ERROR)  # its progress is not the run's
    with tempfile.TemporaryDirectory(prefix="jris-ocr-") as tmp:
        source, work = Path(tmp) / "scan.pdf", Path(tmp) / "hocr"
        source.write_bytes(data)
        work.mkdir()
        try:
            _pdf_to_hocr(
                source,
                work,
                language=languages,
                mode="force",  # a page of (cid:N) glyphs has text, but none to read
                pages=",".join(str(p + 1) for p in pages),
                jobs=1,
                use_threads=True,
                progress_bar=False,
            )
        except ExitCodeException as exc:
            detail = " ".join(str(exc).split())[:200] or type(exc).__name__
            raise DocumentError(f"{name}: OCR of its scanned pages failed ({detail})") from None
        out = {}
        for p in pages:
            hocr = work / f"{p + 1:06d}_ocr_hocr.hocr"
            width, height = sizes[p]
            out[p] = (
                read_hocr(hocr.read_bytes(), width, height)
                if hocr.exists()
                else OcrPage([], width, height, None, 0)
            )
    return out


@dataclass
class Scans:
    """What OCR made of a PDF's scanned pages: their lines (none for a page left out), each
    page's confidence, and the pages left out, named."""

    items: dict[int, list[Item]] = field(default_factory=dict)
    confidence: dict[int, float | None] = field(default_factory=dict)
    left_out: list[tuple[int, str]] = field(default_factory=list)  # page (1-based), why


def _is_scan(items: list[Item], page: Any) -> bool:
    """A page that shows something but has no text to read: an image, or only glyphs
    without a Unicode map."""
    if any(mark_unreadable(i.text).strip() for i in items):
        return False
    return bool(page.images) or bool(page.chars)


def read_scans(data: bytes, name: str, pages: list[Any], laid: list[list[Item]]) -> Scans:
    """The scanned pages of a PDF read by OCR; a page whose words Tesseract reads with a
    mean confidence under CONFIDENCE_FLOOR (or none at all) is left out, by number."""
    scans = Scans()
    todo = [k for k, (items, page) in enumerate(zip(laid, pages, strict=True))
            if _is_scan(items, page)]  # fmt: skip
    if not todo:
        return scans
    sizes = [(float(p.width), float(p.height)) for p in pages]
    for k, page in ocr_pages(data, name, todo, sizes).items():
        scans.confidence[k] = page.confidence
        if page.confidence is None or page.confidence < CONFIDENCE_FLOOR:
            how = "no words" if page.confidence is None else f"confidence {page.confidence:.2f}"
            scans.left_out.append((k + 1, how))
            scans.items[k] = []
        else:
            scans.items[k] = page_items(page)
    return scans
