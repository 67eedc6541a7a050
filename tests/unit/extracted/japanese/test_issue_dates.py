"""The date of a periodical's issue (令和2年6月 第512号) is a dateline, no year fact; a year
that dates an event in the text keeps its fact. Texts written for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.numbers.non_facts import named_spans


def test_an_issue_date_is_a_dateline() -> None:
    text = "令和2年6月 第512号 (6月10日)\n県は平成30年に計画を策定した。"
    assert [(text[f.start : f.end], f.unit) for f in facts_in_text(text)] == [("平成30年", "year")]
    assert (0, 3, "dateline") in named_spans(text)  # 令和2


def test_a_year_before_a_numbered_certificate_is_still_a_year() -> None:
    text = "平成15年に第3号の認定を受けた。"
    assert [(text[f.start : f.end], f.unit) for f in facts_in_text(text)] == [("平成15年", "year")]
