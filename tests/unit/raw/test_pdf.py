"""PDF documents: text in reading order with paragraphs across lines and pages, ruled and
column-set tables, the page of every row, the same facts and cells as the same text in a .txt
file, and one clear reason for each PDF or file JRIS cannot read."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.pdf_accuracy import (
    cells_found,
    fact_passages,
    facts_as_values,
    pages_right,
    read_both,
)
from benchmarks.scoring import prf, read_fixture, score_jris
from pipelines.extracted.structure.structure import parse_structure
from pipelines.plumbing.errors import DocumentError


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return read_both(tmp_path_factory.mktemp("pdf"))


def test_labelled_pdf_facts_and_pages(both) -> None:  # type: ignore[no-untyped-def]
    pdf, _, texts = both
    prose = pdf.facts[pdf.facts["source_kind"] != "table_cell"]
    s = score_jris(fact_passages(texts), prose)
    precision, recall = prf(s.matched, s.predicted, s.gold)
    assert (precision, recall) == (1.0, 1.0), s.differences
    assert s.period_ok == s.period_n, s.differences
    ok, n = pages_right(pdf.facts)
    assert ok == n == s.gold
    for frame in (pdf.blocks, pdf.tables, pdf.cells, pdf.facts):
        assert frame["page"].notna().all()
        for r in frame.itertuples():
            assert texts[r.doc_id][r.char_start : r.char_end] == r.quote


def test_pdf_reads_as_the_same_text_in_a_txt_file(both) -> None:  # type: ignore[no-untyped-def]
    pdf, txt, _ = both
    assert cells_found(pdf, True) == cells_found(txt, True) == (16, 16)
    assert cells_found(pdf, False) == cells_found(txt, False) == (6, 6)  # kept out of tuning
    assert facts_as_values(pdf.facts) == facts_as_values(txt.facts)
    assert txt.facts["page"].isna().all()  # a text file has no pages


def test_a_paragraph_runs_on_across_lines_and_pages(both) -> None:  # type: ignore[no-untyped-def]
    pdf, _, texts = both
    text = texts["tohoku-report"]
    paragraphs = [b.text for b in parse_structure(text).blocks if b.kind == "paragraph"]
    assert any(
        p.startswith("The Industrial Cluster Program") and p.endswith("nine regional bureaus.")
        for p in paragraphs
    ), paragraphs
    # page numbers are page furniture: blocks of their own kind on the page they number
    blocks = pdf.blocks[pdf.blocks["doc_id"] == "tohoku-report"]
    furniture = blocks[blocks["kind"] == "furniture"]
    assert [(t, int(p)) for t, p in zip(furniture["text"], furniture["page"], strict=True)] == [
        ("1", 1),
        ("2", 2),
    ]
    nine = pdf.facts[(pdf.facts["doc_id"] == "tohoku-report") & (pdf.facts["quote"] == "nine")]
    first = pdf.facts[(pdf.facts["doc_id"] == "tohoku-report") & (pdf.facts["quote"] == "10,700")]
    assert list(first["block_id"]) == list(nine["block_id"])  # one block
    assert (int(first.iloc[0]["page"]), int(nine.iloc[0]["page"])) == (1, 2)


def test_ruled_and_column_set_tables(both) -> None:  # type: ignore[no-untyped-def]
    pdf, _, _ = both
    tables = pdf.tables.set_index("caption")
    ruled, unruled = (
        tables.loc["Table 1: Clusters by region"],
        tables.loc["Table 2: Technopolis sites"],
    )
    assert (ruled["n_rows"], ruled["n_cols"], ruled["page"]) == (2, 3, 2)
    assert (unruled["n_rows"], unruled["n_cols"]) == (2, 3)
    assert list(ruled["header"]) == ["Region", "Projects", "Firms"]
    ja = tables.loc["表1 地域別の参加企業数"]
    assert list(ja["header"]) == ["地域", "企業数"]
    cells = pdf.cells[pdf.cells["table_id"] == ja["table_id"]]
    assert sorted(cells["value_number"].dropna()) == [730.0, 1100.0]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("scanned-page.pdf", "a scan OCR could not read (page 1 (no words)"),
        ("locked.pdf", "an encrypted PDF that needs a password"),
        ("cut-short.pdf", "not a readable PDF"),
    ],
)
def test_pdfs_that_cannot_be_read_say_why(tmp_path: Path, name: str, reason: str) -> None:
    from tests.pdf_fixtures import write_all

    path = write_all(tmp_path)[name]
    with pytest.raises(DocumentError) as caught:
        read_fixture(path)
    message = str(caught.value)
    assert message.startswith(f"{name}: ") and reason in message and "\n" not in message


@pytest.mark.parametrize("name", ["minutes.docx", "budget.xlsx", "figure.png", "NOTES"])
def test_a_file_of_a_kind_jris_cannot_read_says_so(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 not text")
    with pytest.raises(DocumentError) as caught:
        read_fixture(path)
    assert str(caught.value).startswith(f"{name}: ") and "cannot read" in str(caught.value)


def test_an_allocation_failing_in_c_is_the_memory_budget_not_an_unreadable_pdf() -> None:
    """Under the child's address-space limit, C code whose allocation fails may return failure
    without setting MemoryError: Python raises SystemError. The document is then over its memory
    budget (said as such by the caller), not an unreadable file."""
    from pipelines.raw.pdf_text import _refusal

    try:
        raise ValueError("parse failed") from SystemError("error return without exception set")
    except ValueError as exc:
        with pytest.raises(MemoryError):
            _refusal("big.pdf", exc)
    message = _refusal("odd.pdf", ValueError("bad xref"))
    assert message == "odd.pdf: not a readable PDF (bad xref)"
