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


def test_a_monthlys_issue_is_a_dateline() -> None:
    text = "（月刊地域経済2011年5月号の記事から）\n市は平成22年に拠点を開いた。"
    assert [(text[f.start : f.end], f.unit) for f in facts_in_text(text)] == [("平成22年", "year")]


def test_a_cover_date_glued_to_its_issuing_office_is_the_pages_date() -> None:
    text = "令和4年2月経済産業省 地域経済産業グループ\n\n県は令和3年に協議会を設けた。"
    assert [(text[f.start : f.end], f.unit) for f in facts_in_text(text)] == [("令和3年", "year")]


def test_a_founding_on_its_line_keeps_its_year() -> None:
    text = "令和4年2月設立 地域振興協会\n会員は40社である。"
    found = [(text[f.start : f.end], f.unit) for f in facts_in_text(text)]
    assert ("令和4年", "year") in found
