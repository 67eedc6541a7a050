"""A changed value as a reader wants it in a changelog: the part that changed, with some context.

Two long values cut at the same width look identical when they differ further on; a reader
sees instead the differing words, marked as git's word diff marks them (`[-old-]{+new+}`),
and an ellipsis wherever text was left out. A word (a checksum, a number) is never cut.
"""

from __future__ import annotations

ARROW = " → "
ELLIPSIS = "…"


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _word_start(text: str, i: int) -> int:
    """i moved back to the start of the word it falls in."""
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    while i < len(text) and not text[i].isspace():
        i += 1
    return i


def _before(text: str, end: int, context: int) -> str:
    """Up to `context` characters ending at end, starting on a word, with … if cut."""
    if end <= context:
        return text[:end]
    start = end - context
    while start < end and not text[start - 1].isspace():
        start += 1  # forward to a word's start: never half a word
    return ELLIPSIS + text[start:end]


def _after(text: str, start: int, context: int) -> str:
    if len(text) - start <= context:
        return text[start:]
    end = start + context
    while end > start and not text[end].isspace():
        end -= 1
    return text[start:end] + ELLIPSIS


def _span(text: str, longest: int) -> str:
    """A changed span; a very long one keeps its two ends (whole words where there are words)
    around an ellipsis."""
    if len(text) <= longest:
        return text
    half = longest // 2
    head = _word_end(text, half)
    tail = _word_start(text, len(text) - half)
    if head > longest or len(text) - tail > longest or tail <= head:
        head, tail = half, len(text) - half  # one huge word: cut, and say so
    return text[:head] + ELLIPSIS + text[tail:]


def changed_value(old: str | None, new: str | None, width: int = 60, context: int = 24) -> str:
    """`old → new` when both fit in width; otherwise the words that differ in context:
    `…context [-old words-]{+new words+} context…`."""
    a = "null" if old is None else old
    b = "null" if new is None else new
    if len(a) <= width and len(b) <= width:
        return f"{a}{ARROW}{b}"
    p = _common_prefix(a, b)
    s = _common_prefix(a[p:][::-1], b[p:][::-1])
    start = min(_word_start(a, p), _word_start(b, p))
    end_a, end_b = len(a) - s, len(b) - s
    tail = min(len(a) - _word_end(a, end_a), len(b) - _word_end(b, end_b))
    end_a, end_b = len(a) - tail, len(b) - tail
    removed, added = _span(a[start:end_a], 2 * width), _span(b[start:end_b], 2 * width)
    change = (f"[-{removed}-]" if removed else "") + (f"{{+{added}+}}" if added else "")
    return _before(a, start, context) + change + _after(a, end_a, context)
