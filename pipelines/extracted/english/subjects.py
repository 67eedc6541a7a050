"""What an English number counts or measures: the noun phrase after it (`200 SMEs joined`) or
the words before it (`the unemployment rate was 4%`), bounded by stop words and phrase marks."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.rules import load_rules


@cache
def word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    rules = load_rules("facts")
    return (
        frozenset(a.lower() for a in rules["abbreviations"]),
        frozenset(rules["subject_stop"]),
        frozenset(rules["spelled_not_before"]),
    )


_WORD = re.compile(r"[A-Za-z](?:[A-Za-z&/']|-(?=[A-Za-z]))*")
_WORD_OR_MARK = re.compile(rf"{_WORD.pattern}|[^\sA-Za-z]")
_LETTER = re.compile(r"[A-Za-z]")
_PHRASE_BREAK = re.compile(r"[,;:()—]")


_AUXILIARIES = frozenset(["were", "was", "are", "is", "have", "has", "had", "will", "would"])


_PASSIVE = re.compile(r"\s+(?:[a-z]+ed|chosen|given|made|set|held|built)\b")


# `31 of the 47 prefectures`: a part of a whole counts what the whole counts
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|all|these|those)\s+\d[\d,]*(?=\s+[A-Za-z])")


def subject_after(masked: str, pos: int, limit: int) -> str | None:
    stop = word_sets()[1]
    words: list[str] = []
    part = _PART_OF.match(masked, pos, limit)
    if part:
        pos = part.end()
    for m in _WORD_OR_MARK.finditer(masked, pos, limit):
        w = m.group(0)
        if not w[0].isalpha():
            if words or w not in "(":
                break
            continue
        lower = w.lower()
        if not words and lower in _AUXILIARIES and _PASSIVE.match(masked, m.end(), limit):
            return ""  # "26 were selected": no noun after the number, and none to look for
        if lower in stop:
            if words or lower == "of":
                break
            continue
        if words and len(w) > 4 and lower.endswith("ed"):
            break  # "200 SMEs joined": a verb ends the noun phrase
        words.append(w)
        if len(words) == 4:
            break
    return " ".join(words) or None  # "" above: a passive verb follows the number


def subject_before(masked: str, lo: int, pos: int) -> str | None:
    stop = word_sets()[1]
    chunks = _PHRASE_BREAK.split(masked[lo:pos])
    chunk = chunks[-1]
    if not _LETTER.search(chunk) and len(chunks) > 1 and masked[lo:pos].rstrip().endswith("("):
        chunk = chunks[-2]
    words = _WORD.findall(chunk)
    while words and words[-1].lower() in stop:
        words.pop()
    while words and words[0].lower() in stop:
        words.pop(0)
    return " ".join(words[-5:]) or None
