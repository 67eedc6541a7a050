"""Pipe tables as the GFM specification's table section defines them, one test per example form
there (with cells of our own), plus the web-export forms: a table in a .txt file with no outer
pipes, and a delimiter row with more columns than its header. Every cell keeps its exact span."""

from __future__ import annotations

from pipelines.extracted.structure.structure import parse_structure
from pipelines.extracted.structure.text_clean import clean_text


def tables(text: str) -> list[tuple[list[str] | None, list[list[str]]]]:
    out = []
    for _, t in parse_structure(text).tables:
        for row in ([t.header] if t.header else []) + t.rows:
            for cell in row:
                assert text[cell.start : cell.end] == cell.raw  # exact spans
        header = [clean_text(c.raw) for c in t.header] if t.header else None
        out.append((header, [[clean_text(c.raw) for c in r] for r in t.rows]))
    return out


def test_a_header_a_delimiter_row_and_body_rows() -> None:
    text = "| region | sites |\n| --- | --- |\n| Tohoku | 6 |\n"
    assert tables(text) == [(["region", "sites"], [["Tohoku", "6"]])]


def test_alignment_colons_and_rows_without_outer_pipes() -> None:
    text = "| prefecture | budget |\n:-: | -----------:\nIwate | 120\n"
    assert tables(text) == [(["prefecture", "budget"], [["Iwate", "120"]])]


def test_escaped_pipes_inside_cells_code_and_emphasis() -> None:
    text = "| a\\|b |\n| ------ |\n| x `\\|` y |\n| x **\\|** y |\n"
    # the escape is gone; the code span keeps its backticks, as our cell texts keep code markup
    assert tables(text) == [(["a|b"], [["x `|` y"], ["x | y"]])]


def test_a_block_quote_ends_the_table() -> None:
    text = "| region | sites |\n| --- | --- |\n| Kyushu | 3 |\n> a quoted remark\n"
    assert tables(text) == [(["region", "sites"], [["Kyushu", "3"]])]


def test_a_plain_line_after_the_table_is_one_more_row_until_a_blank_line() -> None:
    text = "| region | sites |\n| --- | --- |\n| Kanto | 4 |\nChubu\n\nA paragraph after it.\n"
    assert tables(text) == [(["region", "sites"], [["Kanto", "4"], ["Chubu", ""]])]
    blocks = [(b.kind, b.text) for b in parse_structure(text).blocks]
    assert ("paragraph", "A paragraph after it.") in blocks


def test_a_delimiter_row_that_does_not_match_the_header_is_no_gfm_table() -> None:
    text = "| region | sites |\n| --- |\n| Kanto |\n"
    assert tables(text) == []
    kinds = [b.kind for b in parse_structure(text).blocks]
    assert "table" not in kinds


def test_rows_with_fewer_cells_are_padded_and_extra_cells_dropped() -> None:
    text = "| region | sites |\n| --- | --- |\n| Shikoku |\n| Kinki | 2 | spare |\n"
    assert tables(text) == [(["region", "sites"], [["Shikoku", ""], ["Kinki", "2"]])]


def test_a_header_and_delimiter_row_without_body_rows() -> None:
    text = "| region | sites |\n| --- | --- |\n"
    assert tables(text) == [(["region", "sites"], [])]


def test_a_web_export_table_in_a_text_file() -> None:
    text = (
        "Japan at a glance.\n\nCountry | Japan |\n---|---|---|\nArea | 378,000 km2 |\n"
        "Prefectures | 47 |\n\nAfter the table.\n"
    )
    assert tables(text) == [
        (["Country", "Japan"], [["Area", "378,000 km2"], ["Prefectures", "47"]])
    ]


def test_empty_cells_written_as_adjacent_pipes_count_as_cells() -> None:
    # a web export's title row spans its table: `| Ports by round | |||` has four cells
    text = "| Ports by round | |||\n|---|---|---|---|\n| Round 1 | May 2, 2011 | 12 | |\n"
    assert tables(text) == [
        (["Ports by round", "", "", ""], [["Round 1", "May 2, 2011", "12", ""]])
    ]
