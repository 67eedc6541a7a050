"""Scans read with OCR: a page without a text layer is recognised by Tesseract (through
OCRmyPDF) and read like any page, with its mean word confidence; a page read too poorly is left
out by number; a blank or unreadable scan, or a scan where Tesseract is missing, is refused in
one line naming the file. The scans are made here (tests/scan_fixtures.py)."""

from __future__ import annotations

import pytest

from pipelines.plumbing.errors import DocumentError
from pipelines.raw import pdf_ocr
from pipelines.raw.hocr import read_hocr
from pipelines.raw.pdf_text import read_pdf
from tests.scan_fixtures import (
    blank_scan,
    coarse_scan,
    english_scan,
    good_and_coarse_pdf,
    japanese_scan,
    speckled_scan,
    unmapped_glyphs_pdf,
    vertical_japanese_scan,
)


def _page(text: str, starts: tuple[int, ...], needle: str) -> int:
    at = text.index(needle)
    return sum(1 for s in starts if s <= at)


def test_an_english_scan_reads_as_its_text_with_pages_and_confidence() -> None:
    pdf = read_pdf(english_scan(), "scan.pdf")
    for sentence in [
        "In 1983, the Technopolis Law was enacted and 26 areas were designated",
        "It linked about 10,700 SMEs and\n290 universities by March 2007",
        "its budget in FY 2008 was 17.4 billion yen",
    ]:
        assert sentence in pdf.text, pdf.text
    assert _page(pdf.text, pdf.page_starts, "10,700") == 1
    assert _page(pdf.text, pdf.page_starts, "nine regional bureaus") == 2
    assert "Tohoku\t2\t730" in pdf.text  # a table set in columns keeps its columns
    assert len(pdf.ocr_confidence) == 2
    assert all(c is not None and c > pdf_ocr.CONFIDENCE_FLOOR for c in pdf.ocr_confidence)
    assert pdf.left_out == ()


def test_a_japanese_scan_reads_in_order_without_spaces() -> None:
    pdf = read_pdf(japanese_scan(), "scan-ja.pdf")
    for phrase in ["昭和58年に制定された", "平成13年度に始まり", "約600億円であった"]:
        assert phrase in pdf.text, pdf.text
    assert _page(pdf.text, pdf.page_starts, "約600億円") == 2
    assert all(c is not None and c > pdf_ocr.CONFIDENCE_FLOOR for c in pdf.ocr_confidence)


def test_a_vertical_japanese_scan_reads_in_order_and_gives_its_facts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Columns right to left, each top to bottom (Tesseract's jpn_vert), a number's digits in
    their order, and the facts of the page with the page's OCR confidence."""
    from benchmarks.scoring import read_fixture
    from pipelines.extracted.frames import extract_frames

    path = tmp_path / "tategaki.pdf"
    path.write_bytes(vertical_japanese_scan())
    pdf = read_pdf(path.read_bytes(), path.name)
    flat = "".join(pdf.text.split())
    for phrase in [
        "2018年度に新しい支援計画",
        "総額で45億円である",
        "企業は320社に",
        "出願は15件を",
    ]:
        assert phrase in flat, pdf.text
    assert flat.index("県の産業") < flat.index("2018年度") < flat.index("45億円")
    assert flat.index("45億円") < flat.index("320社") < flat.index("15件")
    (confidence,) = pdf.ocr_confidence
    assert confidence is not None and confidence > pdf_ocr.CONFIDENCE_FLOOR
    facts = extract_frames([read_fixture(path)]).facts
    read = {(float(r.value), str(r.unit)) for r in facts.itertuples()}
    assert {(4.5e9, "JPY"), (320.0, "count"), (15.0, "count")} <= read, facts[["quote", "unit"]]
    assert set(facts["ocr_confidence"]) == {confidence}


def test_a_page_read_too_poorly_is_left_out_by_number() -> None:
    pdf = read_pdf(good_and_coarse_pdf(), "mixed.pdf")
    assert "10,700 SMEs" in pdf.text
    assert len(pdf.page_starts) == 2 and pdf.text[pdf.page_starts[1] :].strip() == ""
    ((page, why),) = pdf.left_out
    assert page == 2 and why.startswith("confidence 0.")
    first, second = pdf.ocr_confidence
    assert first is not None and second is not None and second < pdf_ocr.CONFIDENCE_FLOOR < first


def test_a_page_of_glyphs_without_unicode_is_read_like_a_scan() -> None:
    """pdfminer reads such a page as `(cid:N)` glyph numbers; OCR reads what it shows."""
    pdf = read_pdf(unmapped_glyphs_pdf(), "unmapped.pdf")
    assert "(cid:" not in pdf.text and "\ufffd" not in pdf.text
    assert "It linked about 10,700 SMEs and\n290 universities" in pdf.text, pdf.text
    (confidence,) = pdf.ocr_confidence
    assert confidence is not None and confidence > pdf_ocr.CONFIDENCE_FLOOR


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (blank_scan, "(page 1 (no words)"),
        (speckled_scan, "(page 1 (no words)"),
        (coarse_scan, "(page 1 (confidence 0."),
    ],
)
def test_a_scan_nothing_can_be_read_from_is_refused_by_name(make, reason) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DocumentError) as caught:
        read_pdf(make(), "unreadable.pdf")
    message = str(caught.value)
    assert message.startswith("unreadable.pdf: a scan OCR could not read ")
    assert reason in message and "\n" not in message


def test_without_tesseract_a_scan_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_ocr.shutil, "which", lambda _: None)
    with pytest.raises(DocumentError) as caught:
        read_pdf(english_scan(), "scan.pdf")
    message = str(caught.value)
    assert message.startswith("scan.pdf: a scan") and "make ocr" in message
    assert "tesseract-ocr-jpn" in message and "\n" not in message


_HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body>
<div class='ocr_page' title='bbox 0 0 1000 1000'>
<span class='ocr_line' title="bbox 100 100 900 130">
<span class='ocrx_word' title='bbox 100 100 130 130; x_wconf 90'>約</span>
<span class='ocrx_word' title='bbox 132 100 160 130; x_wconf 90'>1</span>
<span class='ocrx_word' title='bbox 162 100 190 130; x_wconf 80'>万</span>
<span class='ocrx_word' title='bbox 190 100 400 130; x_wconf 70'>700</span>
<span class='ocrx_word' title='bbox 260 100 290 130; x_wconf 90'>社</span>
<span class='ocrx_word' title='bbox 290 100 320 130; x_wconf 90'>が</span>
</span></div></body></html>"""


def test_hocr_words_keep_tesseracts_order_when_their_boxes_overlap() -> None:
    """Tesseract's box for a number in Japanese text can run over the kanji after it; read
    by position, the digits would land among them (約1万70社が0)."""
    from pipelines.raw.pdf_layout import page_items

    page = read_hocr(_HOCR.encode(), 500.0, 500.0)
    assert [i.text for i in page_items(page)] == ["約1万700社が"]
    assert page.confidence == pytest.approx(0.85)
    assert page.words == 6
