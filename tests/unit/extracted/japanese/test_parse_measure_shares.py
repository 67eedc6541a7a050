"""A percentage of a whole its の names with no verb saying what takes it: the share in that
whole of the noun it modifies, else of the topic, never the whole's bare name. Sentences written
for these tests."""

from __future__ import annotations

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _measures(sentence: str) -> dict[str, str | None]:
    facts: list[Fact] = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return {sentence[f.start : f.end]: f.measure for f in facts}


def test_a_share_of_the_noun_it_modifies() -> None:
    got = _measures("この盆地は県土の約15%の森林を抱える。")
    assert got["15%"] == "県土に占める森林の割合"


def test_a_share_of_the_topic() -> None:
    got = _measures("村の人口は郡全体のわずか約4%だが、観光客は多い。")
    assert str(got["4%"]).startswith("郡全体に占める")
    assert str(got["4%"]).endswith("人口の割合")


def test_a_share_with_nothing_named_as_its_part() -> None:
    got = _measures("加盟団体の約3割に当たる。")
    assert got["3割"] == "加盟団体に占める割合"


def test_a_share_a_verb_says_is_taken_keeps_its_subject() -> None:
    got = _measures("商業地は市域の約8%を占める。")
    assert got["8%"] == "市域に占める商業地の割合"
