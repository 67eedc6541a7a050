"""Extraction rules kept as data: unit words, null markers, block and caption patterns."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from pipelines.raw.safe_yaml import load_yaml

RULES_DIR = Path(__file__).resolve().parent
# A rule's gate: a test on the whole text, so a pattern slow to try at every position runs only
# on a text that holds what it needs.
Gate = Callable[[str], object]


def words_gate(*words: str) -> Gate:
    return lambda text: any(w in text for w in words)


@cache
def load_rules(name: str) -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(RULES_DIR / f"{name}.yaml")
    return data


def word_alternation(words: list[str] | dict[str, Any], ignore_case: bool = False) -> str:
    """A regex alternation of `words` built as a trie, so a position that starts none of them
    costs one character test per branch instead of one per word; like a longest-first
    alternation it tries the longest word first and falls back to shorter ones. For a pattern
    matched without regard to case, say so: `A` and `aA` must then share a branch."""
    trie: dict[str, Any] = {}
    for word in {w.lower() if ignore_case else w for w in words}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here and longer ones go on
            return f"(?:{body})?"
        return body

    return build(trie)


# Letters beyond a-z and A-Z that a case-blind regex matches to an ASCII letter (the regex engine's
# own folding); tests/unit/extracted/numbers/test_properties.py checks this against every code point.
IGNORECASE_EXTRA = {"i": "İı", "k": "\u212a", "s": "ſ"}


def word_start_alternation(
    words: list[str] | dict[str, Any], ignore_case: bool = True, not_after: str = r"\w"
) -> str:
    r"""`(?<![\w])(?i:word|...)` (that is `\b(?i:...)`) for words that start with a letter,
    written so that every branch starts with a literal letter: the engine then skips ahead to
    the letters that start a word of the list instead of trying every position (a pattern that
    starts with `\b`, a lookbehind or a case-insensitive letter gets no such skip). The
    lookbehind comes after the first letter; `not_after` is the character class that may not
    come before a word."""
    by_first: dict[str, list[str]] = {}
    for word in {w.lower() if ignore_case else w for w in words}:
        if not word[:1].isalpha():
            raise ValueError(f"{word!r} does not start with a letter")
        by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        rest = word_alternation(rests, ignore_case=ignore_case)
        rest = f"(?i:{rest})" if ignore_case else f"(?:{rest})"
        letters = {first}
        if ignore_case:
            letters |= {first.upper(), first.lower(), *IGNORECASE_EXTRA.get(first.lower(), "")}
        for letter in sorted(letters):
            branches.append(f"{re.escape(letter)}(?<![{not_after}].){rest}")
    return f"(?:{'|'.join(branches)})"
