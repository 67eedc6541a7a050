"""A number that ends a katakana name in quotes (研究炉「ポラリス7」) is the name's, no count;
a count beside the name stays one; a page range after `Pages` is a citation's. Texts written
for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def _quotes(text: str) -> list[str]:
    return [text[f.start : f.end] for f in facts_in_text(text)]


def test_a_number_ending_a_quoted_katakana_name_is_no_count() -> None:
    assert _quotes("町は観測施設「ポラリス7」などを核に発展した。") == []


def test_a_count_beside_the_quoted_name_stays() -> None:
    assert _quotes("観測施設「ポラリス7」は県内に3か所ある。") == ["3か所"]


def test_a_page_range_after_pages_is_no_count() -> None:
    assert _quotes("Vol. 7, No. 2  Pages 112 - 118") == []
    assert _quotes("The guide has 40 pages.") == ["40"]
