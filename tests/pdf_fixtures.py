"""Test PDFs written with a real PDF writer (reportlab), in our own words: English and Japanese
text, a ruled and an unruled table, a paragraph that runs on to the next page, page numbers;
and the PDFs JRIS must refuse: a scan (an image, no text), an encrypted and a broken file.
`invariant=1` makes the bytes the same on every run."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = A4
LEFT = 60
JA_FONT = "HeiseiKakuGo-W5"

ENGLISH_PAGE_1 = [
    "Regional innovation in Tohoku",
    "",
    "In 1983, the Technopolis Law was enacted and 26 areas were designated in the years",
    "that followed. By 1990, about 5,000 firms had moved into the designated areas.",
    "",
    "The Industrial Cluster Program started in 2001. It linked about 10,700 SMEs and",
    "290 universities by March 2007, and its budget in FY 2008 was 17.4 billion yen. The",
]
ENGLISH_PAGE_2 = [
    "programme was run by METI through its nine regional bureaus.",
    "",
    "Table 1: Clusters by region",
]
RULED_ROWS = [["Region", "Projects", "Firms"], ["Tohoku", "2", "730"], ["Kyushu", "3", "1,100"]]
UNRULED_ROWS = [["Prefecture", "Sites", "Budget"], ["Iwate", "4", "120"], ["Miyagi", "6", "310"]]

JAPANESE_PAGE_1 = [
    "地域イノベーション政策の概要",
    "",
    "テクノポリス法は昭和58年に制定された。指定された地域は26地域である。",
    "産業クラスター計画は平成13年度に始まり、平成19年3月末時点で約1万700社が参加",
]
JAPANESE_PAGE_2 = [
    "している。同年度の関連予算は約600億円であった。",
    "",
    "表1 地域別の参加企業数",
]
JA_ROWS = [["地域", "企業数"], ["東北", "730社"], ["九州", "1,100社"]]


def _lines(c: canvas.Canvas, lines: list[str], font: str, size: float, y: float) -> float:
    c.setFont(font, size)
    for line in lines:
        if line:
            c.drawString(LEFT, y, line)
        y -= size * 1.5
    return y


def _page_number(c: canvas.Canvas, n: int) -> None:
    c.setFont("Helvetica", 9)
    c.drawCentredString(WIDTH / 2, 30, str(n))


def _ruled_table(c: canvas.Canvas, rows: list[list[str]], font: str, y: float) -> float:
    col, row_h = 120, 20
    x0, top = LEFT, y + 14
    n_rows, n_cols = len(rows), len(rows[0])
    for r in range(n_rows + 1):
        c.line(x0, top - r * row_h, x0 + n_cols * col, top - r * row_h)
    for k in range(n_cols + 1):
        c.line(x0 + k * col, top, x0 + k * col, top - n_rows * row_h)
    c.setFont(font, 10)
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            c.drawString(x0 + k * col + 4, top - r * row_h - 14, text)
    return top - n_rows * row_h - 20


def _unruled_table(c: canvas.Canvas, rows: list[list[str]], y: float) -> float:
    c.setFont("Helvetica", 10)
    for row in rows:
        for k, text in enumerate(row):
            c.drawString(LEFT + k * 140, y, text)
        y -= 16
    return y


def _pdf(pages: Iterable[Callable[[canvas.Canvas], object]], **options: Any) -> bytes:
    """The PDF of these pages, each drawn by one function, the same bytes on every run."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, **options)
    for draw in pages:
        draw(c)
        c.showPage()
    c.save()
    return buf.getvalue()


def one_line_pdf(line: str) -> bytes:
    """A page with one line of English: the least a PDF can say."""
    return _pdf([lambda c: c.drawString(72, 720, line)])


def english_pdf() -> bytes:
    def page_1(c: canvas.Canvas) -> None:
        _lines(c, ENGLISH_PAGE_1, "Helvetica", 11, HEIGHT - 80)
        _page_number(c, 1)

    def page_2(c: canvas.Canvas) -> None:
        y = _lines(c, ENGLISH_PAGE_2, "Helvetica", 11, HEIGHT - 80)
        y = _ruled_table(c, RULED_ROWS, "Helvetica", y - 10)
        y = _lines(c, ["", "Table 2: Technopolis sites", ""], "Helvetica", 11, y)
        _unruled_table(c, UNRULED_ROWS, y)
        _page_number(c, 2)

    return _pdf([page_1, page_2])


def japanese_pdf() -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont(JA_FONT))

    def page_1(c: canvas.Canvas) -> None:
        _lines(c, JAPANESE_PAGE_1, JA_FONT, 11, HEIGHT - 80)
        _page_number(c, 1)

    def page_2(c: canvas.Canvas) -> None:
        y = _lines(c, JAPANESE_PAGE_2, JA_FONT, 11, HEIGHT - 80)
        _ruled_table(c, JA_ROWS, JA_FONT, y - 10)
        _page_number(c, 2)

    return _pdf([page_1, page_2])


