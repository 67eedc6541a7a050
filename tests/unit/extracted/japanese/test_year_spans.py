"""Spans of years as Japanese texts abbreviate them: an end written with its last digit only
(2003~7年), and a span of the era just named (同41~42年). Sentences written for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def _years(text: str) -> list[tuple[str, float, float | None]]:
    return [(text[f.start : f.end], f.value, f.value_high) for f in facts_in_text(text)]


def test_a_span_whose_end_keeps_its_last_digit_only() -> None:
    assert _years("第一期の計画期間は2003~7年とされた。") == [("2003~7年", 2003.0, 2007.0)]


def test_a_span_of_the_era_just_named_is_years_not_durations() -> None:
    got = _years("昭和40年に構想が示され、同41~42年に用地を買収した。")
    assert got == [("昭和40年", 1965.0, None), ("41~42年", 1966.0, 1967.0)]
