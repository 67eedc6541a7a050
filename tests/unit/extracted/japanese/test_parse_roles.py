"""What a Japanese count counts when its noun plays a role in a clause that says which ones: the
agents of a verbal noun, the targets of an action, the places a thing spreads over, the targets
a law names. Sentences written for these tests."""

from __future__ import annotations

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _facts(sentence: str) -> dict[str, Fact]:
    facts: list[Fact] = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return {sentence[f.start : f.end]: f for f in facts}


def test_a_count_first_in_a_list_of_agents_counts_those_who_did_it() -> None:
    got = _facts(
        "奈良・和歌山・三重の3県、地元の経済団体などによって設立された大阪湾岸協議会が活動している。"
    )
    assert got["3県"].measure == "大阪湾岸協議会を設立した県数"
    # the place of the prefectures counted, not of the council they set up
    assert got["3県"].geography != "JP-27"


def test_a_count_marked_as_the_target_of_an_action_counts_its_targets() -> None:
    assert _facts("全国の820大学等を対象に調査した。")["820大学"].measure == "調査対象の大学等数"
    # the survey carried out, not the carrying out
    got = _facts("県内の約400事業所を対象に調査が実施された。")
    assert got["400事業所"].measure == "調査対象の事業所数"


def test_a_count_of_places_a_thing_spreads_over_names_the_thing() -> None:
    got = _facts("この計画は5県にまたがる工業団地を整備するものである。")
    assert got["5県"].measure == "工業団地がまたがる県数"


def test_a_count_of_targets_under_a_law_names_the_law() -> None:
    got = _facts("「地域振興法」に基づき、対象14地域において整備を進めている。")
    assert got["14地域"].measure == "地域振興法の対象地域数"


def test_a_counter_that_is_the_place_counted_names_the_places_not_the_thing() -> None:
    # 市 and 町 are the counters and the things counted: the hills spread over them
    got = _facts("この公園は県西部の2市4町にまたがる丘陵地に造られた。")
    assert got["2市"].measure == "丘陵地がまたがる市数"
    assert got["4町"].measure == "丘陵地がまたがる町数"


def test_a_counter_that_is_the_place_counted_names_what_the_places_make_up() -> None:
    got = _facts("対象は約60万人が暮らす3市8町からなる広域圏である。")
    assert got["3市"].measure == "広域圏を構成する市数"
    assert got["8町"].measure == "広域圏を構成する町数"


def test_a_place_count_names_the_thing_without_the_clauses_describing_it() -> None:
    got = _facts("工場は4市2町にまたがる緑の多い静かな工業団地に建つ。")
    assert got["4市"].measure == "工業団地がまたがる市数"
