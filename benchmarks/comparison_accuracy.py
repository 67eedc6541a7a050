"""Score fact_comparisons of the bundled corpus against the comparisons a careful reader flags
(tests/labels/comparisons.yaml): precision (flagged rows a label names) and recall (labels a
flagged row finds), and whether the rows of the `agree` labels say agree.

Usage: .venv/bin/python -m benchmarks.comparison_accuracy
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from pipelines.curated.build import build_curated
from pipelines.extracted.frames import extract_frames
from pipelines.raw.registry import read_corpus
from schemas.comparisons import FLAGS

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "tests" / "labels" / "comparisons.yaml"


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


def _side(row: Any, suffix: str) -> tuple[str, str]:
    return str(getattr(row, f"doc_id{suffix}")), str(getattr(row, f"quote{suffix}"))


def names(label: dict[str, Any], row: Any) -> bool:
    """The row compares the label's two passages (in either order)."""
    sides = [_side(row, ""), _side(row, "_b")]
    want = [(label["a"]["doc"], label["a"]["quote"]), (label["b"]["doc"], label["b"]["quote"])]

    def holds(side: tuple[str, str], w: tuple[str, str]) -> bool:
        return side[0] == w[0] and w[1] in side[1]

    return row.check_type == label["check"] and (
        (holds(sides[0], want[0]) and holds(sides[1], want[1]))
        or (holds(sides[0], want[1]) and holds(sides[1], want[0]))
    )


@dataclass
class Score:
    flagged: int
    true_flags: int
    labels: int
    found: int
    verdicts_right: int
    agree_right: int
    agree_labels: int
    missed: list[str]
    unlabelled: list[str]

    @property
    def precision(self) -> float:
        return self.true_flags / self.flagged if self.flagged else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.labels if self.labels else 0.0


def score(comparisons: pd.DataFrame) -> Score:
    labels: dict[str, list[dict[str, Any]]] = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    flagged = [r for r in comparisons.itertuples() if r.verdict in FLAGS]
    true_flags = [r for r in flagged if any(names(lab, r) for lab in labels["flags"])]
    found, right, missed = 0, 0, []
    for lab in labels["flags"]:
        hits = [r for r in flagged if names(lab, r)]
        found += bool(hits)
        right += any(r.verdict == lab["verdict"] for r in hits)
        if not hits:
            missed.append(lab["what"])
    agree_right = sum(
        any(names(lab, r) and r.verdict == "agree" for r in comparisons.itertuples())
        for lab in labels["agree"]
    )
    return Score(
        flagged=len(flagged),
        true_flags=len(true_flags),
        labels=len(labels["flags"]),
        found=found,
        verdicts_right=right,
        agree_right=agree_right,
        agree_labels=len(labels["agree"]),
        missed=missed,
        unlabelled=[r.note for r in flagged if r not in true_flags],
    )


def main() -> None:
    comparisons, _ = corpus_comparisons()
    s = score(comparisons)
    print(
        f"fact_comparisons on the bundled corpus: {len(comparisons)} rows, {s.flagged} flagged\n"
        f"flags: precision {s.precision:.3f} ({s.true_flags}/{s.flagged}), recall "
        f"{s.recall:.3f} ({s.found}/{s.labels} labelled); verdict right on "
        f"{s.verdicts_right}/{s.found} found; agreements confirmed {s.agree_right}/"
        f"{s.agree_labels}"
    )
    for what in s.missed:
        print(f"  missed: {what}")
    for note in s.unlabelled:
        print(f"  flagged, not labelled: {note}")


if __name__ == "__main__":
    main()