def scanned_pdf() -> bytes:
    """A page that is only an image, as a scanner writes it."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (200, 100), 255)
    for x in range(20, 180):
        image.putpixel((x, 50), 0)
    return _pdf([lambda c: c.drawImage(ImageReader(image), LEFT, HEIGHT - 300, 400, 200)])


def encrypted_pdf() -> bytes:
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption("secret", ownerPassword="owner", canPrint=0)
    text = ["A text nobody may read without the password."]
    return _pdf([lambda c: _lines(c, text, "Helvetica", 11, HEIGHT - 80)], encrypt=enc)


def broken_pdf() -> bytes:
    """The first kilobyte of a real PDF: a download cut short."""
    return english_pdf()[:1024]


def write_all(folder: Path) -> dict[str, Path]:
    out = {}
    for name, make in [
        ("tohoku-report.pdf", english_pdf),
        ("chiiki-gaiyou.pdf", japanese_pdf),
        ("scanned-page.pdf", scanned_pdf),
        ("locked.pdf", encrypted_pdf),
        ("cut-short.pdf", broken_pdf),
        ("device-clusters.pdf", kept_out_pdf),
    ]:
        path = folder / name
        path.write_bytes(make())
        out[name] = path
    return out


def long_pdf(pages: int) -> bytes:
    """`pages` pages of the English report's text and tables, for timing."""

    def page(n: int) -> Callable[[canvas.Canvas], None]:
        def draw(c: canvas.Canvas) -> None:
            y = _lines(c, ENGLISH_PAGE_1 + ENGLISH_PAGE_2, "Helvetica", 11, HEIGHT - 80)
            y = _ruled_table(c, RULED_ROWS, "Helvetica", y - 10)
            _unruled_table(c, UNRULED_ROWS, y - 30)
            _page_number(c, n)

        return draw

    return _pdf(page(n) for n in range(1, pages + 1))


def as_text(pdf_name: str) -> str:
    """The same document as a plain text file would hold it: paragraphs separated by blank
    lines, tables as tab-separated rows."""

    def paragraphs(lines: list[str]) -> list[str]:
        out, current = [], []
        for line in lines:
            if line:
                current.append(line)
            elif current:
                out.append("\n".join(current))
                current = []
        if current:
            out.append("\n".join(current))
        return out

    def tsv(rows: list[list[str]]) -> str:
        return "\n".join("\t".join(r) for r in rows)

    if pdf_name == "device-clusters.pdf":
        body = paragraphs(KEPT_OUT_PAGE_1 + KEPT_OUT_PAGE_2)
        return "\n\n".join([*body, tsv(KEPT_OUT_ROWS)]) + "\n"
    if pdf_name == "tohoku-report.pdf":
        body = paragraphs(ENGLISH_PAGE_1 + ENGLISH_PAGE_2)
        blocks = [*body, tsv(RULED_ROWS), "Table 2: Technopolis sites", tsv(UNRULED_ROWS)]
    else:
        body = paragraphs(JAPANESE_PAGE_1 + JAPANESE_PAGE_2)
        blocks = [*body, tsv(JA_ROWS)]
    return "\n\n".join(blocks) + "\n"


KEPT_OUT_PAGE_1 = [
    "Medical device clusters",
    "",
    "Fukushima set up its medical device centre in 2016. About 60 firms and 4 universities",
    "took part in the first year, and the prefecture spent 12.5 billion yen on the centre",
]
KEPT_OUT_PAGE_2 = [
    "and its testing halls. Exports of devices grew 18.3% from 2015 to 2017.",
    "",
    "Table 3: Device makers by prefecture",
]
KEPT_OUT_ROWS = [
    ["Prefecture", "Makers", "Share"],
    ["Fukushima", "85", "4.1%"],
    ["Shizuoka", "120", "9.8%"],
]


def kept_out_pdf() -> bytes:
    """A report written and labelled before the PDF reader was run on it (tests/labels)."""

    def page_1(c: canvas.Canvas) -> None:
        _lines(c, KEPT_OUT_PAGE_1, "Times-Roman", 12, HEIGHT - 90)
        _page_number(c, 7)

    def page_2(c: canvas.Canvas) -> None:
        y = _lines(c, KEPT_OUT_PAGE_2, "Times-Roman", 12, HEIGHT - 90)
        _ruled_table(c, KEPT_OUT_ROWS, "Times-Roman", y - 10)
        _page_number(c, 8)

    return _pdf([page_1, page_2])
