"""Test PDFs of tables as statistical reports set them, in our own words: a table whose
columns are ruled but whose rows are not (each column's figures one ruled cell), a ruled table
with a cell of two lines (a word hyphenated at its end), and a table without rules whose
figures are right-aligned and one of whose cells is empty. Each returns PDF bytes."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from tests.pdf_fixtures import HEIGHT, LEFT, _pdf

COLUMN_RULED = [
    ["Region", "Firms", "Jobs"],
    ["Tohoku", "730", "12,400"],
    ["Kanto", "2,950", "61,300"],
    ["Kyushu", "1,100", "18,250"],
    ["Hokkaido", "410", "6,020"],
]
TWO_LINE_CELL = [
    ["Cluster", "Sector", "Firms"],
    ["Hamamatsu", "Precision machin-|ery and optics", "240"],
    ["Sapporo", "Software", "310"],
]
UNRULED = [
    ["Prefecture", "Sites", "Budget"],
    ["Iwate", "4", "120"],
    ["Miyagi", "", "310"],
    ["Akita", "12", "95"],
]


def column_ruled_pdf() -> bytes:
    """Rules down the columns, a rule under the header, none between the body's rows."""

    def draw(c: canvas.Canvas) -> None:
        c.setFont("Helvetica", 11)
        c.drawString(LEFT, HEIGHT - 80, "Table 4: Firms and jobs by region")
        col, step, top = 120, 16, HEIGHT - 100
        body_top = top - 20
        bottom = body_top - step * (len(COLUMN_RULED) - 1) - 6
        for y in (top, body_top, bottom):
            c.line(LEFT, y, LEFT + 3 * col, y)
        for k in range(4):
            c.line(LEFT + k * col, top, LEFT + k * col, bottom)
        c.setFont("Helvetica", 10)
        for k, text in enumerate(COLUMN_RULED[0]):
            c.drawString(LEFT + k * col + 4, top - 14, text)
        for r, row in enumerate(COLUMN_RULED[1:]):
            y = body_top - 13 - r * step
            c.drawString(LEFT + 4, y, row[0])
            for k, text in enumerate(row[1:], 1):  # figures right-aligned
                c.drawRightString(LEFT + (k + 1) * col - 4, y, text)

    return _pdf([draw])


def two_line_cell_pdf() -> bytes:
    def draw(c: canvas.Canvas) -> None:
        col, top = 130, HEIGHT - 100
        heights = [20, 32, 20]
        ys = [top]
        for h in heights:
            ys.append(ys[-1] - h)
        for y in ys:
            c.line(LEFT, y, LEFT + 3 * col, y)
        for k in range(4):
            c.line(LEFT + k * col, top, LEFT + k * col, ys[-1])
        c.setFont("Helvetica", 10)
        for r, row in enumerate(TWO_LINE_CELL):
            for k, text in enumerate(row):
                for n, line in enumerate(text.split("|")):
                    c.drawString(LEFT + k * col + 4, ys[r] - 14 - n * 12, line)

    return _pdf([draw])


def unruled_pdf() -> bytes:
    def draw(c: canvas.Canvas) -> None:
        c.setFont("Helvetica", 11)
        c.drawString(LEFT, HEIGHT - 80, "Table 5: Technopolis sites")
        c.setFont("Helvetica", 10)
        for r, row in enumerate(UNRULED):
            y = HEIGHT - 110 - r * 16
            c.drawString(LEFT, y, row[0])
            for k, text in enumerate(row[1:], 1):
                c.drawRightString(LEFT + 100 + k * 90, y, text)

    return _pdf([draw])


NOTED_ROWS = [
    ["Code", "Date", "Description", "Amount"],
    ["TRV-0001", "05/03/2019", "Staff travel", "920.68"],
    ["TRV-0002", "05/24/2019", "Staff travel", "907.96"],
    ["TRV-0003", "06/13/2019", "Office supplies", "88.10"],
]
NOTES = {
    1: "rail fare for two officers from Sendai to Morioka and back, booked",
    2: "airfare for one officer from Haneda to Fukuoka and back, booked",
}


def noted_rows_pdf() -> bytes:
    """A table framed by a rectangle with one rule under its header and none between its rows,
    each of two rows followed by a note set from its description column on, wider than the
    column (as the senate's expense reports do)."""

    def draw(c: canvas.Canvas) -> None:
        xs = [LEFT, LEFT + 70, LEFT + 150, LEFT + 400]
        y = HEIGHT - 100
        c.setFont("Helvetica", 8)
        rows: list[tuple[float, list[str] | str]] = []
        for r, row in enumerate(NOTED_ROWS):
            rows.append((y, row))
            y -= 11
            if r in NOTES:
                rows.append((y, NOTES[r]))
                y -= 11
        c.rect(LEFT - 4, y + 4, 460, HEIGHT - 100 - y + 8)
        c.line(LEFT - 4, HEIGHT - 103, LEFT + 456, HEIGHT - 103)
        for at, row in rows:
            if isinstance(row, str):
                c.drawString(xs[2], at, row)
                continue
            for x, text in zip(xs[:3], row[:3], strict=True):
                c.drawString(x, at, text)
            c.drawRightString(LEFT + 450, at, row[3])

    return _pdf([draw])
