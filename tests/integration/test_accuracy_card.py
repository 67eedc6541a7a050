"""The accuracy figures the release card shows are the ones this code measures."""

import json

from benchmarks.accuracy_card import figures
from pipelines.release.findings import ACCURACY_FILE


def test_the_cards_accuracy_figures_are_current() -> None:
    stored = json.loads(ACCURACY_FILE.read_text(encoding="utf-8"))
    assert figures() == stored, "run: .venv/bin/python -m benchmarks.accuracy_card --write"
