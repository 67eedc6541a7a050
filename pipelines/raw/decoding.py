"""Turn a document's bytes into the normalised text every char span points into.

Japanese government documents still come in Shift_JIS (CP932) or EUC-JP, so the encoding is
detected from the bytes, never from the file name. The normalised text is NFC with `\\n`
line ends; all offsets in the dataset refer to it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from pipelines.errors import DocumentError

# What JIS text holds: kana, kanji, CJK and full-width punctuation, general punctuation,
# arrows, shapes, Greek and Cyrillic.
_JAPANESE = re.compile(
    r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe5"
    r"\u2010-\u206f\u2190-\u25ff\u0391-\u03c9\u0401-\u044f]"
)
# What a wrong legacy decoding typically produces: half-width katakana, private-use and
# CJK compatibility characters, C1 controls.
_SUSPICIOUS = re.compile(r"[\uff61-\uff9f\ue000-\uf8ff\uf900-\ufaff\x80-\x9f]")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def _score_japanese(text: str) -> float:
    """Share of the non-ASCII characters that JIS text holds, less those a wrong decoding makes."""
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F)
    if not non_ascii:
        return 0.0
    good = len(_JAPANESE.findall(text))
    bad = len(_SUSPICIOUS.findall(text))
    return (good - 3 * bad) / non_ascii


# Control characters other than tab and line end: a NUL or an escape sequence in a text file is
# a broken conversion, and must reach neither the dataset nor a reader's terminal.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def normalise(text: str) -> str:
    """NFC with \\n line ends; a form feed becomes a line end and every other control character
    (NUL, ESC...) a space, so no text holds one."""
    text = text.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL_CHARACTERS.sub(" ", text.replace("\f", "\n"))  # a form feed ends a page
    return unicodedata.normalize("NFC", text)


def decode(data: bytes, name: str) -> DecodedText:
    """Detect the encoding of `data` and return its normalised text; `name` is for errors."""
    if not data.strip():
        raise DocumentError(f"{name}: the file is empty")
    if data.startswith(codecs.BOM_UTF8):
        return DecodedText(normalise(data.decode("utf-8-sig", errors="strict")), "utf-8-sig")
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return DecodedText(
                    normalise(data.decode(enc)), f"{enc}-{'le' if bom[0] == 0xFF else 'be'}"
                )
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    f"{name}: has a {enc} byte-order mark but is not valid {enc}: {exc}"
                ) from exc
    if b"\x00" in data[:8192]:
        raise DocumentError(
            f"{name}: binary content (NUL bytes, no UTF-16 byte-order mark); not a text document"
        )
    try:
        return DecodedText(normalise(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as utf8_error:
        candidates: list[tuple[float, str, str]] = []
        for enc in ("cp932", "euc_jp"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            candidates.append((_score_japanese(text), enc, text))
        if not candidates:
            raise DocumentError(
                f"{name}: not valid UTF-8, UTF-16, Shift_JIS (CP932) or EUC-JP text "
                f"(first bad byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start})"
            ) from utf8_error
        score, enc, text = max(candidates)
        if score <= 0:
            raise DocumentError(
                f"{name}: not valid UTF-8 (bad byte 0x{data[utf8_error.start]:02x} at offset "
                f"{utf8_error.start}) and does not read as Japanese in Shift_JIS or EUC-JP"
            ) from utf8_error
        return DecodedText(normalise(text), "shift_jis" if enc == "cp932" else "euc-jp")
