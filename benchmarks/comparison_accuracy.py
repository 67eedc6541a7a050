"""Score fact_comparisons of the bundled corpus against the blind list of the sources' comparable
pairs (tests/labels/comparisons_blind.yaml, written from the texts before any output was seen).

A row names a label when each of its two sides lies at one of the label's two locator quotes
(same document; the side's span overlaps the locator or stands within NEAR characters of it on
the same line), in either order. A label is found when a row names it with the label's verdict (the label's
`conversion_inconsistent` is the conversion check's `inconsistent`). Precision: rows that name a
label with its verdict / all rows; recall: labels found / labels. The older list of flags only
(tests/labels/comparisons.yaml) is removed: the blind list covers its five pairs.

Usage: .venv/bin/python -m benchmarks.comparison_accuracy
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from pipelines.curated.build import build_curated
from pipelines.extracted.frames import extract_frames
from pipelines.raw.registry import read_corpus

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "tests" / "labels" / "comparisons_blind.yaml"
NEAR = 80  # characters


def corpus_curated() -> dict[str, pd.DataFrame]:
    """Every curated table of the bundled corpus, built in memory."""
    corpus = read_corpus(REPO / "raw", REPO / "raw" / "registry.yaml")
    texts = {d.doc_id: d.text for d in corpus.documents}
    fr = extract_frames(corpus.documents)
    return build_curated(
        texts, fr.blocks, fr.tables, fr.cells, fr.facts, REPO / "raw" / "curation"
    ) | {"document_texts": pd.DataFrame({"doc_id": list(texts), "text": list(texts.values())})}


def corpus_comparisons() -> tuple[pd.DataFrame, dict[str, str]]:
    curated = corpus_curated()
    docs = curated["document_texts"]
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    return curated["fact_comparisons"], texts


def _holds(doc: str, start: int, end: int, want: dict[str, Any], texts: dict[str, str]) -> bool:
    """The side's span lies at the label's locator: overlapping it or within NEAR characters of
    it on the same line (a fact's quote is its number; the locator, its words around it). A line
    break inside the locator is the labeller's, to tell two like passages apart: not a line
    between the side and the locator."""
    if doc != want["doc"]:
        return False
    text, quote = texts[doc], str(want["quote"])
    at = text.find(quote)
    while at >= 0:
        lo, hi = at - NEAR, at + len(quote) + NEAR
        around = text[min(start, at) : max(end, at + len(quote))].replace(quote, "", 1)
        if start < hi and end > lo and "\n" not in around:
            return True
        if start <= at and end >= at + len(quote):
            return True
        at = text.find(quote, at + 1)
    return False


def names(label: dict[str, Any], row: Any, texts: dict[str, str]) -> bool:
    """The row compares the label's two passages (in either order)."""
    a = (row.doc_id, int(row.char_start), int(row.char_end))
    b = (row.doc_id_b, int(row.char_start_b), int(row.char_end_b))
    la, lb = label["a"], label["b"]
    return (_holds(*a, la, texts) and _holds(*b, lb, texts)) or (
        _holds(*a, lb, texts) and _holds(*b, la, texts)
    )


def verdict_of(label: dict[str, Any]) -> str:
    return "inconsistent" if label["verdict"] == "conversion_inconsistent" else label["verdict"]


@dataclass
class Score:
    rows: int
    right_rows: int
    labels: int
    found: int
    named: int
    missed: list[str] = field(default_factory=list)
    unlabelled: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right_rows / self.rows if self.rows else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.labels if self.labels else 0.0


def score(comparisons: pd.DataFrame, texts: dict[str, str]) -> Score:
    labels: list[dict[str, Any]] = yaml.safe_load(LABELS.read_text(encoding="utf-8"))["comparisons"]
    rows = list(comparisons.itertuples())
    right = [
        r
        for r in rows
        if any(names(lab, r, texts) and r.verdict == verdict_of(lab) for lab in labels)
    ]
    found = [
        lab
        for lab in labels
        if any(names(lab, r, texts) and r.verdict == verdict_of(lab) for r in rows)
    ]
    named = [lab for lab in labels if any(names(lab, r, texts) for r in rows)]
    return Score(
        rows=len(rows),
        right_rows=len(right),
        labels=len(labels),
        found=len(found),
        named=len(named),
        missed=[f"{lab['verdict']}: {lab['what']}" for lab in labels if lab not in found],
        unlabelled=[f"{r.verdict}: {r.note}" for r in rows if r not in right],
    )


def headline(s: Score) -> str:
    return (
        f"fact_comparisons on the blind list of the sources' comparable pairs: precision "
        f"{s.precision:.3f} ({s.right_rows}/{s.rows} rows), recall {s.recall:.3f} "
        f"({s.found}/{s.labels} labelled pairs with their verdict; {s.named} named at all)"
    )


def main() -> None:
    s = score(*corpus_comparisons())
    print(headline(s))
    for what in s.missed:
        print(f"  missed: {what}")
    for note in s.unlabelled:
        print(f"  no label (or wrong verdict): {note}")


if __name__ == "__main__":
    main()
