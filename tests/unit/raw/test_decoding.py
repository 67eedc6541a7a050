import pytest

from pipelines.plumbing.errors import DocumentError
from pipelines.raw.decoding import decode

JAPANESE = "岩手大学の産学連携は1992年にINSとして始まった。\nテクノポリス法（1983年）"


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16-le"),
        ("cp932", "shift_jis"),
        ("euc_jp", "euc-jp"),
    ],
)
def test_japanese_text_decodes_from_every_supported_encoding(encoding: str, detected: str) -> None:
    result = decode(JAPANESE.encode(encoding), "doc.txt")
    assert result.text == JAPANESE
    assert result.encoding == detected


def test_line_ends_become_newlines_and_text_becomes_nfc() -> None:
    decomposed = "Ko\u0304ri\u0304yama\r\nline two\rline three"
    result = decode(decomposed.encode("utf-8"), "doc.txt")
    assert result.text == "Kōrīyama\nline two\nline three"


def test_empty_file_is_an_error_naming_the_file() -> None:
    with pytest.raises(DocumentError, match=r"empty\.txt: the file is empty"):
        decode(b"  \n", "empty.txt")


def test_binary_content_is_refused() -> None:
    with pytest.raises(DocumentError, match=r"image\.txt: binary content"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.txt")


def test_bytes_in_no_supported_encoding_name_the_offset() -> None:
    with pytest.raises(DocumentError, match=r"bad\.txt: .*offset 6"):
        decode(b"hello \xff\xfe\xfa world", "bad.txt")
