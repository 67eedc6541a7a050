"""What the numbers mean, against labels written blind: a seeded random sample of 50 facts and
30 indicators of the bundled corpus (seed 17, drawn from the rows of 2026-12-06), each labelled
by a reader who saw only the source text and the number's place in it, never JRIS's output
(tests/labels/measures_blind.yaml; changes have since been tuned on its verdicts), and a second
sample of 50 facts held out from all tuning (seed 18, drawn on 2026-12-07,
tests/labels/measures_holdout.yaml). A row is accepted when JRIS still gives it as a fact and its
`measure` agrees with the label by the development corpus's rule (the labelled measure's head
noun, or half its content words, in JRIS's measure: benchmarks/agreement.py). A row the
reader says is not a fact is right only when JRIS no longer gives it.

Rows are found by id, else by document and position (ids follow content, so an edit near a
number can change its id while the labelled number stays where it was).

Usage: .venv/bin/python -m benchmarks.meaning_sample [--show]  (--show: the tuned-on rows only)
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from benchmarks.agreement import measure_agrees
from pipelines.curated.build import build_curated
from pipelines.extracted.frames import extract_frames
from pipelines.raw.registry import read_corpus

REPO = Path(__file__).resolve().parent.parent
LABELS = {
    "tuned on": REPO / "tests" / "labels" / "measures_blind.yaml",
    "held out": REPO / "tests" / "labels" / "measures_holdout.yaml",
}
KEYS = {"facts": "fact_id", "indicators": "indicator_id"}


def corpus_tables() -> dict[str, pd.DataFrame]:
    """The bundled corpus's facts and indicators, as a release has them."""
    corpus = read_corpus(REPO / "raw", REPO / "raw" / "registry.yaml")
    texts = {d.doc_id: d.text for d in corpus.documents}
    fr = extract_frames(corpus.documents)
    curated = build_curated(
        texts, fr.blocks, fr.tables, fr.cells, fr.facts, REPO / "raw" / "curation"
    )
    return {"facts": fr.facts, "indicators": curated["indicators"]}


def load_labels() -> list[tuple[str, str, dict[str, Any]]]:
    """(sample, table, labels) for each labelled table of each sample."""
    out = []
    for sample, path in LABELS.items():
        data: dict[str, dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
        out += [(sample, name, labels) for name, labels in data.items()]
    return out


@dataclass
class Verdicts:
    accepted: int = 0  # a fact, measure agrees
    disagreed: int = 0  # a fact, measure does not agree (or none)
    missing: int = 0  # a fact JRIS no longer gives
    non_fact_given: int = 0  # not a fact, yet JRIS gives it
    non_fact_dropped: int = 0  # not a fact, and JRIS no longer gives it
    rows: list[str] = field(default_factory=list)

    @property
    def facts(self) -> int:
        return self.accepted + self.disagreed + self.missing


def find_row(table: pd.DataFrame, key: str, row_id: str, label: dict[str, Any]) -> Any:
    """The current row for a labelled one: by id, else the row of its document whose span
    holds the labelled position."""
    hit = table[table[key] == row_id]
    if hit.empty:
        at = int(label["char_start"])
        hit = table[(table["doc_id"] == label["doc"]) & (table["char_start"] <= at)
                    & (table["char_end"] > at)]  # fmt: skip
    return None if hit.empty else hit.iloc[0]


def score(table: pd.DataFrame, key: str, labels: dict[str, Any]) -> Verdicts:
    v = Verdicts()
    for row_id, label in labels.items():
        row = find_row(table, key, row_id, label)
        got = None if row is None or pd.isna(row["measure"]) else str(row["measure"])
        if not label["is_fact"]:
            if row is None:
                v.non_fact_dropped += 1
            else:
                v.non_fact_given += 1
            verdict = "not a fact, " + ("dropped" if row is None else "still given")
        elif row is None:
            v.missing += 1
            verdict = "missing"
        elif got and measure_agrees(label["measure"], got, japanese=False):
            v.accepted += 1
            verdict = "accepted"
        else:
            v.disagreed += 1
            verdict = "disagrees"
        v.rows.append(f"{verdict:22} {row_id}: label {label['measure']!r}, JRIS {got!r}")
    return v


def summary_lines(tables: dict[str, pd.DataFrame] | None = None) -> list[str]:
    tables = tables if tables is not None else corpus_tables()
    lines = []
    for sample, name, labels in load_labels():
        v = score(tables[name], KEYS[name], labels)
        lines.append(
            f"what the numbers measure, a seeded sample of {len(labels)} {name} of the bundled "
            f"corpus labelled blind ({sample}): measure agrees for {v.accepted} of the {v.facts} the "
            f"reader counts as facts ({v.missing} no longer given); of "
            f"{v.non_fact_given + v.non_fact_dropped} the reader says are not facts, "
            f"{v.non_fact_dropped} are no longer given"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show", action="store_true", help="print each row's verdict of the tuned-on sample"
    )
    args = parser.parse_args()
    tables = corpus_tables()
    for sample, name, labels in load_labels():
        v = score(tables[name], KEYS[name], labels)
        print(f"{name} ({sample}): {v.accepted} of {v.facts} facts accepted, {v.disagreed} disagree, "
              f"{v.missing} missing; non-facts still given {v.non_fact_given}, "
              f"dropped {v.non_fact_dropped}")  # fmt: skip
        if (
            args.show and sample == "tuned on"
        ):  # the held-out rows are never shown: no tuning on them
            print("\n".join(f"  {r}" for r in v.rows))


if __name__ == "__main__":
    main()
