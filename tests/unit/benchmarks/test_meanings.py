"""The blind measure labels (tests/labels/measures_blind.yaml, measures_holdout.yaml) point at
the numbers they label, and the benchmark scores a row as the development corpus's rule says."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from benchmarks.meaning_sample import load_labels, score

RAW = Path(__file__).resolve().parents[3] / "raw"


def test_every_label_points_at_its_number_in_the_source() -> None:
    texts: dict[str, str] = {}
    wrong = []
    samples = load_labels()
    assert {sample for sample, _, _ in samples} == {"tuned on", "held out"}
    for _, _, part in samples:
        for row_id, label in part.items():
            doc = label["doc"]
            text = texts.setdefault(doc, (RAW / f"{doc}.txt").read_text(encoding="utf-8"))
            at = int(label["char_start"])
            if not text[at:].startswith(str(label["number"])):
                wrong.append(row_id)
    assert wrong == []


def test_a_row_is_found_by_position_when_its_id_changed_and_judged_by_the_rule() -> None:
    labels = {
        "fct_old": {"doc": "d", "char_start": 10, "is_fact": True, "measure": "number of SMEs"},
        "fct_gone": {"doc": "d", "char_start": 90, "is_fact": True, "measure": "budget"},
        "fct_page": {"doc": "d", "char_start": 50, "is_fact": False, "measure": "page"},
    }
    table = pd.DataFrame(
        {
            "fact_id": ["fct_new", "fct_p"],
            "doc_id": ["d", "d"],
            "char_start": [8, 50],
            "char_end": [14, 52],
            "measure": ["SMEs in the network", None],
        }
    )
    v = score(table, "fact_id", labels)
    assert (v.accepted, v.disagreed, v.missing, v.non_fact_given) == (1, 0, 1, 1)
    table.loc[0, "measure"] = "universities"
    assert score(table, "fact_id", labels).disagreed == 1
