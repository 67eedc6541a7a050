"""A slide or leaflet flattened into one run of text keeps its bullets (● ■ ○ •): each bullet
starts a sentence of its own, so a year or a label of one item never dates or names the next
item's number. Texts written for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.structure.sentences import sentences

SLIDE = (
    "Regional plan overview March 3, 2011 ● 1998 The regional law was passed "
    "● Public spending of 4 billion yen was planned over 3 years ■ Member firms 120"
)


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text, 0, len(text))]


def test_each_bullet_starts_a_sentence() -> None:
    assert _spans(SLIDE) == [
        "Regional plan overview March 3, 2011",
        "● 1998 The regional law was passed",
        "● Public spending of 4 billion yen was planned over 3 years",
        "■ Member firms 120",
    ]


def test_a_year_of_one_bullet_does_not_date_the_next_bullets_number() -> None:
    facts = {SLIDE[f.start : f.end]: f for f in facts_in_text(SLIDE)}
    assert facts["4 billion yen"].period_start is None


def test_a_japanese_speaker_mark_or_item_mark_starts_a_sentence() -> None:
    text = "○委員長 次に進みます ○経済局長 本年度の予算は十億円でございます"
    assert _spans(text) == ["○委員長 次に進みます", "○経済局長 本年度の予算は十億円でございます"]


def test_a_mark_inside_a_word_or_a_table_of_marks_is_kept() -> None:
    text = "Score ●●○ means good. The rate rose to 5%."
    assert _spans(text) == ["Score ●●○ means good.", "The rate rose to 5%."]
