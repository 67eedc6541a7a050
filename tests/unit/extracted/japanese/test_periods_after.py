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
