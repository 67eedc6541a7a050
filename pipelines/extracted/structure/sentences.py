"""Sentences of a span of text: English ones end at `.`, `!`, `?` before a blank and a capital
(abbreviations do not end one); Japanese ones at `。`, `！`, `？` (and a closing bracket after
them), with or without a blank. None is longer than MAX_SENTENCE."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.extracted.english.subjects import word_sets

_ENGLISH_END = r"[.!?。](?P<gap>[\"”’)]?\s+)(?=[\"“(A-Z0-9\u3040-\u9fff])"
_SENTENCE_END = re.compile(_ENGLISH_END)
# Japanese: 。, or ! ? after kana or kanji (full-width ones are read as ASCII), and the closing
# brackets after them; no blank follows in Japanese layout. Used only where the span has kana or
# kanji: the one-branch pattern is three times as fast on English text.
_JAPANESE = re.compile(r"[。\u3040-\u30ff\u3400-\u9fff]")
_SENTENCE_END_JA = re.compile(
    _ENGLISH_END
    + r"|(?:。|[!?](?<=[\u3040-\u30ff\u3400-\u9fff][!?]))(?P<close>[」』)]*)(?P<jgap>\s*)"
)


MAX_SENTENCE = 1000  # characters: a longer run without a sentence end is cut at a space


def sentences(masked: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans inside [start, end) of the masked text; abbreviations do not end one, and
    none is longer than MAX_SENTENCE, so a line with no punctuation costs what its length does."""
    abbrev = word_sets()[0]
    s = start
    ends = _SENTENCE_END_JA if _JAPANESE.search(masked, start, end) else _SENTENCE_END
    for m in ends.finditer(masked, start, end):
        if m.group("gap") is None:  # a Japanese sentence end
            yield from _bounded(masked, s, m.start("jgap"))
            s = m.end()
            continue
        before = masked[s : m.start("gap")].rstrip('.!?"”’)')
        i = len(before)
        while i and not before[i - 1].isspace():
            i -= 1
        last = before[i:].lower().strip("(")
        if last in abbrev or (len(last) == 1 and last.isalpha()):
            continue
        yield from _bounded(masked, s, m.start("gap"))
        s = m.end()
    if s < end:
        yield from _bounded(masked, s, end)


def _bounded(masked: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """[start, end) in pieces of at most MAX_SENTENCE characters, cut at the last space of each
    piece's second half (mid-word only where it has none)."""
    while end - start > MAX_SENTENCE:
        cut = masked.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield start, cut
        start = cut + 1 if masked[cut] == " " else cut
    if start < end:
        yield start, end
