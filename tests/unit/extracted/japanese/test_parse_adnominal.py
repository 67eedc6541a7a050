"""What a Japanese amount is of: a modifier marked による, における or に関する that GiNZA calls an
oblique, and the topic (は) of an amount compounded before its number (都市は人口20万人以上).
Sentences written for these tests."""

from __future__ import annotations

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _facts(sentence: str) -> dict[str, Fact]:
    facts: list[Fact] = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return {sentence[f.start : f.end]: f for f in facts}


def test_a_topic_modified_by_niyoru_keeps_its_source() -> None:
    got = _facts("特許などによる収入は52億円と、前年度より4.1%増えた。")
    assert got["52億円"].measure == "特許による収入"
    assert got["4.1%"].measure == "特許による収入の増加率"


def test_a_topic_modified_by_niokeru_keeps_where() -> None:
    got = _facts("海外などにおける売上高は30億円となった。")
    assert got["30億円"].measure == "海外における売上高"


def test_an_agent_marked_niyotte_is_no_modifier_of_the_topic() -> None:
    assert _facts("市は研究によって約3億円を得た。")["3億円"].measure == "市"


def test_an_amount_compounded_before_its_number_is_the_topics() -> None:
    got = _facts("中心都市は人口20万人以上で、その周辺に整備される。")
    assert got["20万人"].measure == "中心都市の人口"


def test_a_topic_that_is_itself_an_amount_owns_no_other_amount() -> None:
    assert _facts("事業所数は従業者数2,000人以上である。")["2,000人"].measure == "従業者数"
