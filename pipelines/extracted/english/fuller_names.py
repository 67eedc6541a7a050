"""A measure that names its thing by a bare noun the text has named in full before (`the market`
after `the tailor-made medicine market`, `the Council` after `the TAMA Industrial Vitalization
Council`) takes that fuller name: read alone in a table, `market` says nothing of which.

Only the measure's head noun, standing alone (no modifier before it, no `of` phrase after it),
that the sentence writes after `the` is widened (that is the text pointing back), with the
words that led the latest earlier mention of it in the few paragraphs before: modifiers up to
a function word, an adverb, a number or a punctuation mark, four at most.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipelines.extracted.fact import Fact

_LOOK_BACK = 1500  # characters before the sentence searched for the fuller mention
_MAX_MODIFIERS = 4
_FUNCTION_WORDS = """the a an of in on at to for by with from and or as its their his her our this that these
    those is are was were be been has have had which who whose than into over under between
    among each every all some any such other more most less new same"""
_FUNCTION = frozenset(_FUNCTION_WORDS.split())


def widen_names(masked: str, sentence_start: int, facts: list[Fact]) -> None:
    """Widen each English fact's measure whose head noun its sentence names bare after `the`."""
    for f in facts:
        if not f.measure:
            continue
        words = f.measure.split()
        for i, w in enumerate(words):
            after = words[i + 1].lower() if i + 1 < len(words) else None
            alone = i == 0 or words[i - 1].lower() in _FUNCTION
            ends = after is None or after in ("in", "at", "on", "by") or after.startswith("(")
            if not alone or not ends or not _noun_like(w):
                continue  # `medicine market`, `City of Freiburg`: said which already
            if not re.search(rf"\bthe {re.escape(w)}\b(?! of\b)", f.sentence or ""):
                continue
            fuller = _earlier_name(masked, sentence_start, w)
            if fuller:
                words[i] = fuller
                f.measure = " ".join(words)
                break


def _noun_like(word: str) -> bool:
    return len(word) >= 4 and word.isalpha() and word.lower() not in _FUNCTION


def _earlier_name(masked: str, before: int, noun: str) -> str | None:
    """The latest mention of `noun` with words that modify it, in the text before `before`; a
    capitalised noun (`the Council`) only by a name whose words are capitalised too."""
    window = masked[max(0, before - _LOOK_BACK) : before]
    named = noun[0].isupper()
    for m in reversed(list(re.finditer(rf"\b{re.escape(noun)}\b", window))):
        lead: list[str] = []
        rest = window[: m.start()]
        while len(lead) < _MAX_MODIFIERS:
            w = re.search(r"([A-Za-z][A-Za-z&'’-]*) ?$", rest)
            word = w.group(1) if w else ""
            plain = word.lower() not in _FUNCTION and not word.lower().endswith("ly")
            if not word or not plain or (named and not word[0].isupper()):
                break
            lead.insert(0, word)
            rest = rest[: w.start()] if w else rest
        if lead:
            return " ".join([*lead, noun])
    return None
