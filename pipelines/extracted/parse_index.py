"""Indexes over one parsed sentence, built once and kept on the Doc, so that what each number
asks of its sentence costs no walk over the whole of it: a table flattened to one line
(`研究者 21件 21件 …`) is one sentence of hundreds of numbers, and a walk per number (spaCy's
`Doc.text` joins every token again) made it quadratic or worse. Each helper answers exactly
what the walk it replaces did."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_KEY = "jris.index."  # the Doc's user_data keys of these indexes


def _cached(doc: Doc, name: str, build: Callable[[], object]) -> object:
    key = _KEY + name
    if key not in doc.user_data:
        doc.user_data[key] = build()
    return doc.user_data[key]


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc rather than on every call."""
    text = _cached(doc, "text", lambda: doc.text)
    assert isinstance(text, str)
    return text


def text_after(t: Token, n: int) -> str:
    """The n characters of the sentence's text right after `t` (`doc.text[end : end + n]`)."""
    end = t.idx + len(t.text)
    return doc_text(t.doc)[end : end + n]


def marked(doc: Doc, name: str, test: Callable[[Token], bool]) -> list[int]:
    """The indexes, in order, of the tokens of `doc` that pass `test` (one test per `name`)."""
    found = _cached(doc, "marks." + name, lambda: [t.i for t in doc if test(t)])
    assert isinstance(found, list)
    return found


def marked_between(
    doc: Doc, name: str, test: Callable[[Token], bool], lo: int, hi: int
) -> list[int]:
    """The indexes in [lo, hi) of the tokens that pass `test`, in order."""
    found = marked(doc, name, test)
    return found[bisect.bisect_left(found, lo) : bisect.bisect_left(found, hi)]


def last_marked_before(doc: Doc, name: str, test: Callable[[Token], bool], i: int) -> int:
    """The index of the last token before `i` that passes `test`, or -1."""
    found = marked(doc, name, test)
    k = bisect.bisect_left(found, i)
    return found[k - 1] if k else -1


def span_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The token indexes [first, last) of the tokens overlapping the characters [start, end):
    the tokens lie in order, so those are one run, found by bisection."""
    bounds = _cached(
        doc, "bounds", lambda: ([t.idx for t in doc], [t.idx + len(t.text) for t in doc])
    )
    assert isinstance(bounds, tuple)
    starts, ends = bounds
    first = bisect.bisect_right(ends, start)  # the first token ending after `start`
    last = bisect.bisect_left(starts, end)  # the first token starting at or after `end`
    return first, max(first, last)


class IndexedSpans(list[tuple[int, int]]):
    """The numbers' spans of a sentence, with an index that answers whether a token overlaps one
    of them by bisection (parse_tree.covered) instead of trying every span."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        super().__init__(spans)
        order = sorted(spans)
        self.starts = [a for a, _ in order]
        self.reach: list[int] = []  # the furthest end of the spans up to each, in start order
        for _, b in order:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def overlaps(self, lo: int, hi: int) -> bool:
        """Whether a span (a, b) has a < hi and lo < b."""
        k = bisect.bisect_left(self.starts, hi)  # the spans starting before `hi`
        return k > 0 and self.reach[k - 1] > lo


def in_subtree(head: Token, t: Token) -> bool:
    """Whether `t` is `head` or one of its descendants (`t in head.subtree`), by each token's
    place in one walk of the tree rather than a walk of `head`'s subtree per question."""
    doc = head.doc
    tour = _cached(doc, "tour", lambda: _tour(doc))
    assert isinstance(tour, tuple)
    enter, leave = tour
    return enter[head.i] <= enter[t.i] and leave[t.i] <= leave[head.i]


def _tour(doc: Doc) -> tuple[list[int], list[int]]:
    """When a depth-first walk of the tree enters and leaves each token."""
    kids: list[list[int]] = [[] for _ in range(len(doc))]
    roots = []
    for t in doc:
        if t.head.i == t.i:
            roots.append(t.i)
        else:
            kids[t.head.i].append(t.i)
    enter, leave = [0] * len(doc), [0] * len(doc)
    clock = 0
    for root in roots:
        stack = [(root, False)]
        while stack:
            i, done = stack.pop()
            clock += 1
            if done:
                leave[i] = clock
                continue
            enter[i] = clock
            stack.append((i, True))
            stack.extend((k, False) for k in reversed(kids[i]))
    return enter, leave
