"""A numbered list under a heading that says what it is ranked by (…が多い県 1.愛知県 …) gives each
item's rank as a fact, placed by the place in the item's name; numbered headings and lists under
no such heading stay numberings. Sentences written for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def _ranks(text: str) -> list[tuple[str, float, str | None]]:
    return [
        (text[f.start : f.end], f.value, f.geography)
        for f in facts_in_text(text)
        if f.unit == "rank"
    ]


def test_the_items_of_a_ranked_list_are_ranks() -> None:
    text = (
        "○令和元年度において、特許出願件数の増加率が高い大学 1.岡山大学 約21.4%増 "
        "2.新潟大学 約18.0%増 3.熊本大学 約9.6%増 ※続きは別表"
    )
    assert _ranks(text) == [("1.", 1.0, "JP-33"), ("2.", 2.0, "JP-15"), ("3.", 3.0, "JP-43")]
    pct = {
        text[f.start : f.end]: f.period_start for f in facts_in_text(text) if f.unit == "percent"
    }
    assert pct == {"21.4%": 2019, "18.0%": 2019, "9.6%": 2019}


def test_numbered_headings_are_no_ranks() -> None:
    text = (
        "<概要> 1.地域企業との共同研究が初めて300件を超える 共同研究は312件となった。"
        "2.受託研究費が増加 受託研究費は約8億円となった。"
    )
    assert _ranks(text) == []


def test_a_numbered_list_under_a_plain_heading_is_no_ranking() -> None:
    assert _ranks("参加した主な機関 1.岡山大学 2.新潟大学 3.熊本大学") == []
