"""A span of years that only gives the length of the range said just before it (2010年から2012年
までの3年間) is no duration of anything: the range already says it. Texts written for these
tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


def _facts(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in facts_in_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "2015年から2017年までの3年間で出荷額は2倍になった。",
        "平成二十年から二十二年までの三年間に企業数は40社増えた。",
        "2001年度から2005年度の5か年間に研究費を配分した。",
    ],
)
def test_the_length_of_a_range_gives_no_duration(text: str) -> None:
    assert not [v for v, u in _facts(text) if u == "years"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("2015年から2017年までの3年間で工場が120社進出した。", (120.0, "count")),
        ("この研究は5年間続けられた。", (5.0, "years")),
    ],
)
def test_other_numbers_and_bare_durations_stay(text: str, fact: tuple[float, str]) -> None:
    assert fact in _facts(text)
