"""Document structure on the forms converted documents take, from small documents of our own."""

from __future__ import annotations

import pandas as pd

from pipelines.extracted.structure.structure import parse_structure
from tests.corpus_once import extract


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse_structure(text).blocks]


def test_table_of_contents_and_layout_boxes_are_not_tables() -> None:
    frames = extract("tests/fixtures/documents/tsv_forms.txt")
    blocks = frames.blocks
    toc = blocks[blocks["kind"] == "toc_entry"]["text"].tolist()
    assert toc == ["Introduction..... 1", "1. Background..... 2", "2. Programmes..... 5"]
    layout = blocks[blocks["text"].isin(["Scattered layout text", "More layout text"])]
    assert layout["kind"].tolist() == ["paragraph", "paragraph"]
    assert frames.tables["source_format"].tolist() == ["tsv", "tsv", "tsv", "box"]


def test_headings_of_every_form_and_their_paths() -> None:
    text = (
        "Annual Review of Clusters\n\n"
        "# Part one\n\n"
        "2. Existing cooperation\n\n"
        "Some text under the numbered section, long enough to be a paragraph of prose.\n\n"
        "2.1 Policy dialogue\n\n"
        "**Bold title line**\n\n"
        "Background\n\n"
        "A paragraph introduced by a short standalone title line, as on posters and slides.\n\n"
        "Context:\n\n"
        "- first point\n"
    )
    got = [(b.kind, b.level, b.text, b.heading_path) for b in parse_structure(text).blocks]
    sec, sub = "2. Existing cooperation", "2.1 Policy dialogue"
    assert got == [
        ("heading", 1, "Annual Review of Clusters", []),
        ("heading", 1, "Part one", []),
        ("heading", 1, sec, []),
        (
            "paragraph",
            None,
            "Some text under the numbered section, long enough to be a paragraph of prose.",
            [sec],
        ),
        ("heading", 2, sub, [sec]),
        ("heading", 3, "Bold title line", [sec, sub]),
        ("heading", 3, "Background", [sec, sub]),
        (
            "paragraph",
            None,
            "A paragraph introduced by a short standalone title line, as on posters and slides.",
            [sec, sub, "Background"],
        ),
        ("heading", 4, "Context:", [sec, sub, "Background"]),
        ("list_item", 1, "first point", [sec, sub, "Background", "Context:"]),
    ]


def test_numbered_agenda_is_a_list_not_headings() -> None:
    text = "# Agenda\n\n1. Features of the region\n\n2. Relocation policy\n\n3. Review\n"
    assert kinds(text) == [
        ("heading", "Agenda"),
        ("list_item", "Features of the region"),
        ("list_item", "Relocation policy"),
        ("list_item", "Review"),
    ]


def test_bullets_nesting_captions_footnotes_and_page_numbers() -> None:
    text = (
        "# Slide\n\n"
        "- ▶ Top point\n"
        "  - nested point\n"
        "    - deeper point\n"
        "• bullet glyph\n"
        "; semicolon item\n"
        "・日本語の項目\n\n"
        "**Figure 3.** A model of the triple helix\n\n"
        "Table 2. Counts by region\n\n"
        "¹ A footnote with a source, 2007.\n\n"
        "12\n"
    )
    blocks = parse_structure(text).blocks
    got = [(b.kind, b.level, b.text) for b in blocks]
    assert got == [
        ("heading", 1, "Slide"),
        ("list_item", 1, "Top point"),
        ("list_item", 2, "nested point"),
        ("list_item", 3, "deeper point"),
        ("list_item", 1, "bullet glyph"),
        ("list_item", 1, "semicolon item"),
        ("list_item", 1, "日本語の項目"),
        ("figure_caption", None, "Figure 3. A model of the triple helix"),
        ("caption", None, "Table 2. Counts by region"),
        ("footnote", None, "A footnote with a source, 2007."),
        ("page_number", None, "12"),
    ]


def test_references_section_entries_are_references() -> None:
    text = (
        "Findings\n\nA long paragraph of findings that goes on for more than eighty characters in all.\n\n"
        "References\n\n"
        '- Collins, S. (2008): "Knowledge Clusters in Kobe", Prometheus 26/1, 111-122.\n'
        "- 2013: initiated top-down by METI\n"
    )
    got = [(b.kind, b.text[:20]) for b in parse_structure(text).blocks if b.kind != "paragraph"]
    assert got == [
        ("heading", "Findings"),
        ("heading", "References"),
        ("reference", "Collins, S. (2008): "),
        ("list_item", "2013: initiated top-"),
    ]


def test_wrapped_list_item_lines_stay_with_their_item() -> None:
    text = (
        "- Dispersing agglomerations to core cities  \nThe typical example is Technopolis.\n- Next"
    )
    blocks = parse_structure(text).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (
            "list_item",
            "Dispersing agglomerations to core cities The typical example is Technopolis.",
        ),
        ("list_item", "Next"),
    ]
    assert text[blocks[0].start : blocks[0].end].endswith("Technopolis.")


def test_block_spans_are_exact_on_every_document() -> None:
    for doc in [
        "raw/fukushima-tohoku-innovation-policy.txt",
        "raw/eccp-2018-eu-japan-cluster-cooperation.txt",
        "tests/fixtures/documents/html_table.md",
        "tests/fixtures/documents/japanese_report.txt",
    ]:
        frames = extract(doc)
        for df in (frames.blocks, frames.tables, frames.cells):
            assert isinstance(df, pd.DataFrame) and len(df) > 0
            assert (df["quote"].str.len() == df["char_end"] - df["char_start"]).all()


def test_corpus_block_counts_by_kind() -> None:
    blocks = extract("raw/fukushima-tohoku-innovation-policy.txt").blocks
    counts = blocks["kind"].value_counts().to_dict()
    assert counts["table"] == 4 and counts["caption"] == 1 and counts["figure_caption"] == 1
    first = blocks.iloc[0]
    assert (first["kind"], first["text"]) == (
        "heading",
        "How to draw endogenous power in regions ?",
    )
    table1 = blocks[(blocks["kind"] == "table")].iloc[0]
    assert list(table1["heading_path"]) == ["Result of Technopolis"]
