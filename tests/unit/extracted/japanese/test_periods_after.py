"""A Japanese number's period is the year written before it (or alone in brackets right after
it: tests/unit/extracted/test_document_context.py); a year written further after it dates what
follows and stays a fact of its own. Sentences written for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def test_a_year_after_the_number_dates_the_next_clause_not_the_number() -> None:
    facts = facts_in_text(
        "同館は延床面積約4,000平方メートルの展示棟を有し、2015年に新館を開設した。"
    )
    got = {f.unit: (f.value, f.period_start) for f in facts}
    assert got["m2"] == (4000.0, None)
    assert got["year"] == (2015.0, 2015)


def test_a_note_ends_the_text_a_year_dates() -> None:
    # a page's layout lost: a ranked list under a span of years, a note, then the next heading
    text = (
        "○令和元年度から令和4年度において、寄附金の伸び率が高い機関 1.岡山大学 約21.4%増 "
        "2.新潟大学 約18.0%増 ※続きは別表 2.寄附金の総額 寄附金の総額は約86億円となった。"
    )
    got = {text[f.start : f.end]: (f.period_start, f.period_end) for f in facts_in_text(text)}
    assert got["21.4%"] == (2019, 2022)
    assert got["86億円"] == (None, None)
