"""Sentences of a span of text: English ones end at `.`, `!`, `?` before a blank and a capital
(abbreviations do not end one); Japanese ones at `。`, `！`, `？` (and a closing bracket after
them), with or without a blank. A bullet starts one (a slide flattened into one run of text keeps
its items apart). None is longer than MAX_SENTENCE."""

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


# `Total budget: approx. 2.5 billion yen`: a line that is a short label (no digits), a colon
# and a short value with a number, as pages list facts one to a line without a full stop
_LABEL_LINE = re.compile(
    r"^[ \t]*[A-Z][A-Za-z()&/,'’ \-]{0,60}:[ \t]*(?=[^\n]*\d)[^\n]{1,60}$", re.M
)


# a bullet or a speaker's mark after a blank (or at the start), not one of a row of marks (●●○)
_MARKS = "●■◆◇▪•►▶➢□○◎"
_BULLET = re.compile(rf"(?<!\S)[{_MARKS}](?![{_MARKS}])")


def sentences(masked: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans inside [start, end) of the masked text; abbreviations do not end one, and
    none is longer than MAX_SENTENCE, so a line with no punctuation costs what its length does.
    An English line of a label and a value (`Staff: 120`) and a bulleted item are sentences of
    their own."""
    cuts = [m.start() for m in _BULLET.finditer(masked, start, end)]
    if ":" in masked[start:end] and "\n" in masked[start:end]:
        lines = [m.span() for m in _LABEL_LINE.finditer(masked, start, end)]
        if lines and not _JAPANESE.search(masked, start, end):
            cuts += [c for a, b in lines for c in (a, b)]
    if cuts:
        yield from _cut(masked, _sentences(masked, start, end), cuts)
        return
    yield from _sentences(masked, start, end)


def _cut(masked: str, spans: Iterator[tuple[int, int]], at: list[int]) -> Iterator[tuple[int, int]]:
    """The spans, cut at each position (where a label line or a bullet starts or ends), without
    the blanks between."""
    cuts = sorted(set(at))
    for a, b in spans:
        bounds = [a, *(c for c in cuts if a < c < b), b]
        for s, e in zip(bounds, bounds[1:], strict=False):
            while s < e and masked[s].isspace():
                s += 1
            while e > s and masked[e - 1].isspace():
                e -= 1
            if s < e:
                yield s, e


def _sentences(masked: str, start: int, end: int) -> Iterator[tuple[int, int]]:
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
