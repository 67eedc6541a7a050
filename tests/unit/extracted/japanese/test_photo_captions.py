"""A news photo's caption closes with when and where it was taken (…の町並み=2019年5月、県内で):
that date is no event of the story; a year in the story's own sentences stays one. Texts
written for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def _quotes(text: str) -> list[str]:
    return [text[f.start : f.end] for f in facts_in_text(text)]


def test_a_captions_date_is_no_event() -> None:
    text = "新しい研究棟の外観=2019年5月、県内の研究団地で\n\n 研究棟は2018年に着工した。"
    assert _quotes(text) == ["2018年"]


def test_a_year_after_an_equals_sign_inside_a_sentence_stays() -> None:
    assert _quotes("開業日=2019年5月に決まった。") == ["2019年"]
