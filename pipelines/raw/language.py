"""The language of a document the registry does not give one for, from its script and words:
`ja` for kana and kanji, `en` for Latin text of English function words, else None (unknown
rather than guessed)."""

from __future__ import annotations

import re

_KANA = re.compile(r"[\u3040-\u30ff]")
_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_ENGLISH = frozenset(["the", "and", "of", "to", "in", "is", "for", "with", "that", "by", "are"])
SAMPLE = 50_000  # characters read: enough to tell, and a 100 MB file costs no more


def detect_language(text: str) -> str | None:
    """BCP 47 tag of the text's language, when its script or words tell it."""
    sample = text[:SAMPLE]
    kana = len(_KANA.findall(sample))
    cjk = kana + len(_KANJI.findall(sample))
    words = _LATIN_WORD.findall(sample)
    latin = sum(len(w) for w in words)
    if kana and cjk >= latin / 4:
        return "ja"
    if words and sum(w.lower() in _ENGLISH for w in words) / len(words) >= 0.04:
        return "en"
    return None
