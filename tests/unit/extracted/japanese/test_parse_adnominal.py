"""A noun's modifier marked による, における or に関する says of what the number's noun is, even
where GiNZA calls it an oblique of the verb. Sentences written for these tests."""

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
