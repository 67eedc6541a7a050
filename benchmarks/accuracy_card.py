"""The accuracy figures a release card shows, measured on this code and written to
pipelines/release/accuracy.json with --write (the card reads that file;
tests/integration/test_accuracy_card.py fails when it no longer matches what this code measures).

Only figures against labels written blind go on the card: the development corpus of real
documents (../shared/dev_corpus, both halves of its seeded split) and the bundled corpus's
blind samples (tests/labels/*_blind.yaml). The builders' own labels (tests/labels/facts*.yaml,
tables.yaml) stay regression tests and benchmarks for development, never card figures.

Usage: .venv/bin/python -m benchmarks.accuracy_card [--write]
"""

from __future__ import annotations

import argparse
import json

from benchmarks import comparison_accuracy, event_accuracy, meaning_sample, real_documents
from pipelines.release.findings import ACCURACY_FILE


def figures() -> list[str]:
    lines = [*real_documents.card_lines(), *meaning_sample.summary_lines()]
    curated = comparison_accuracy.corpus_curated()
    docs = curated["document_texts"]
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    events = event_accuracy.score(curated["policy_events"], curated["policy_event_sources"])
    lines.append(event_accuracy.headline(events))
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
