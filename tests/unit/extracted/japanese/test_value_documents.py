"""Whole documents written for these tests in the styles of the held-back real documents (a
Diet record in kanji numerals, a local history, a dictionary entry, a prefecture page, a grant
summary, an evaluation sheet): every value and unit set down in expected.yaml beside them before
JRIS first read them is found, and no trap there (a meeting's number, a record's date, a page
or edition number, a telephone number, a numbered heading) becomes a fact."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd
import pytest
import yaml

from benchmarks.scoring import read_fixture
from pipelines.extracted.frames import extract_frames

FOLDER = Path(__file__).resolve().parents[3] / "fixtures" / "ja_values"
EXPECTED = yaml.safe_load((FOLDER / "expected.yaml").read_text(encoding="utf-8"))


@cache
def _facts() -> tuple[dict[str, str], pd.DataFrame]:
    docs = [read_fixture(FOLDER / name) for name in EXPECTED]
    return {d.doc_id: d.text for d in docs}, extract_frames(docs).facts


def _rows(name: str) -> tuple[str, list[tuple[int, int, float, float | None, str]]]:
    texts, facts = _facts()
    doc_id = name.removesuffix(".txt")
    mine = facts[facts["doc_id"] == doc_id]
    rows = [
        (int(r.char_start), int(r.char_end), float(r.value),
         None if pd.isna(r.value_high) else float(r.value_high), str(r.unit))
        for r in mine.itertuples()
    ]  # fmt: skip
    return texts[doc_id], rows


@pytest.mark.parametrize("name", list(EXPECTED))
def test_every_value_is_read_with_its_unit(name: str) -> None:
    text, rows = _rows(name)
    missed = []
    for quote, value, unit, *high in EXPECTED[name]["facts"]:
        a = text.find(quote)
        b = a + len(quote)
        assert a >= 0, quote
        if not any(
            x < b and y > a and v == pytest.approx(value) and u == unit
            and (not high or h == pytest.approx(high[0]))
            for x, y, v, h, u in rows
        ):  # fmt: skip
            missed.append((quote, value, unit))
    assert missed == []


@pytest.mark.parametrize("name", list(EXPECTED))
def test_no_trap_becomes_a_fact(name: str) -> None:
    text, rows = _rows(name)
    hit = []
    for quote in EXPECTED[name]["traps"]:
        a = text.find(quote)
        b = a + len(quote)
        assert a >= 0, quote
        hit += [text[x:y] for x, y, *_ in rows if x < b and y > a]
    assert hit == []
