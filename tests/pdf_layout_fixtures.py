"""Test PDFs laid out as real ones are, in our own words: prose in two and three columns under
a title, running heads, printer's footers and page numbers on every page, a transcript with
numbered lines, overprinted characters, a ligature, sideways margin text, Japanese set
vertically, a word hyphenated at a line end, and a ruled table framed and with prose beside it.
Each returns PDF bytes (reportlab, `invariant=1`)."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from tests.pdf_fixtures import HEIGHT, JA_FONT, LEFT, WIDTH, _pdf

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# Prose for the columns: each column's lines, read top to bottom; a sentence runs from the
# foot of one column to the head of the next.
COLUMN_PROSE = [
    [
        "The valley council met in spring to",
        "review its support for small makers of",
        "precision parts. Members heard that the",
        "council had funded 340 workshops since",
        "the scheme began, most of them in the",
        "northern towns along the river. Those",
        "who spoke asked for longer grants and",
        "for help with the cost of new machines,",
        "since many of the workshops still run",
        "presses bought a generation ago. The",
    ],
    [
        "chair answered that the budget for the",
        "coming year would rise to 2.8 billion",
        "yen and that part of it would go to",
        "shared testing rooms. A second motion",
        "on training was carried without a vote",
        "after a short debate about apprentices.",
        "The clerk noted that 57 apprentices had",
        "finished their courses in the past year",
        "and that most of them stayed with the",
        "firms that trained them. The meeting",
    ],
    [
        "closed with a visit to a lens grinder",
        "whose owner showed the members how a",
        "single machine now does the work that",
        "once took three rooms of people. The",
        "council will meet again in the autumn",
        "to look at the first results of the new",
        "grants and to hear from the towns in",
        "the south, where 18 firms have asked",
        "to join the scheme for the first time.",
        "The minutes were signed by the chair.",
    ],
]


def _column_page(c: canvas.Canvas, columns: list[list[str]], size: float = 9.5) -> None:
    c.setFont("Helvetica-Bold", 14)
    c.drawString(LEFT, HEIGHT - 70, "Notes of the valley council")
    n = len(columns)
    gutter = 18
    width = (WIDTH - 2 * LEFT - (n - 1) * gutter) / n
    c.setFont("Helvetica", size)
    for k, lines in enumerate(columns):
        x = LEFT + k * (width + gutter)
        for i, line in enumerate(lines):
            c.drawString(x, HEIGHT - 110 - i * size * 1.3, line)


def two_column_pdf() -> bytes:
    return _pdf([lambda c: _column_page(c, COLUMN_PROSE[:2], 11)])


def three_column_pdf() -> bytes:
    return _pdf([lambda c: _column_page(c, COLUMN_PROSE, 7.5)])


RUNNING_HEAD = "Valley Council Bulletin, Issue 4"
PRINTERS_LINE = "Printed by River Press on 100% recycled paper, run 2500"
FURNISHED_PAGES = [
    [
        "The council opened a second testing hall in the east of the valley, which",
        "cost 640 million yen to build.",
    ],
    [
        "Visitors to the testing halls rose to 9,300 in the first year, twice the",
        "number the council had planned for.",
    ],
    ["Next year the council plans a third hall in the south, near the port."],
]


def furnished_pdf() -> bytes:
    """Three pages, each with a running head, a printer's line and a page number."""

    def page(n: int, lines: list[str]) -> object:
        def draw(c: canvas.Canvas) -> None:
            c.setFont("Helvetica", 8)
            c.drawString(LEFT, HEIGHT - 40, RUNNING_HEAD)
            c.drawRightString(WIDTH - LEFT, HEIGHT - 40, f"Page {n}")
            c.setFont("Helvetica", 11)
            for i, line in enumerate(lines):
                c.drawString(LEFT, HEIGHT - 90 - i * 16, line)
            c.setFont("Helvetica", 7)
            c.drawString(LEFT, 40, PRINTERS_LINE)
            c.drawRightString(WIDTH - LEFT, 40, str(n + 10))

        return draw

    return _pdf([page(n, lines) for n, lines in enumerate(FURNISHED_PAGES, 1)])


TRANSCRIPT = [
    "HEARING OF THE VALLEY COUNCIL",
    "",
    "THE CHAIR: We will now hear the report",
    "on the testing halls. The clerk has the",
    "figures.",
    "THE CLERK: The halls tested parts for 85",
    "firms this year.",
    "",
    "",
    "THE CHAIR: Thank you.",
    "",
    "",
]


def line_numbered_pdf() -> bytes:
    """A transcript page: every line numbered in a margin column, blank lines too."""

    def draw(c: canvas.Canvas) -> None:
        for i, line in enumerate(TRANSCRIPT):
            y = HEIGHT - 80 - i * 24
            c.setFont("Courier", 11)
            c.drawRightString(LEFT + 10, y, str(i + 1))
            if line:
                c.drawString(LEFT + 40, y, line)

    return _pdf([draw])


