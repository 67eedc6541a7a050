"""Content over names (issue 37): a file's kind comes from its bytes before its extension; a
legacy encoding is accepted only when it gives text of the script it stands for, else the file
is quarantined with both readings named; `(cid:N)` glyphs are unreadable text, never content."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.extracted.facts import facts_in_text
from pipelines.plumbing.errors import DocumentError
from pipelines.raw.decoding import decode
from pipelines.raw.registry import DocEntry, read_document
from pipelines.raw.unreadable import mark_unreadable
from tests.pdf_fixtures import one_line_pdf

JAPANESE = (
    "岩手県の産業クラスターには、平成十五年までに三百社が参加した。\n研究開発費は四十億円である。\n"
)


def _pdf() -> bytes:
    return one_line_pdf("Firms in the region numbered 3,400 in 2015.")


def _read(tmp_path: Path, name: str, data: bytes) -> str:
    (tmp_path / name).write_bytes(data)
    doc, _ = read_document(DocEntry("d", name, None), tmp_path, tmp_path / "registry.yaml")
    return doc.text


def _refusal(tmp_path: Path, name: str, data: bytes) -> str:
    with pytest.raises(DocumentError) as caught:
        _read(tmp_path, name, data)
    message = str(caught.value)
    assert message.startswith(f"{name}: ") and "\n" not in message
    return message


def test_a_pdf_saved_as_txt_is_known_by_its_bytes_not_read_as_shift_jis(tmp_path: Path) -> None:
    message = _refusal(tmp_path, "report.txt", _pdf())
    assert "PDF" in message and ".pdf" in message


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" + bytes(200), "zip"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100), "JPEG"),
        (b"GIF89a" + bytes(100), "GIF"),
        (b"plain words\x00\x00\x01\x02 and more", "binary"),
    ],
)
def test_archives_images_and_binaries_named_txt_are_refused_by_kind(
    tmp_path: Path, data: bytes, kind: str
) -> None:
    assert kind in _refusal(tmp_path, "notes.txt", data)


def test_a_text_named_pdf_is_not_sent_to_the_pdf_reader(tmp_path: Path) -> None:
    message = _refusal(tmp_path, "paper.pdf", b"<html><body>404 Not Found</body></html>")
    assert "not a PDF" in message


def test_a_windows_1252_text_reads_as_latin_not_as_shift_jis_mojibake() -> None:
    text = "La Universidad Politécnica tenía 45 socios en 2012, según el informe.\n"
    decoded = decode(text.encode("cp1252"), "latin.txt")
    assert decoded.text == text
    assert decoded.encoding == "windows-1252"


def test_real_shift_jis_and_euc_jp_japanese_still_decode() -> None:
    assert decode(JAPANESE.encode("cp932"), "ja.txt").text == JAPANESE
    assert decode(JAPANESE.encode("euc_jp"), "ja.txt").text == JAPANESE


def test_a_text_both_readings_fit_is_quarantined_naming_both() -> None:
    data = b"Caf\x82\xa0 menu, 12 items\n"  # Shift_JIS: Cafあ; Windows-1252: Caf‚ + nbsp
    with pytest.raises(DocumentError) as caught:
        decode(data, "menu.txt")
    message = str(caught.value)
    assert message.startswith("menu.txt: ")
    assert "Shift_JIS" in message and "Windows-1252" in message
    assert "Cafあ" in message and "Caf‚" in message


def test_half_width_katakana_mojibake_is_not_japanese() -> None:
    data = "Ålborg and Århus face Öresund; Ærø is an island by the coast.".encode("cp1252")
    assert decode(data, "nordic.txt").encoding == "windows-1252"


CID = "(cid:49)(cid:50)(cid:51)(cid:52) (cid:53)(cid:54)"


def test_a_page_mostly_of_cid_glyphs_has_no_text_layer() -> None:
    assert mark_unreadable(f"{CID}{CID}\n{CID} 12") == ""


def test_cid_glyphs_in_a_readable_page_are_marked_unreadable_and_give_no_facts() -> None:
    page = "The cluster report says the region grew steadily over the decade (cid:50)(cid:48)."
    marked = mark_unreadable(page)
    assert "cid" not in marked and "\ufffd" in marked
    assert facts_in_text(marked) == []
    assert facts_in_text(decode(page.encode(), "cid.txt").text) == []


def test_cid_text_in_a_text_file_is_refused_as_unreadable(tmp_path: Path) -> None:
    assert "(cid:N)" in _refusal(tmp_path, "cid.txt", (CID * 20).encode())
