"""The bundled corpus's extractions and curated tables, computed once per test session (the
first process to ask shares them with the others: tests/worker_shared.py) and handed out as
copies. Several test files check the same extraction of the same files (the
labelled tables alone asked for 29 extractions of 9 files), each seconds of processor time;
the files never change during a run, and a copy per caller keeps one test's change to a frame
out of the next test's."""

from __future__ import annotations

import dataclasses
from functools import cache

import pandas as pd

from benchmarks import comparison_accuracy, table_accuracy
from pipelines.extracted.frames import ExtractedFrames
from tests.worker_shared import once


@cache
def _frames(rel_path: str) -> ExtractedFrames:
    return once(f"extract {rel_path}", lambda: table_accuracy.extract(rel_path))


def extract(rel_path: str) -> ExtractedFrames:
    """benchmarks.table_accuracy.extract of a repository file, computed once."""
    frames = _frames(rel_path)
    return ExtractedFrames(
        **{f.name: getattr(frames, f.name).copy() for f in dataclasses.fields(frames)}
    )


@cache
def _curated() -> dict[str, pd.DataFrame]:
    return once("corpus_curated", comparison_accuracy.corpus_curated)


def corpus_curated() -> dict[str, pd.DataFrame]:
    """benchmarks.comparison_accuracy.corpus_curated, computed once."""
    return {name: df.copy() for name, df in _curated().items()}


def corpus_comparisons() -> tuple[pd.DataFrame, dict[str, str]]:
    """benchmarks.comparison_accuracy.corpus_comparisons on the tables computed once."""
    curated = corpus_curated()
    docs = curated["document_texts"]
    return curated["fact_comparisons"], dict(zip(docs["doc_id"], docs["text"], strict=True))
