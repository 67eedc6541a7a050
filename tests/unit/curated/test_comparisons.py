"""fact_comparisons on the bundled corpus: each row states both sides as the passages hedge and
date them, with a verdict a careful reader shares (the blind list, issue 35)."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.comparison_accuracy import score
from tests.corpus_once import corpus_comparisons


@pytest.fixture(scope="module")
def corpus() -> tuple[pd.DataFrame, dict[str, str]]:
    return corpus_comparisons()


def test_scores_on_the_blind_list(corpus: tuple[pd.DataFrame, dict[str, str]]) -> None:
    s = score(*corpus)
    # A floor under today's figures (the targets: precision 0.95, recall 0.85): of
    # the three rows the list lacks, all are true pairs by the labeller's own notes (a table's
    # Phase 1 against Term I, one event, and against a heading's 'since'; a count against the
    # list that names it)
    assert s.precision >= 0.95, s.unlabelled
    assert s.found >= 58, s.missed


def test_meti_network_counts_say_hedged_or_undated(
    corpus: tuple[pd.DataFrame, dict[str, str]],
) -> None:
    rows = corpus[0]
    meti = rows[
        (rows["entity_id"] == "industrial-cluster-program")
        & (rows["check_type"] == "same_measure")
        & (rows["unit"] == "count")
    ]
    got = sorted(zip(meti["measure"], meti["value"], meti["value_b"], meti["verdict"], strict=True))
    assert got == [
        ("SMEs", 5000.0, 10700.0, "cannot_tell"),
        ("universities", 200.0, 290.0, "agree"),
    ]
    smes = meti[meti["measure"] == "SMEs"]["note"].iloc[0]
    assert "about 5,000 (undated" in smes and "10,700 (2007" in smes


def test_technopolis_end_cannot_tell_abolition_from_replacement(
    corpus: tuple[pd.DataFrame, dict[str, str]],
) -> None:
    rows = corpus[0]
    end = rows[(rows["check_type"] == "event_year") & (rows["value"] != rows["value_b"])]
    assert end[["value", "value_b", "verdict"]].values.tolist() == [[1998.0, 1999.0, "cannot_tell"]]


def test_both_sides_quote_their_documents(corpus: tuple[pd.DataFrame, dict[str, str]]) -> None:
    rows, texts = corpus
    for r in rows.itertuples():
        assert texts[r.doc_id][r.char_start : r.char_end] == r.quote
        assert texts[r.doc_id_b][r.char_start_b : r.char_end_b] == r.quote_b
