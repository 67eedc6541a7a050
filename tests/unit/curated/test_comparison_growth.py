"""fact_comparisons grow with what the corpus says, not with the square of its documents: a
start many documents date alike meets another event's start once, not once per document."""

from __future__ import annotations

from pipelines.curated.event_comparisons import entity_starts
from tests.unit.curated.test_comparison_rules import facts, sources


def test_a_start_many_documents_date_alike_meets_another_events_start_once() -> None:
    said = [
        {"doc_id": f"doc-{k}", "char_start": 10, "char_end": 40, "event": "Harbour Law",
         "kind": "enacted", "year": 1991, "event_id": "evt_law", "entity_id": "harbour"}
        for k in range(6)
    ]  # fmt: skip
    launched = {"doc_id": "doc-z", "char_start": 5, "char_end": 50, "event": "Harbour programme",
                "kind": "launched", "year": 1991, "event_id": "evt_prog", "entity_id": "harbour"}  # fmt: skip
    got = entity_starts(sources(*said, launched), facts({}))
    assert [(r["doc_id"], r["doc_id_b"]) for r in got] == [("doc-0", "doc-z")]
