"""Every hand-labelled table (tests/labels/tables.yaml) is found with its exact cells."""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks.table_accuracy import check_table, load_labels
from tests.corpus_once import extract

LABELS = load_labels()


@pytest.mark.parametrize("label", LABELS["tables"], ids=lambda lb: f"{lb['doc']}:{lb['name']}")
def test_labelled_table_is_extracted_exactly(label: dict[str, Any]) -> None:
    found, exact, problems = check_table(extract(label["doc"]), label)
    assert problems == []
    assert found and exact == len(label["cells"])


@pytest.mark.parametrize("doc", sorted(LABELS["documents"]))
def test_no_table_is_missed_or_invented(doc: str) -> None:
    frames = extract(doc)
    assert len(frames.tables) == LABELS["documents"][doc]["tables_in_doc"]
    cells_per_table = frames.cells.groupby("table_id").size().to_dict()
    for table in frames.tables.itertuples():
        assert cells_per_table.get(table.table_id, 0) == table.n_rows * table.n_cols
