"""Dates that only say where or when a text was put out, never an event it reports: a
magazine's `Issue: Month Year` line, a cross-reference's `page N, Month Year`, and the date under
an embedded post's `(@handle)` signature. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


def _values(text: str) -> list[float]:
    return [f.value for f in facts_in_text(text)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Return to the list of articles of Issue: March 2011", 2011.0),
        ("Read more from issue: October 1998", 1998.0),
        ('The port is known as "Fish Coast" (see "Harbour Towns," page 14, October 2003).', 2003.0),
        ("The idea was first raised in the review (p. 7, June 2012) and later dropped.", 2012.0),
        ("港町の朝市が再開しました。\n— 港町ノート (@minato_note) March 5, 2021", 2021.0),
        ("The new ferry is running.\n— Harbor Notes (@harbornotes) April 9, 2019", 2019.0),
    ],
)
def test_a_publication_date_gives_no_year(text: str, year: float) -> None:
    assert year not in _values(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ('The coast hosts 35 firms (see "Harbour Towns," page 14, October 2003).', 35.0),
        ("港町の朝市に120店が並びました。\n— 港町ノート (@minato_note) March 5, 2021", 120.0),
    ],
)
def test_the_facts_beside_them_still_come_out(text: str, fact: float) -> None:
    assert fact in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "平成29年3月 経済産業省産業政策課 企画チーム",
        "2017年3月　文部科学省研究振興局　調査資料",
    ],
)
def test_a_title_line_dated_before_its_office_and_more_words_gives_no_year(text: str) -> None:
    assert 2017.0 not in _values(text)


def test_a_year_that_opens_a_sentence_about_an_office_stays() -> None:
    assert 2017.0 in _values("平成29年3月 経済産業省が新しい事業を始めた。")
