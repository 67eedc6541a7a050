"""What a Japanese number measures: an area attached by の to a verbal noun is the area of that
act (約80haの造成: 造成面積), whatever the verb after it says of the act; a change on the same
base as before (同8%増) is a change of the topic, 同 naming nothing; a goal ending in など (建設
などに) is where an amount goes. Sentences written for these tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_TEXT = (
    "第二工区では、約80haの造成が来年度から進められる。"
    "観光振興の事業は、同8%増の3億4000万円となった。"
)


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures(_TEXT)


def test_an_area_of_a_verbal_noun_is_the_area_of_the_act(measures: dict) -> None:
    assert measures["80ha"] == "造成面積"


def test_a_change_on_the_same_base_is_the_topics(measures: dict) -> None:
    assert measures["8%"] == "観光振興の事業の増加率"


def test_a_goal_listed_with_nado_is_still_where_the_amount_goes() -> None:
    got = quote_measures("新工場の建設などに約30億円を投資する。")
    assert got["30億円"] == "新工場の建設への投資額"
