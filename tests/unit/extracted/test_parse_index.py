"""The sentence indexes that keep a long line of numbers from costing a walk per number: they
answer what the walks did, and the topic before a number is found without asking every word
before it again for each number. Sentences written for these tests."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pytest

from pipelines.extracted import parser
from pipelines.extracted.japanese import parse_counts
from pipelines.extracted.parse_index import IndexedSpans, text_after
from pipelines.extracted.parse_tree import covered, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token


def test_indexed_spans_say_what_trying_every_span_says() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = []
        for _ in range(rng.randrange(0, 8)):
            a = rng.randrange(0, 60)
            spans.append((a, a + rng.randrange(0, 6)))
        indexed = IndexedSpans(spans)
        assert indexed == spans  # still the plain list for every other reader
        for lo in range(0, 64):
            for hi in (lo, lo + 1, lo + 3):
                assert indexed.overlaps(lo, hi) == any(lo < b and a < hi for a, b in spans)


def test_span_tokens_and_the_text_after_a_word_match_the_whole_sentence() -> None:
    doc = parser.japanese()("調査対象は 12社 と 約3億円 につきましては、前年度比5%増であった。")
    for start in range(len(doc.text) + 1):
        for end in range(start, min(len(doc.text), start + 6) + 1):
            walked = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
            assert span_tokens(doc, start, end) == walked
    for t in doc:
        end = t.idx + len(t.text)
        assert text_after(t, 8) == doc.text[end : end + 8]
        assert covered(t, IndexedSpans([(6, 9), (12, 17)])) == covered(t, [(6, 9), (12, 17)])


def test_the_topic_before_each_number_of_a_long_row_asks_each_word_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = 0
    asked = parse_counts.is_topic

    def counted(t: Token) -> bool:
        nonlocal calls
        calls += 1
        return asked(t)

    monkeypatch.setattr(parse_counts, "is_topic", counted)
    cells = 60
    doc = parser.japanese()("研究者は " + " ".join(["14件"] * cells))
    numbers = [t for t in doc if t.text == "14"]
    spans = IndexedSpans([(t.idx, t.idx + 3) for t in numbers])
    topics = [parse_counts.topic_before(t, spans) for t in numbers]
    assert {t.text if t is not None else None for t in topics} == {"研究者"}
    # each word once, not once for each number after it (about cells * cells words in all)
    assert calls <= len(doc)
