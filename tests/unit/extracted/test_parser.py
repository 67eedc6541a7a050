"""The pinned parsers load from the installed packages and parse as the readers expect."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from pipelines.extracted import parser


def test_english_pipeline_is_the_pinned_one_and_attaches_a_number_to_its_noun() -> None:
    nlp = parser.english()
    assert spacy.__version__.startswith("3.8.")
    assert nlp.meta["version"] == "3.8.0"
    doc = nlp("The prefecture invited 155 companies in 1986.")
    number = next(t for t in doc if t.text == "155")
    assert (number.pos_, number.dep_, number.head.lemma_) == ("NUM", "nummod", "company")
    year = next(t for t in doc if t.text == "1986")
    assert year.head.text == "in" and year.head.head.lemma_ == "invite"


def test_japanese_pipeline_parses_without_the_steps_we_do_not_use() -> None:
    nlp = parser.japanese()
    assert not set(parser.JAPANESE_UNUSED) & set(nlp.pipe_names)
    doc = nlp("2015年度の予算は25億円であった。")
    amount = next(t for t in doc if t.text.startswith("25"))
    assert amount.pos_ == "NUM"
    assert amount.head.text == "円"
    subject = next(t for t in doc if t.text == "予算")
    assert subject.dep_ == "nsubj"


def test_english_loads_no_entity_recogniser_no_reader_uses() -> None:
    assert not set(parser.ENGLISH_UNUSED) & set(parser.english().pipe_names)


def test_within_one_parse_each_a_sentence_is_parsed_once_for_every_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nlp = parser.english()
    real = nlp.pipe
    parsed: list[str] = []

    def counting(texts: list[str], **kw: Any) -> Any:
        parsed.extend(texts)
        return real(texts, **kw)

    monkeypatch.setattr(nlp, "pipe", counting)
    opened, budget = "The hall opened in 1990.", "Its budget was 3 billion yen."
    with parser.one_parse_each():
        first = parser.parse_english([opened, budget, opened])
        again = parser.parse_english([budget])
    assert parsed == [opened, budget]
    assert again[0] is first[1] and first[2] is first[0]
    parser.parse_english([budget])  # outside: nothing kept
    assert parsed == [opened, budget, budget]
