"""`過去4年間で最多` in a year's report is the run of years that ends in the year it is dated
by, as `4年連続` is. Sentences written for these tests."""

from __future__ import annotations

from pipelines.extracted.fact import Fact
from pipelines.extracted.japanese.ja_relative import consecutive_years


def _span(text: str, quote: str, year: int) -> tuple[int | None, int | None]:
    start = text.index(quote)
    fact = Fact(value=4.0, unit="years", start=start, end=start + len(quote), sentence=text)
    fact.period_start = fact.period_end = year
    consecutive_years(text, fact)
    return fact.period_start, fact.period_end


def test_the_past_years_end_in_the_year_dated() -> None:
    assert _span("受注件数は過去4年間で最も多かった。", "4年間", 2020) == (2017, 2020)


def test_a_plain_length_keeps_its_year() -> None:
    assert _span("受注件数は4年間で倍増した。", "4年間", 2020) == (2020, 2020)
