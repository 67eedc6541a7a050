"""A number word that opens a quoted title, every word of it capitalised ("Four Rising Stars"),
is part of the title's name and counts nothing; a quoted phrase in lower case still counts.
Texts written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


def _facts(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in facts_in_text(text)]


@pytest.mark.parametrize(
    ("text", "word_value"),
    [
        ('The firm was one of the "Four Rising Stars" in our June issue.', 4.0),
        ("The town café, “Two Bridges Corner”, opened last spring.", 2.0),
        ('Her column "Seven Quiet Harbours" ran for a decade.', 7.0),
    ],
)
def test_a_quoted_title_gives_no_count(text: str, word_value: float) -> None:
    assert word_value not in [v for v, _ in _facts(text)]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ('The plan names "three priority areas" for the coast.', (3.0, "count")),
        ('One of the "Four Rising Stars" hires 60 people.', (60.0, "people")),
    ],
)
def test_lower_case_quotes_and_facts_beside_a_title_stay(
    text: str, fact: tuple[float, str]
) -> None:
    assert fact in _facts(text)
