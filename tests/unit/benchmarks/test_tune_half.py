"""Which documents the real-document benchmark tunes on: the seeded half of the dev corpus, or
every document of a fresh corpus of tune data, never every document of the dev corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.real_documents import CORPUS, split, tune_half

_DOCS = [f"t{n:02d}_page.txt" for n in range(1, 9)]


def test_seeded_half_by_default(tmp_path: Path) -> None:
    assert tune_half(_DOCS, tmp_path) == split(_DOCS)[0]


def test_every_document_of_a_fresh_corpus(tmp_path: Path) -> None:
    assert tune_half(_DOCS, tmp_path, every=True) == set(_DOCS)


def test_never_every_document_of_the_dev_corpus() -> None:
    with pytest.raises(SystemExit):
        tune_half(_DOCS, CORPUS, every=True)
