"""A document in Shift_JIS or EUC-JP yields the same blocks and tables as its UTF-8 original."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipelines.extracted.frames import extract_frames
from pipelines.raw.decoding import decode
from pipelines.raw.registry import SourceDocument

REPO = Path(__file__).resolve().parents[3]

# Characters Shift_JIS cannot hold, replaced as a Japanese converter would.
SJIS_SUBSTITUTES = {
    "—": "―",
    "–": "－",
    "▶": "■",
    "ô": "o",
    "ō": "o",
    "ä": "a",
    "ö": "o",
    "ü": "u",
    "é": "e",
    "à": "a",
    "¥": "￥",
}


def frames_of(data: bytes, name: str) -> tuple[str, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    decoded = decode(data, name)
    doc = SourceDocument(
        "doc", Path(name), {}, "inferred", "", len(data), decoded.text, decoded.encoding
    )
    f = extract_frames([doc])
    return decoded.encoding, f.blocks, f.tables, f.cells


def assert_same(a: tuple, b: tuple) -> None:
    for left, right in zip(a[1:], b[1:], strict=True):
        pd.testing.assert_frame_equal(left, right)


@pytest.mark.parametrize(
    "doc",
    ["tests/fixtures/documents/japanese_report.txt", "raw/fukushima-tohoku-innovation-policy.txt"],
)
def test_shift_jis_copy_gives_same_blocks_and_tables(doc: str) -> None:
    text = (REPO / doc).read_text(encoding="utf-8")
    text = "".join(SJIS_SUBSTITUTES.get(ch, ch) for ch in text)
    utf8 = frames_of(text.encode("utf-8"), "a.txt")
    sjis = frames_of(text.encode("cp932"), "a.txt")
    assert (utf8[0], sjis[0]) == ("utf-8", "shift_jis")
    assert_same(utf8, sjis)
    assert len(sjis[2]) >= 1


def test_euc_jp_copy_of_a_corpus_document_is_identical() -> None:
    raw = (REPO / "raw/brucksch-medtech-partnerships.txt").read_bytes()
    original = frames_of(raw, "b.txt")
    euc = frames_of(raw.decode("utf-8").encode("euc_jp"), "b.txt")
    assert euc[0] == "euc-jp"
    assert_same(original, euc)
    assert "医工連携" in " ".join(euc[1]["text"].dropna())


def test_utf16_and_crlf_copy_is_identical() -> None:
    raw = (REPO / "raw/hosoya-2008-industrial-cluster-program.txt").read_text(encoding="utf-8")
    original = frames_of(raw.encode("utf-8"), "h.txt")
    utf16 = frames_of(raw.replace("\n", "\r\n").encode("utf-16"), "h.txt")
    assert utf16[0] == "utf-16-le"
    assert_same(original, utf16)
