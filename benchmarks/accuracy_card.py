"""The accuracy figures a release card shows: every accuracy benchmark's headline, measured on
this code, written to pipelines/release/accuracy.json with --write (the card reads that file;
tests/unit/test_accuracy_card.py fails when it no longer matches what this code measures).

Usage: .venv/bin/python -m benchmarks.accuracy_card [--write]
"""

from __future__ import annotations

import argparse
import json

from benchmarks import comparison_accuracy, event_accuracy, meaning_sample, table_accuracy
from benchmarks.fact_accuracy import load_passages
from benchmarks.format_accuracy import summary as format_summary
from benchmarks.scoring import prf, score_jris
from pipelines.release.findings import ACCURACY_FILE


def figures() -> list[str]:
    passages, _, facts = load_passages()
    ours = score_jris(passages, facts)
    p, r = prf(ours.matched, ours.predicted, ours.gold)
    lines = [
        f"facts, English, the five bundled sources (tuned on): value and unit precision {p:.3f}, "
        f"recall {r:.3f} ({ours.matched} of {ours.gold} labelled facts)"
    ]
    lines += [f"facts, documents of our own, {' '.join(line.split())}" for line in format_summary()]
    for name, t in table_accuracy.score().items():
        lines.append(
            f"tables, {name}: {t.tables_found}/{t.tables_expected} found, cells exact "
            f"{t.cells_exact}/{t.cells_expected}"
        )
    facts_tables = meaning_sample.corpus_tables()
    labels = meaning_sample.load_labels()
    for name, key, table in (
        ("facts", "fact_id", facts_tables[0]),
        ("indicators", "indicator_id", facts_tables[1]),
    ):
        rows = meaning_sample.sample(table, key, meaning_sample.SAMPLE[name])
        judged, _ = meaning_sample.score(rows, key, labels.get(name, {}))
        lines.append(
            f"what the numbers measure, a seeded sample of {len(rows)} {name} of the bundled "
            f"corpus (tuned on) judged by hand: {judged.accepted} accepted"
        )
    held = meaning_sample.held_out_facts()
    judged, _ = meaning_sample.score(held, "fact_id", labels.get("held_out", {}))
    lines.append(
        f"what the numbers measure, every fact of {len(meaning_sample.HELD_OUT)} English "
        f"documents of our own kept out of tuning: {judged.accepted} of {len(held)} accepted"
    )
    curated = comparison_accuracy.corpus_curated()
    docs = curated["document_texts"]
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    lines.append(
        event_accuracy.headline(
            event_accuracy.score(curated["policy_events"], curated["policy_event_sources"])
        )
    )
    lines.append(
        comparison_accuracy.headline(comparison_accuracy.score(curated["fact_comparisons"], texts))
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {ACCURACY_FILE.name}")
    args = parser.parse_args()
    lines = figures()
    if args.write:
        ACCURACY_FILE.write_text(json.dumps(lines, indent=2, ensure_ascii=False) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
