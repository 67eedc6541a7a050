"""A page turned by /Rotate (a landscape table on a portrait sheet) and a table set sideways on
an upright page read as the upright original: the same lines and the same cells, not the
page's columns read as rows (pipelines/raw/pdf_turn.py)."""

from __future__ import annotations

import pytest
from reportlab.pdfgen import canvas

from pipelines.raw.pdf_text import read_pdf
from tests.pdf_cell_fixtures import COLUMN_RULED, TWO_LINE_CELL
from tests.pdf_fixtures import HEIGHT, _pdf


def _rotated(rotation: int) -> bytes:
    """The ruled table's page with a /Rotate: what it draws is unchanged, the sheet is
    shown turned."""

    def draw(c: canvas.Canvas) -> None:
        c.setPageRotation(rotation)
        _draw_table(c)

    return _pdf([draw])


def _draw_table(c: canvas.Canvas, rows: list[list[str]] = COLUMN_RULED) -> None:
    """A fully ruled table, a title above it."""
    left, col, step, top = 60, 120, 18, HEIGHT - 100
    c.setFont("Helvetica", 11)
    c.drawString(left, top + 14, "Table 7: Firms and jobs by region, set on its own")
    ys = [top - k * step for k in range(len(rows) + 1)]
    for y in ys:
        c.line(left, y, left + len(rows[0]) * col, y)
    for k in range(len(rows[0]) + 1):
        c.line(left + k * col, top, left + k * col, ys[-1])
    c.setFont("Helvetica", 10)
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            c.drawString(left + k * col + 4, ys[r] - 13, text)


def _sideways() -> bytes:
    """The same table drawn turned a quarter anticlockwise on an upright page (its text runs up
    the page), as a wide table is printed on a portrait sheet."""

    def draw(c: canvas.Canvas) -> None:
        c.saveState()
        c.translate(560, 40)
        c.rotate(90)
        c.translate(0, -HEIGHT + 40)
        _draw_table(c)
        c.restoreState()

    return _pdf([draw])


def _tsv(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(r) for r in rows)


UPRIGHT = _pdf([_draw_table])


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_a_rotated_page_reads_as_its_upright_original(rotation: int) -> None:
    upright = read_pdf(UPRIGHT, "upright.pdf").text
    assert _tsv(COLUMN_RULED) in upright
    assert read_pdf(_rotated(rotation), "rotated.pdf").text == upright


def test_a_table_set_sideways_on_an_upright_page_is_read_as_a_table() -> None:
    text = read_pdf(_sideways(), "sideways.pdf").text
    assert _tsv(COLUMN_RULED) in text
    assert "Table 7: Firms and jobs by region, set on its own" in text


def test_an_upright_page_with_a_sideways_margin_note_is_not_turned() -> None:
    def draw(c: canvas.Canvas) -> None:
        _draw_table(c, [list(r) for r in TWO_LINE_CELL[:1]] + COLUMN_RULED[1:])
        c.saveState()
        c.translate(30, 300)
        c.rotate(90)
        c.drawString(0, 0, "Draft")
        c.restoreState()

    text = read_pdf(_pdf([draw]), "note.pdf").text
    assert _tsv([list(TWO_LINE_CELL[0]), *COLUMN_RULED[1:]]) in text
    assert "Draft" in text
