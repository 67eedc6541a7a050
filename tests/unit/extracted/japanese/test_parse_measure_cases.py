"""What a Japanese number measures in forms the parse alone reads wrong: a count in brackets
inside a definition of a name, a span of time elapsed, the side of a square. Sentences written
for these tests."""

from __future__ import annotations

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _measures(sentence: str) -> dict[str, str | None]:
    facts: list[Fact] = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return {sentence[f.start : f.end]: f.measure for f in facts}


def test_a_count_in_a_bracketed_definition_counts_the_name_it_defines() -> None:
    got = _measures(
        "県は研究拠点地域(大学と企業が集まる地域(令和3年4月現在18地域))を指定している。"
    )
    assert got["18地域"] == "研究拠点地域数"


def test_a_span_of_time_elapsed_is_the_time_since_what_the_sentence_names() -> None:
    assert _measures("協議会の発足から12年が経過した。")["12年"] == "協議会の発足からの経過年数"
    assert _measures("条例の施行後、20年余りが経過した。")["20年"] == "条例の施行後の経過年数"


def test_a_length_before_shihou_is_the_side_of_a_square() -> None:
    got = _measures("センターが15m四方の振動台をもつ大型実験施設を完成した。")
    assert got["15m"] == "振動台の一辺の長さ"
