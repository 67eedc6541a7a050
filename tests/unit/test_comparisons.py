"""fact_comparisons on the bundled corpus: the disagreements a careful reader flags, found
with both passages, and nothing flagged that a label does not name (issue 17)."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.comparison_accuracy import corpus_comparisons, score
from schemas.comparisons import FLAGS


@pytest.fixture(scope="module")
def corpus() -> tuple[pd.DataFrame, dict[str, str]]:
    return corpus_comparisons()


def test_flags_are_the_labelled_ones(corpus: tuple[pd.DataFrame, dict[str, str]]) -> None:
    s = score(corpus[0])
    assert s.precision >= 0.9 and s.unlabelled == []
    assert s.verdicts_right == s.found and s.agree_right == s.agree_labels


def test_meti_network_and_technopolis_end(corpus: tuple[pd.DataFrame, dict[str, str]]) -> None:
    rows = corpus[0]
    meti = rows[
        (rows["entity_id"] == "industrial-cluster-program") & (rows["check_type"] == "same_measure")
    ]
    assert sorted(zip(meti["measure"], meti["value"], meti["value_b"], strict=True)) == [
        ("SMEs", 5000.0, 10700.0),
        ("universities", 200.0, 290.0),
    ]
    end = rows[rows["check_type"] == "event_year"]
    within = end[end["verdict"] == "inconsistent_within_document"]
    assert within[["value", "value_b"]].values.tolist() == [[1998.0, 1999.0]]


def test_both_sides_quote_their_documents(corpus: tuple[pd.DataFrame, dict[str, str]]) -> None:
    rows, texts = corpus
    assert len(rows[rows["verdict"].isin(FLAGS)]) >= 4
    for r in rows.itertuples():
        assert texts[r.doc_id][r.char_start : r.char_end] == r.quote
        assert texts[r.doc_id_b][r.char_start_b : r.char_end_b] == r.quote_b
