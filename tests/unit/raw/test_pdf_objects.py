"""The light parse of a page's objects (pipelines/raw/pdf_objects.py) gives what pdfplumber's
own parse gives of what the reader reads: characters' text, place, size, font and direction,
and rules and rectangles as they were (the table finder's edges). The light parse is what makes
JRIS read at least as many pages a second as pdfplumber's extract_text (issue 33 point 7)."""

from __future__ import annotations

import io
from collections.abc import Callable

import pdfplumber
import pytest

from pipelines.raw.pdf_objects import light_objects, lighten
from tests import pdf_fixtures
from tests import pdf_layout_fixtures as fx

KEPT = ("text", "fontname", "size", "upright", "matrix", "x0", "x1", "top", "bottom", "doctop")


@pytest.mark.parametrize(
    "make", [pdf_fixtures.english_pdf, pdf_fixtures.japanese_pdf, fx.sideways_pdf]
)
def test_light_objects_are_pdfplumbers_where_the_reader_reads(make: Callable[[], bytes]) -> None:
    with pdfplumber.open(io.BytesIO(make())) as pdf:
        for page in pdf.pages:
            full = page.parse_objects()
            light = light_objects(page)
            assert set(light) == set(full)
            assert [[c[k] for k in KEPT] for c in light["char"]] == [
                [c[k] for k in KEPT] for c in full["char"]
            ]
            for kind in set(full) - {"char"}:
                assert light[kind] == full[kind]


def test_a_lightened_page_finds_the_same_tables() -> None:
    data = pdf_fixtures.english_pdf()
    with pdfplumber.open(io.BytesIO(data)) as a, pdfplumber.open(io.BytesIO(data)) as b:
        for plain, light in zip(a.pages, b.pages, strict=True):
            lighten(light)
            assert [t.extract() for t in light.find_tables()] == [
                t.extract() for t in plain.find_tables()
            ]
            assert len(light.chars) == len(plain.chars)
            assert "stroking_color" not in light.chars[0]  # the light parse was the one used
