"""Tables in PDFs as a reader sees them: rows from baselines where only the columns are ruled,
a cell of two lines read as one cell, a table without rules aligned by its columns' positions
so an empty cell stays empty, and its header row recognised (tests/pdf_cell_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.scoring import read_fixture
from pipelines.extracted.frames import extract_frames
from pipelines.raw.pdf_text import read_pdf
from tests.pdf_cell_fixtures import (
    COLUMN_RULED,
    UNRULED,
    column_ruled_pdf,
    two_line_cell_pdf,
    unruled_pdf,
)


def _tsv(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(r) for r in rows)


def test_rows_come_from_baselines_where_only_columns_are_ruled() -> None:
    assert _tsv(COLUMN_RULED) in read_pdf(column_ruled_pdf(), "t.pdf").text


def test_a_cell_of_two_lines_is_one_cell() -> None:
    text = read_pdf(two_line_cell_pdf(), "t.pdf").text
    assert "Hamamatsu\tPrecision machinery and optics\t240\nSapporo\tSoftware\t310" in text


def test_a_table_without_rules_keeps_an_empty_cell_in_its_column() -> None:
    assert _tsv(UNRULED) in read_pdf(unruled_pdf(), "t.pdf").text


def test_the_tables_read_with_their_header_and_every_row(tmp_path: Path) -> None:
    for name, make, rows in [
        ("ruled.pdf", column_ruled_pdf, COLUMN_RULED),
        ("unruled.pdf", unruled_pdf, UNRULED),
    ]:
        (tmp_path / name).write_bytes(make())
        frames = extract_frames([read_fixture(tmp_path / name)])
        (table,) = frames.tables.itertuples()
        assert table.has_header and list(table.header) == rows[0]
        assert (table.n_rows, table.n_cols) == (len(rows) - 1, 3)
        cells = frames.cells
        got = {(c.row_index, c.col_index): c.text for c in cells.itertuples()}
        for r, row in enumerate(rows[1:]):
            for k, text in enumerate(row):
                assert got.get((r, k)) == (text or None), (name, r, k, got)


def test_a_note_wrapped_under_a_row_stays_in_its_rows_cell() -> None:
    """A row's note set under it, wider than its column, is that row's description, not a
    row of its own that breaks the table into prose (whose amounts became facts)."""
    from tests.pdf_cell_fixtures import NOTED_ROWS, NOTES, noted_rows_pdf

    rows = [list(r) for r in NOTED_ROWS]
    for r, note in NOTES.items():
        rows[r][2] = f"{rows[r][2]} {note}"
    assert _tsv(rows) in read_pdf(noted_rows_pdf(), "t.pdf").text
