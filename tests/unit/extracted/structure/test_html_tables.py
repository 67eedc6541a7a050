"""HTML tables as an HTML5 parser reads them (selectolax on lexbor), every cell with its exact
span: end tags left out, an implied tbody, header cells, spans of columns and rows, a table
nested in a cell, attributes holding `>`, upper-case tags."""

from __future__ import annotations

from pipelines.extracted.structure.structure import parse_structure
from pipelines.extracted.structure.text_clean import clean_text


def read(text: str) -> list[tuple[list[str] | None, list[list[str]]]]:
    out = []
    for _, t in parse_structure(text).tables:
        for row in ([t.header] if t.header else []) + t.rows:
            for cell in row:
                assert text[cell.start : cell.end] == cell.raw
        header = [clean_text(c.raw) for c in t.header] if t.header else None
        out.append((header, [[clean_text(c.raw) for c in r] for r in t.rows]))
    return out


def test_end_tags_left_out_as_html5_allows() -> None:
    text = "<table>\n<tr><th>Region<th>Sites\n<tr><td>Tohoku<td>6\n<tr><td>Kyushu<td>3\n</table>\n"
    assert read(text) == [(["Region", "Sites"], [["Tohoku", "6"], ["Kyushu", "3"]])]


def test_spans_of_columns_and_rows() -> None:
    text = (
        '<TABLE><TR><TH>Region</TH><TH COLSPAN="2">Budget</TH></TR>'
        "<TR><TD ROWSPAN=2>Kansai</TD><TD>2002</TD><TD>0.5</TD></TR>"
        "<TR><TD>2003</TD><TD>0.8</TD></TR></TABLE>"
    )
    assert read(text) == [
        (["Region", "Budget", "Budget"], [["Kansai", "2002", "0.5"], ["Kansai", "2003", "0.8"]])
    ]


def test_a_table_nested_in_a_cell_stays_in_that_cell() -> None:
    text = (
        "<table><tr><th>Cluster</th><th>Members</th></tr>"
        "<tr><td>TAMA</td><td><table><tr><td>firms</td><td>290</td></tr></table></td></tr>"
        "<tr><td>Kinki</td><td>12</td></tr></table>"
    )
    ((header, rows),) = read(text)
    assert header == ["Cluster", "Members"]
    assert [r[0] for r in rows] == ["TAMA", "Kinki"]
    assert "290" in rows[0][1] and rows[1][1] == "12"


def test_attributes_holding_a_closing_bracket_and_an_unclosed_table() -> None:
    text = "<table><tr><td title=\"a > b\">x</td><td data-n='>'>y</td></tr></table>"
    assert read(text) == [(None, [["x", "y"]])]
    assert read("<table><tr><td>never closed</td></tr>\n\nText after.\n") == []
