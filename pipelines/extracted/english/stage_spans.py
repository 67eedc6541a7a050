"""A span of years in brackets right after a stage's name (`Phase 2 (2006-2010), Development
Phase:`, `First Term(2001-2005)Industrial Cluster Launch Period`) is that stage's term: its
measure is the stage's name with the title said after the brackets (`Phase 2 (Development
Phase)`), which the year grammar, reading the name as a number and its noun, misses.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.english.phrases import words
from pipelines.extracted.fact import Fact

_WORD = r"(?:[A-Z][a-z]+|\d{1,2}|[IVX]{1,4})"
_NAME = re.compile(rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]*\([ \t]*\Z")
_TITLE = re.compile(r"[ \t]*\)[ \t]*,?[ \t]*(?P<t>[A-Z][\w&/-]*(?:[ \t]+[A-Z][\w&/-]*){0,5})")


@cache
def _stages() -> frozenset[str]:
    return frozenset(str(w).lower() for w in words()["stage_words"])


def stage_measure(masked: str, fact: Fact) -> str | None:
    """`Phase 2 (Development Phase)` for the span of years in `Phase 2 (2006-2010),
    Development Phase`; None where no stage's name stands right before the brackets."""
    if fact.unit != "year" or fact.value_high is None:
        return None
    name = _NAME.search(masked, max(0, fact.start - 40), fact.start)
    if name is None:
        return None
    said = name.group("name").split()
    if not any(w.lower() in _stages() for w in said):
        return None
    title = _TITLE.match(masked, fact.end)
    stage = " ".join(said)
    if title is None or title.group("t").lower() == stage.lower():
        return stage
    return f"{stage} ({title.group('t')})"
