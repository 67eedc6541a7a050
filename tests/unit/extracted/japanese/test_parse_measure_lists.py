"""What a Japanese count measures when it counts a list of nouns parted by 、, and when it counts
the places (marked で) where a subject named after it does an act. Sentences written for these
tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_SENTENCES = [
    "同地区には、2019年度末で240の研究所、工場、物流拠点が集まっている。",
    "県内には120の企業、大学が立地している。",
    "本年度は全国7地域で新しい実証事業が始まった。",
]


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures("\n\n".join(_SENTENCES))


@pytest.mark.parametrize(
    ("quote", "measure"),
    [
        ("240", "研究所・工場・物流拠点数"),  # the whole list the number counts
        ("120", "企業・大学数"),
        ("7地域", "新しい実証事業が始まった全国地域数"),  # where the act was done
    ],
)
def test_counted_lists_and_places(
    measures: dict[str, str | None], quote: str, measure: str
) -> None:
    assert measures[quote] == measure
