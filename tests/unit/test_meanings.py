"""What the numbers mean, as judged by hand (tests/labels/meanings.yaml): the judged measures
are still the ones the pipeline gives, and the seeded sample keeps its acceptance."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest
import yaml

from benchmarks.meaning_sample import (
    LABELS,
    SAMPLE,
    corpus_tables,
    held_out_facts,
    sample,
    score,
)


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    facts, indicators = corpus_tables()
    return {"facts": facts, "indicators": indicators, "held_out": held_out_facts()}


@pytest.fixture(scope="module")
def labels() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("name", "key"),
    [("facts", "fact_id"), ("indicators", "indicator_id"), ("held_out", "fact_id")],
)
def test_every_judged_row_still_has_the_measure_it_was_judged_on(
    tables: dict[str, pd.DataFrame], labels: dict[str, Any], name: str, key: str
) -> None:
    current = {
        k: (None if pd.isna(m) else m)
        for k, m in zip(tables[name][key], tables[name]["measure"], strict=True)
    }
    changed = {
        k: (label["measure"], current.get(k, "<row gone>"))
        for k, label in labels[name].items()
        if current.get(k, "<row gone>") != label["measure"]
    }
    assert changed == {}, "judge these rows again (benchmarks/meaning_sample.py --draft)"


@pytest.mark.parametrize(
    ("name", "key", "least"), [("facts", "fact_id", 45), ("indicators", "indicator_id", 27)]
)
def test_the_seeded_sample_has_measures_a_researcher_accepts(
    tables: dict[str, pd.DataFrame], labels: dict[str, Any], name: str, key: str, least: int
) -> None:
    rows = sample(tables[name], key, SAMPLE[name])
    judged, changed = score(rows, key, labels[name])
    assert changed == []
    assert judged.accepted >= least, judged


def test_documents_kept_out_of_tuning_are_all_judged(
    tables: dict[str, pd.DataFrame], labels: dict[str, Any]
) -> None:
    """The held-out figure covers every fact of those documents, at its judged measure."""
    judged, changed = score(tables["held_out"], "fact_id", labels["held_out"])
    assert changed == [] and judged.accepted + judged.rejected == len(tables["held_out"])
    assert judged.accepted >= 0.75 * len(tables["held_out"])