def overprinted_pdf() -> bytes:
    """A heading drawn three times over itself (a printer's fake bold), a year among it."""

    def draw(c: canvas.Canvas) -> None:
        c.setFont("Helvetica-Bold", 14)
        for _ in range(3):
            c.drawString(LEFT, HEIGHT - 80, "Annual review 2012")
        c.setFont("Helvetica", 11)
        c.drawString(LEFT, HEIGHT - 110, "The review covers the work of the council in 2012.")

    return _pdf([draw])


def ligature_pdf() -> bytes:
    """A word set with the `fi` ligature character of a TrueType font."""
    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))

    def draw(c: canvas.Canvas) -> None:
        c.setFont("DejaVu", 11)
        c.drawString(LEFT, HEIGHT - 80, "The council's \ufb01rst of\ufb01ce opened in 2009.")

    return _pdf([draw])


def sideways_pdf() -> bytes:
    """A page of prose with a note printed sideways up its left margin."""

    def draw(c: canvas.Canvas) -> None:
        c.setFont("Helvetica", 11)
        c.drawString(LEFT + 30, HEIGHT - 80, "The council met twice in the year.")
        c.saveState()
        c.translate(30, 300)
        c.rotate(90)
        c.setFont("Helvetica", 9)
        c.drawString(0, 0, "Draft copy for members")
        c.restoreState()

    return _pdf([draw])


VERTICAL_JA = [
    "産業集積の現状について",
    "県内の精密加工の事業所は１２０社であり、",
    "その多くが川沿いの町に立地している。",
]


def vertical_japanese_pdf() -> bytes:
    """Japanese set vertically: each character upright below the one before, columns going
    right to left, as a vertical book page prints them."""
    pdfmetrics.registerFont(UnicodeCIDFont(JA_FONT))

    def draw(c: canvas.Canvas) -> None:
        size = 12
        c.setFont(JA_FONT, size)
        x = WIDTH - LEFT - size
        for line in VERTICAL_JA:
            for i, ch in enumerate(line):
                c.drawString(x, HEIGHT - 80 - (i + 1) * size * 1.1, ch)
            x -= size * 2

    return _pdf([draw])


def hyphenated_pdf() -> bytes:
    def draw(c: canvas.Canvas) -> None:
        c.setFont("Helvetica", 11)
        lines = [
            "The council's grants supported innova-",
            "tion in 14 towns from 2015 to 2019, and",
            "the period of the second round ran 2020-",
            "2023 in the southern towns.",
        ]
        for i, line in enumerate(lines):
            c.drawString(LEFT, HEIGHT - 80 - i * 15, line)

    return _pdf([draw])


TABLE_ROWS = [["Town", "Halls"], ["Aoba", "3"], ["Izumi", "2"]]
BESIDE = [
    "Beside the table the",
    "clerk wrote that the",
    "halls of Aoba drew 410",
    "visitors in a month.",
]


def framed_table_pdf() -> bytes:
    """A ruled table inside a drawn frame, with prose in the column beside it."""

    def draw(c: canvas.Canvas) -> None:
        top = HEIGHT - 100
        c.rect(LEFT - 8, top - 3 * 20 - 8, 2 * 90 + 16, 3 * 20 + 16)
        for r in range(4):
            c.line(LEFT, top - r * 20, LEFT + 180, top - r * 20)
        for k in range(3):
            c.line(LEFT + k * 90, top, LEFT + k * 90, top - 60)
        c.setFont("Helvetica", 10)
        for r, row in enumerate(TABLE_ROWS):
            for k, text in enumerate(row):
                c.drawString(LEFT + k * 90 + 4, top - r * 20 - 14, text)
        for i, line in enumerate(BESIDE):
            c.drawString(LEFT + 260, top - 12 - i * 14, line)

    return _pdf([draw])


# one paragraph running over three pages, each page's body without a paragraph break
RUN_ON_PAGES = [
    [
        "The river authority counted the weirs of the upper valley in the",
        "spring survey and found that the oldest of them had been rebuilt",
    ],
    [
        "twice since the flood of the old mill year. Its keepers asked the",
        "council for a new sluice gate and for a path along the bank that",
    ],
    [
        "walkers could use in every season. The council agreed to both.",
    ],
]


def run_on_pdf() -> bytes:
    """Three pages of one paragraph, a running head and a page number on each."""

    def page(n: int, lines: list[str]) -> object:
        def draw(c: canvas.Canvas) -> None:
            c.setFont("Helvetica", 8)
            c.drawString(LEFT, HEIGHT - 40, RUNNING_HEAD)
            c.drawRightString(WIDTH - LEFT, 40, f"Page {n}")
            c.setFont("Helvetica", 11)
            for i, line in enumerate(lines):
                c.drawString(LEFT, HEIGHT - 90 - i * 16, line)

        return draw

    return _pdf([page(n, lines) for n, lines in enumerate(RUN_ON_PAGES, 1)])
