"""Counters of member states (12加盟国) and of a site's sections (4工区) count; a numbered
section (第2工区) stays an ordinal. Sentences written for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def _facts(text: str) -> list[tuple[str, float | None, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in facts_in_text(text)]


def test_member_states_are_counted() -> None:
    assert _facts("連合の12加盟国が協定に署名した。") == [("12加盟国", 12.0, "count")]


def test_sections_of_a_site_are_counted_but_not_a_numbered_one() -> None:
    assert _facts("用地は4工区に分けられ、第2工区から造成した。") == [("4工区", 4.0, "count")]
