"""Markdown and HTML documents of our own, read as files dropped into raw/: their labelled facts
of prose and every labelled table cell, on the documents tuned on and those kept out alike."""

from __future__ import annotations

import pytest

from benchmarks.format_accuracy import markdown_and_html
from benchmarks.scoring import prf


@pytest.mark.parametrize("tuning", [True, False], ids=["tuned", "kept-out"])
def test_markdown_and_html_documents(tuning: bool) -> None:
    scores = markdown_and_html(tuning)
    assert {s.name.split()[0] for s in scores} == {"markdown", "html"}
    for s in scores:
        precision, recall = prf(s.facts.matched, s.facts.predicted, s.facts.gold)
        assert precision >= 0.95 and recall >= 0.95, (s.name, s.facts.differences)
        assert s.tables_found == s.tables_labelled, s.name
        assert s.cells_found == s.cells_labelled, s.name


def test_an_html_page_reads_as_its_elements() -> None:
    from pathlib import Path

    from pipelines.extracted.structure.structure import parse_structure

    page = Path(__file__).parents[3] / "fixtures" / "documents" / "formats" / "regional_portal.html"
    blocks = [(b.kind, b.text) for b in parse_structure(page.read_text(encoding="utf-8")).blocks]
    assert blocks[0] == ("heading", "Regional innovation portal")
    assert [k for k, _ in blocks] == ["heading", "paragraph", "paragraph", "table", "paragraph"]
