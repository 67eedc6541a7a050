"""Turn a document's bytes into the normalised text every char span points into.

Japanese government documents still come in Shift_JIS (CP932) or EUC-JP, so the encoding is
detected from the bytes, never from the file name. UTF-8 first; else the
Japanese or Latin (Windows-1252) reading that gives text of its own script, and a refusal naming
both readings when that cannot be told. The normalised text is NFC with `\\n` line ends; all
offsets in the dataset refer to it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from pipelines.plumbing.errors import DocumentError
from pipelines.raw.unreadable import MOSTLY, cid_share, mark_unreadable

# What JIS text holds: kana, kanji, CJK and full-width punctuation, general punctuation,
# arrows, shapes, Greek and Cyrillic.
_JAPANESE = re.compile(
    r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe5"
    r"\u2010-\u206f\u2190-\u25ff\u0391-\u03c9\u0401-\u044f]"
)
# What a wrong legacy decoding typically produces: half-width katakana, private-use and
# CJK compatibility characters, C1 controls.
_SUSPICIOUS = re.compile(r"[\uff61-\uff9f\ue000-\uf8ff\uf900-\ufaff\x80-\x9f]")


# Windows-1252's punctuation and signs, as Latin text uses them
_LATIN_MARKS = set("\u00a0–—‘’‚“”„•…€™°±×÷§¶©®«»¿¡ªº·¹²³¼½¾¢£¥ˆ˜‹›‰†‡")
JAPANESE_MOJIBAKE = 0.1  # share of a Japanese reading's non-ASCII characters allowed to be odd
_WORD = re.compile(r"[^\W\d_]+")
LATIN_SHARE = 0.3  # non-ASCII characters per ASCII letter a Latin text has at most


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def _rare_kanji(ch: str) -> bool:
    """A kanji outside JIS level 1 (Shift_JIS lead byte 0x99 and up): real text has few, the
    Shift_JIS reading of Latin-1 accents (é -> 馗) is made of them."""
    try:
        return ch.encode("cp932")[0] >= 0x99
    except UnicodeEncodeError:
        return True


def reads_as_japanese(text: str) -> bool:
    """Whether a legacy reading is Japanese text: its non-ASCII characters are mostly kana,
    common kanji and JIS punctuation, few half-width katakana, rare kanji or private-use."""
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return False
    kanji = [c for c in wide if "\u3400" <= c <= "\u9fff"]
    rare = sum(1 for c in kanji if _rare_kanji(c))
    latin = sum(1 for c in wide if c.isalpha() and ord(c) < 0x250)  # ikō: JIS X 0212 in EUC-JP
    good = len(_JAPANESE.findall(text)) - rare + latin
    bad = len(_SUSPICIOUS.findall(text)) + rare
    return bad <= JAPANESE_MOJIBAKE * len(wide) and good >= (1 - JAPANESE_MOJIBAKE) * len(wide)


def reads_as_latin(text: str) -> bool:
    """Whether a Windows-1252 reading is Latin text: mostly ASCII letters, its other characters
    accented letters within words and typographic punctuation."""
    wide = [c for c in text if ord(c) > 0x7F]
    letters = sum(1 for c in text if c.isascii() and c.isalpha())
    if not wide or len(wide) > LATIN_SHARE * letters:
        return False
    # a word of two or more letters with no ASCII one (`ÿþú`) is bytes, not a Latin word
    odd = sum(len(w) for w in _WORD.findall(text) if len(w) > 1 and not any(c.isascii() for c in w))
    fitting = sum(1 for c in wide if (c.isalpha() and ord(c) < 0x250) or c in _LATIN_MARKS)
    return fitting - odd >= 0.9 * len(wide)


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
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        return _legacy(data, name, utf8_error)
    return DecodedText(_readable(normalise(text), name), "utf-8")


def _readable(text: str, name: str) -> str:
    """The text with (cid:N) glyphs marked unreadable; refused when it is mostly glyphs."""
    if "(cid:" not in text:
        return text
    if cid_share(text) > MOSTLY:
        raise DocumentError(
            f"{name}: text of a font without a Unicode map, mostly (cid:N) glyphs; unreadable"
        )
    return mark_unreadable(text)


def _legacy(data: bytes, name: str, utf8_error: UnicodeDecodeError) -> DecodedText:
    """Not UTF-8: the Japanese (Shift_JIS, EUC-JP) or Latin (Windows-1252) reading that gives
    text of its own script; refused, with both readings named, when both or neither do."""
    bad = f"bad byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}"
    japanese: list[tuple[float, str, str]] = []
    for enc in ("cp932", "euc_jp"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        japanese.append((_score_japanese(text), enc, text))
    ja = max(japanese) if japanese else None
    try:
        latin: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        latin = None
    ja_ok = ja is not None and reads_as_japanese(ja[2])
    latin_ok = latin is not None and reads_as_latin(latin)
    if ja_ok and not latin_ok and ja is not None:
        encoding = "shift_jis" if ja[1] == "cp932" else "euc-jp"
        return DecodedText(_readable(normalise(ja[2]), name), encoding)
    if latin_ok and not ja_ok and latin is not None:
        return DecodedText(_readable(normalise(latin), name), "windows-1252")
    readings = []
    if ja is not None:
        label = "Shift_JIS" if ja[1] == "cp932" else "EUC-JP"
        readings.append(f"as {label} it reads {_sample(ja[2], utf8_error.start)!r}")
    if latin is not None:
        readings.append(f"as Windows-1252 {_sample(latin, utf8_error.start)!r}")
    if ja_ok and latin_ok:
        raise DocumentError(
            f"{name}: not UTF-8 ({bad}) and both readings are plausible, cannot tell which: "
            f"{'; '.join(readings)}; save it as UTF-8"
        ) from utf8_error
    tried = "; ".join(readings) if readings else "no legacy encoding decodes it"
    raise DocumentError(
        f"{name}: not valid UTF-8 ({bad}) and reads as neither Japanese (Shift_JIS, EUC-JP) "
        f"nor Latin (Windows-1252) text: {tried}; save it as UTF-8"
    ) from utf8_error


def _sample(text: str, at: int) -> str:
    """Some characters of a reading around the first non-ASCII byte, to show what it gives."""
    lo = max(0, at - 12)
    return " ".join(text[lo : lo + 40].split())
