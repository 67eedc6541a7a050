"""Small helpers over a spaCy parse that both languages' measure readers share: the tokens of
a fact's span, the span's head in the tree, the words of a noun phrase without numbers, and
the loop that reads each fact of a sentence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipelines.extracted.parse_index import IndexedSpans, span_range

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

    from pipelines.extracted.fact import Fact

Spans = list[tuple[int, int]]


def span_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens overlapping [start, end) (offsets into the parsed text), found by bisection:
    a sentence of hundreds of numbers is not walked once for each."""
    first, last = span_range(doc, start, end)
    return list(doc[first:last])


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
    if isinstance(spans, IndexedSpans):
        return spans.overlaps(lo, hi)
    return any(lo < b and a < hi for a, b in spans)


@dataclass(slots=True)
class Reading:
    """What the parse says of one number: its measure and the direction of a change."""

    measure: str | None
    direction: str | None = None
    # the part of `measure` naming what is counted, where a clause before it says which ones
    # (協議会を設立した府県: 府県): the place a measure names is this part's
    counted: str | None = None
    # what a passive verb says of a bare number that is its subject (`nine were started in
    # 2015`): which of the things named before it counts, for the measure the rules give it
    which: str | None = None
    # whose the number is, where a name stands before it (東京大学28件): no part of its measure
    owner: str | None = None


def read_facts(
    doc: Doc,
    offset: int,
    facts: list[Fact],
    event: Callable[[Token, Spans], str | None],
    quantity: Callable[[Token, list[Token], Spans, Fact], Reading],
) -> list[Reading]:
    """One reading per fact of the sentence parsed as `doc` (which starts at `offset`): a year
    is read as the event it dates, any other number as the quantity of its noun. The languages
    differ only in `event` and `quantity`."""
    spans = IndexedSpans([(f.start - offset, f.end - offset) for f in facts])
    out: list[Reading] = []
    for f, (a, b) in zip(facts, spans, strict=True):
        toks = span_tokens(doc, a, b)
        head = span_head(toks)
        if head is None:
            out.append(Reading(None))
        elif f.fact_type == "year" or f.unit == "year":
            out.append(Reading(event(head, spans)))
        else:
            out.append(quantity(head, toks, spans, f))
    return out
