"""PDFs as they really come (issue 33): prose in columns reads column by column and is never a
table; running heads, printer's lines, page numbers and line numbers are layout, never facts;
overprinted characters and ligatures read once; sideways and vertical text read in their own
direction; a word hyphenated at a line end is joined; a table's text is kept once and the
prose beside it is kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.scoring import read_fixture
from pipelines.extracted.frames import ExtractedFrames, extract_frames
from pipelines.raw.pdf_text import read_pdf
from tests import pdf_layout_fixtures as fx


def _frames(tmp_path: Path, name: str, make: Callable[[], bytes]) -> ExtractedFrames:
    path = tmp_path / name
    path.write_bytes(make())
    return extract_frames([read_fixture(path)])


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("make", "columns"), [(fx.two_column_pdf, 2), (fx.three_column_pdf, 3)])
def test_prose_in_columns_reads_column_by_column_and_is_no_table(
    tmp_path: Path, make: Callable[[], bytes], columns: int
) -> None:
    text = read_pdf(make(), "columns.pdf").text
    assert "\t" not in text
    for lines in fx.COLUMN_PROSE[:columns]:
        assert " ".join(lines) in _flat(text), text
    flat = _flat(text)
    firsts = [flat.index(lines[0]) for lines in fx.COLUMN_PROSE[:columns]]
    assert firsts == sorted(firsts)  # left column first
    frames = _frames(tmp_path, "columns.pdf", make)
    assert len(frames.tables) == 0
    values = sorted(float(v) for v in frames.facts["value"])
    assert 340.0 in values and 57.0 in values


def test_running_heads_printers_lines_and_page_numbers_are_furniture_not_facts(
    tmp_path: Path,
) -> None:
    frames = _frames(tmp_path, "bulletin.pdf", fx.furnished_pdf)
    blocks = frames.blocks
    furniture = blocks[blocks["kind"] == "furniture"]
    # each page's running head with its page number, and its printer's line with its number,
    # kept as blocks of page furniture on their own page, in no other block
    assert [(int(p), t) for p, t in zip(furniture["page"], furniture["text"], strict=True)] == [
        (n, line)
        for n in (1, 2, 3)
        for line in (f"{fx.RUNNING_HEAD} Page {n}", f"{fx.PRINTERS_LINE} {n + 10}")
    ]
    others = " ".join(blocks[blocks["kind"] != "furniture"]["text"].dropna())
    assert fx.RUNNING_HEAD not in others and fx.PRINTERS_LINE not in others
    assert set(frames.tables["doc_id"]) == set()
    facts = frames.facts
    assert sorted(facts["quote"]) == ["640 million yen", "9,300", "twice"], list(facts["quote"])
    numbers = frames.candidates[frames.candidates["reason"] == "page_furniture"]
    assert len(numbers) > 0  # numbers of furniture set aside as such, not left unexplained


def test_a_margin_column_of_line_numbers_is_furniture_and_gives_no_fact(tmp_path: Path) -> None:
    text = read_pdf(fx.line_numbered_pdf(), "hearing.pdf").text
    assert text.splitlines()[0] == "HEARING OF THE VALLEY COUNCIL"
    assert "the report\non the testing halls" in text
    frames = _frames(tmp_path, "hearing.pdf", fx.line_numbered_pdf)
    assert list(frames.facts["quote"]) == ["85"], list(frames.facts["quote"])
    furniture = frames.blocks[frames.blocks["kind"] == "furniture"]
    assert list(furniture["text"]) == [" ".join(str(n) for n in range(1, len(fx.TRANSCRIPT) + 1))]


def test_overprinted_characters_read_once() -> None:
    text = read_pdf(fx.overprinted_pdf(), "review.pdf").text
    assert text.startswith("Annual review 2012\n"), text


def test_a_ligature_reads_once_as_its_letters() -> None:
    text = read_pdf(fx.ligature_pdf(), "office.pdf").text
    assert "The council's first office opened in 2009." in text, text


def test_sideways_margin_text_reads_in_its_own_direction() -> None:
    text = read_pdf(fx.sideways_pdf(), "draft.pdf").text
    assert "The council met twice in the year." in text
    assert "Draft copy for members" in text, text


def test_vertical_japanese_reads_top_down_and_right_to_left(tmp_path: Path) -> None:
    text = read_pdf(fx.vertical_japanese_pdf(), "tategaki.pdf").text
    flat = text.replace("\n", "")
    assert "".join(fx.VERTICAL_JA[1:]) in flat, text
    assert flat.index(fx.VERTICAL_JA[0]) < flat.index(fx.VERTICAL_JA[1])
    facts = _frames(tmp_path, "tategaki.pdf", fx.vertical_japanese_pdf).facts
    got = {(float(r.value), str(r.unit)) for r in facts.itertuples()}
    assert (120.0, "count") in got, got


def test_a_word_hyphenated_at_a_line_end_is_joined_and_a_wrapped_range_kept() -> None:
    text = read_pdf(fx.hyphenated_pdf(), "grants.pdf").text
    assert "supported innovation in 14 towns" in _flat(text), text
    assert "ran 2020-2023 in" in _flat(text), text


def test_a_framed_table_is_read_once_and_the_prose_beside_it_is_kept(tmp_path: Path) -> None:
    text = read_pdf(fx.framed_table_pdf(), "halls.pdf").text
    assert text.count("Izumi") == 1, text
    assert " ".join(fx.BESIDE) in _flat(text), text
    frames = _frames(tmp_path, "halls.pdf", fx.framed_table_pdf)
    assert len(frames.tables) == 1
    assert list(frames.tables.iloc[0]["header"]) == ["Town", "Halls"]


def test_furniture_does_not_split_a_paragraph_running_on_over_pages(tmp_path: Path) -> None:
    frames = _frames(tmp_path, "weirs.pdf", fx.run_on_pdf)
    blocks = frames.blocks
    prose = [_flat(t) for t in blocks[blocks["kind"] != "furniture"]["text"].dropna()]
    sentences = _flat(" ".join(line for page in fx.RUN_ON_PAGES for line in page))
    for sentence in sentences.split(". "):  # each sentence whole in one block
        assert any(sentence.rstrip(".") in p for p in prose), (sentence, prose)
    furniture = blocks[blocks["kind"] == "furniture"]
    assert sorted(
        (int(p), t) for p, t in zip(furniture["page"], furniture["text"], strict=True)
    ) == [(n, line) for n in (1, 2, 3) for line in sorted((f"Page {n}", fx.RUNNING_HEAD))]
