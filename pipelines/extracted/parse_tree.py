"""Small helpers over a spaCy parse that both languages' measure readers share: the tokens of
a fact's span, the span's head in the tree, and the words of a noun phrase without numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token


def span_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens overlapping [start, end) (offsets into the parsed text)."""
    return [t for t in doc if t.idx < end and t.idx + len(t.text) > start]


def span_head(tokens: list[Token]) -> Token | None:
    """The token of the span whose head lies outside it: where the span hangs in the tree."""
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in inside or t.head.i == t.i:
            return t
    return tokens[-1] if tokens else None


def ancestors_until(token: Token, stop: Iterable[str]) -> Token:
    """Climb from `token` through heads whose relation is in `stop` (compound, nummod...)."""
    stops = set(stop)
    while token.dep_ in stops and token.head.i != token.i:
        token = token.head
    return token


def covered(token: Token, spans: list[tuple[int, int]]) -> bool:
    """Whether a token lies inside one of the (numbers') spans."""
    lo, hi = token.idx, token.idx + len(token.text)
    return any(lo < b and a < hi for a, b in spans)
