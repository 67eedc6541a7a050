"""Scans made in the test, as a scanner makes them: each page of a typeset test PDF
(tests/pdf_fixtures.py) rendered to a greyscale image and written back as a PDF of images,
with no text layer. Also a blank scan, a page of speckle (marks, no words), a page scanned so
coarsely that OCR reads it with low confidence, a document of one good page and one coarse, and
a page of Japanese set vertically."""

from __future__ import annotations

import io
import random
from typing import Any

from PIL import Image

from tests.pdf_fixtures import english_pdf, japanese_pdf

DPI = 200  # what office scanners write by default
A4_PIXELS = (1654, 2339)  # A4 at 200 dpi


def _as_pdf(images: list[Image.Image]) -> bytes:
    buf = io.BytesIO()
    images[0].save(buf, "PDF", resolution=DPI, save_all=True, append_images=images[1:])
    return buf.getvalue()


def scan_of(pdf: bytes) -> bytes:
    """Every page of `pdf` as an image only: what scanning its printout gives."""
    return _as_pdf(_pages(pdf, DPI))


def english_scan() -> bytes:
    return scan_of(english_pdf())


def japanese_scan() -> bytes:
    """Needs a Japanese font to render (fonts-ipaexfont-gothic: scripts/test-packages)."""
    return scan_of(japanese_pdf())


def blank_scan() -> bytes:
    return _as_pdf([Image.new("L", A4_PIXELS, 255)])


def _speckle() -> Image.Image:
    """Blots of ink at random, the same on every run: marks OCR finds, words it cannot."""
    rng = random.Random(33)
    image = Image.new("L", A4_PIXELS, 255)
    for _ in range(2500):
        x, y = rng.randrange(100, 1550), rng.randrange(100, 2240)
        w, h = rng.randrange(3, 25), rng.randrange(3, 30)
        image.paste(rng.choice((0, 60, 120)), (x, y, x + w, y + h))
    return image


def speckled_scan() -> bytes:
    return _as_pdf([_speckle()])


def _pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    """The pages rendered at `dpi`, each scaled to DPI as a scanner would store them."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        images = [page.render(scale=dpi / 72).to_pil().convert("L") for page in doc]
    finally:
        doc.close()
    size = A4_PIXELS
    return [i if dpi == DPI else i.resize(size, Image.Resampling.NEAREST) for i in images]


def coarse_scan() -> bytes:
    """The English report's first page scanned at 40 dpi: letters of a few pixels, which
    Tesseract reads as words it is unsure of (mean confidence about 0.3)."""
    return _as_pdf(_pages(english_pdf(), 40)[:1])


VERTICAL_COLUMNS = [  # right to left, each read top to bottom
    "県の産業振興のあゆみ",
    "２０１８年度に新しい支援計画が始まった。",
    "計画の予算は総額で４５億円である。",
    "支援を受けた企業は３２０社にのぼり、",
    "特許の出願は１５件を数えた。",
]
IPAEX = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def vertical_japanese_scan() -> bytes:
    """A page of Japanese set vertically (each character upright below the one before, columns
    right to left, figures in full-width digits as vertical type sets them) in IPAex Gothic,
    scanned: an image only."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("IPAexGothic", IPAEX))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    size, (width, height) = 20.0, A4
    c.setFont("IPAexGothic", size)
    x = width - 80 - size
    for column in VERTICAL_COLUMNS:
        for k, ch in enumerate(column):
            c.drawCentredString(x + size / 2, height - 80 - (k + 1) * size * 1.15, ch)
        x -= size * 2
    c.showPage()
    c.save()
    return _as_pdf(_pages(buf.getvalue(), DPI))


def good_and_coarse_pdf() -> bytes:
    """Page 1 the English report's first page scanned well; page 2 the same scanned coarsely."""
    return _as_pdf([_pages(english_pdf(), DPI)[0], _pages(english_pdf(), 40)[0]])


def _without_cmap(font: Any) -> bytes:
    """The font's file without its table from characters to glyphs: drawn by glyph number
    it shows as before, but nothing maps its glyphs back to characters."""
    import copy

    bare = copy.deepcopy(font)
    del bare["cmap"]
    buf = io.BytesIO()
    bare.save(buf)
    return buf.getvalue()


def unmapped_glyphs_pdf() -> bytes:
    """The English report's first lines in an embedded font whose glyphs have no Unicode map
    (a CID font, Identity-H, no ToUnicode, no cmap in the font): the page shows the text,
    pdfminer reads `(cid:N)`."""
    import pikepdf
    from fontTools.ttLib import TTFont

    from tests.pdf_fixtures import ENGLISH_PAGE_1
    from tests.pdf_layout_fixtures import DEJAVU

    font = TTFont(DEJAVU)
    cmap, units = font.getBestCmap(), font["head"].unitsPerEm
    metrics = font["hmtx"].metrics
    pdf = pikepdf.new()
    lines, widths = [], {}
    for k, line in enumerate(line for line in ENGLISH_PAGE_1 if line):
        gids = [font.getGlyphID(cmap[ord(ch)]) for ch in line]
        widths.update({g: round(metrics[font.getGlyphName(g)][0] * 1000 / units) for g in gids})
        hex_ = "".join(f"{g:04x}" for g in gids)
        lines.append(f"BT /F1 11 Tf 60 {760 - 18 * k} Td <{hex_}> Tj ET")
    w = pikepdf.Array([v for g in sorted(widths) for v in (g, pikepdf.Array([widths[g]]))])
    descriptor = pikepdf.Dictionary(
        Type=pikepdf.Name.FontDescriptor,
        FontName=pikepdf.Name.DejaVuSans,
        Flags=32,
        FontBBox=[-1021, -463, 1793, 1232],
        ItalicAngle=0,
        Ascent=928,
        Descent=-236,
        CapHeight=729,
        StemV=80,
        FontFile2=pdf.make_stream(_without_cmap(font)),
    )
    cid_font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.CIDFontType2,
        BaseFont=pikepdf.Name.DejaVuSans,
        CIDSystemInfo=pikepdf.Dictionary(Registry="Adobe", Ordering="Identity", Supplement=0),
        FontDescriptor=pdf.make_indirect(descriptor),
        CIDToGIDMap=pikepdf.Name.Identity,
        W=w,
    )
    type0 = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.Type0,
        BaseFont=pikepdf.Name.DejaVuSans,
        Encoding=pikepdf.Name("/Identity-H"),
        DescendantFonts=[pdf.make_indirect(cid_font)],
    )
    page = pikepdf.Page(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, 595, 842],
            Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=pdf.make_indirect(type0))),
            Contents=pdf.make_stream("\n".join(lines).encode("ascii")),
        )
    )
    pdf.pages.append(page)
    buf = io.BytesIO()
    pdf.save(buf, deterministic_id=True)
    return buf.getvalue()
