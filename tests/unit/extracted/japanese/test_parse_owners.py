"""Whose a Japanese number is, where a proper name stands before it in a list (件数は北山大学
12件、南川大学9件): the name is the owner, the amount the sentence's topic or frame names is
the measure, and a list going on in the next sentence (次いで、…) keeps the amount of the one
before. Sentences written for these tests, parsed once."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures

_TEXT = (
    "海外企業との共同研究件数は京都大学14件、大阪大学11件、九州大学8件の順であった。"
    "特許関連の受入額は東北大学が最多で3億2,000万円。次いで、北海道大学1億5,000万円、筑波大学9,000万円。"
    "受託研究の件数だと、首位は名古屋大学の310件で、2位が広島大学の205件となった。"
)


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures(_TEXT)


def test_a_name_in_a_list_is_no_measure_the_topic_names_it(measures: dict) -> None:
    for quote in ("14件", "11件", "8件"):
        assert measures[quote] == "海外企業との共同研究件数"


def test_a_frame_with_da_to_names_the_amount_of_the_list(measures: dict) -> None:
    assert measures["310件"] == "受託研究の件数"
    assert measures["205件"] == "受託研究の件数"


def test_a_list_going_on_keeps_the_amount_of_the_sentence_before(measures: dict) -> None:
    assert measures["1億5,000万円"] == "特許関連の受入額"
    assert measures["9,000万円"] == "特許関連の受入額"


def test_the_name_is_the_numbers_owner() -> None:
    facts = facts_in_text(_TEXT)
    parse_measures(_TEXT, [(0, len(_TEXT), facts)])
    owners = {_TEXT[f.start : f.end]: f.owner for f in facts}
    assert owners["14件"] == "京都大学"
    assert owners["1億5,000万円"] == "北海道大学"
    assert owners["205件"] == "広島大学"


def test_a_rank_said_of_an_owners_number_ranks_its_amount(measures: dict) -> None:
    assert measures["2位"] == "受託研究の件数の順位"  # not the topic's (首位は…)
