"""A ranked list whose names are quoted (`2位は「名古屋大学」`) and whose figures follow in
brackets (`「名古屋大学」(40件増)`): the rank and the figure are the quoted one's, as when the
name stands bare. Texts written for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def test_a_rank_given_to_a_quoted_name_is_placed_where_it_is() -> None:
    text = "伸びが大きかった機関は、1位は「名古屋大学」、2位は『広島大学』だった。"
    assert {f.value: f.geography for f in facts_in_text(text)} == {1: "Nagoya", 2: "JP-34"}


def test_a_bracketed_figure_after_a_quoted_name_is_that_ones() -> None:
    text = "伸びが大きかった機関は「名古屋大学」(40件増)と「広島大学」(約25件増)であった。"
    assert {f.value: f.geography for f in facts_in_text(text)} == {40: "Nagoya", 25: "JP-34"}
