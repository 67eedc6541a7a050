"""Score the Japanese fact extractor against tests/labels/facts_ja.yaml: every fact of each
Japanese test document (tests/fixtures/documents/ja/, written for this project), read as the
pipeline reads a document without a registry entry. Prints precision and recall of value+unit
for the documents looked at while tuning and for those kept out, period and place accuracy,
what none of the labelled not-facts may be, and characters per second for Japanese against
English text through the same extractor.

Usage: .venv/bin/python -m benchmarks.japanese_accuracy
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from benchmarks.scoring import Gold, JrisScore, Passage, prf, read_fixture, score_jris
from pipelines.extracted.frames import extract_frames
from pipelines.raw.registry import SourceDocument

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "tests" / "labels" / "facts_ja.yaml"
DOCS = REPO / "tests" / "fixtures" / "documents" / "ja"


@dataclass
class LabelledDocument:
    file: str
    tuning: bool
    passage: Passage
    not_facts: list[str]
    places: list[list[str]]
    entities: list[str]


def load_labels() -> tuple[list[LabelledDocument], dict[str, SourceDocument]]:
    labels: dict[str, Any] = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    out, docs = [], {}
    for entry in labels["documents"]:
        doc = read_fixture(DOCS / entry["file"])
        docs[doc.doc_id] = doc
        passage = Passage(doc.doc_id, 0, len(doc.text))
        cursor = 0
        for quote, value, unit, p_start, p_end, geo in entry["facts"]:
            at = doc.text.find(quote, cursor)
            if at < 0:
                raise ValueError(
                    f"{entry['file']}: labelled quote {quote!r} not found after {cursor}"
                )
            passage.gold.append(
                Gold(
                    doc.doc_id,
                    quote,
                    float(value),
                    unit,
                    (p_start, p_end),
                    geo,
                    None,
                    at,
                    at + len(quote),
                )
            )
            cursor = at + 1
        out.append(
            LabelledDocument(
                entry["file"],
                bool(entry["tuning"]),
                passage,
                entry.get("not_facts", []),
                entry.get("places", []),
                entry.get("entities", []),
            )
        )
    return out, docs


def score(labelled: list[LabelledDocument], facts: pd.DataFrame) -> JrisScore:
    return score_jris([d.passage for d in labelled], facts)


def not_facts_found(labelled: list[LabelledDocument], facts: pd.DataFrame) -> list[str]:
    """The labelled not-facts (第3期, 図表2-3-1, [4] ...) that some fact's quote lies inside."""
    found = []
    for d in labelled:
        text = d.passage
        rows = facts[facts["doc_id"] == text.doc_id]
        for nf in d.not_facts:
            for q in rows["quote"]:
                if q and (q in nf or nf in q) and any(c.isdigit() for c in q + nf):
                    found.append(f"{d.file}: {nf!r} read as a fact {q!r}")
    return found


def chars_per_second(docs: list[SourceDocument], seconds: float = 2.0) -> float:
    """Characters of these documents the whole extraction (blocks, tables, facts) reads per
    second, best of passes lasting at least `seconds` in all."""
    n = sum(len(d.text) for d in docs)
    best, began = float("inf"), time.perf_counter()
    while time.perf_counter() - began < seconds or best == float("inf"):
        t0 = time.perf_counter()
        extract_frames(docs)
        best = min(best, time.perf_counter() - t0)
    return n / best


def main() -> None:
    labelled, docs = load_labels()
    frames = extract_frames(list(docs.values()))
    for tuning, name in ((True, "tuned on"), (False, "kept out of tuning")):
        group = [d for d in labelled if d.tuning == tuning]
        s = score(group, frames.facts)
        p, r = prf(s.matched, s.predicted, s.gold)
        print(
            f"Japanese, {name} ({', '.join(d.file for d in group)}): value+unit precision "
            f"{p:.3f} recall {r:.3f} ({s.matched} matched of {s.gold} labelled, {s.predicted} "
            f"extracted); period {s.period_ok}/{s.period_n}, place {s.geo_ok}/{s.geo_n}"
        )
        for line in s.differences:
            print(line)
    wrong = not_facts_found(labelled, frames.facts)
    print(f"labelled not-facts read as facts: {len(wrong)}")
    for line in wrong:
        print(" ", line)
    english = [read_fixture(p) for p in sorted((REPO / "raw").glob("*.txt"))]
    ja_rate = chars_per_second(list(docs.values()) * 50)
    en_rate = chars_per_second(english)
    print(
        f"characters per second through the whole extraction: Japanese {ja_rate:,.0f}, "
        f"English {en_rate:,.0f} (the five bundled sources)"
    )


if __name__ == "__main__":
    main()
