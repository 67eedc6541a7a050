"""What a Japanese count measures when the counted are the subject of an act done to them (the
passive, 指定された): the clause names them (認定された地区数), not a compound of the act
(認定地区数); a count whose subject acts itself keeps the reading it had. Sentences written for
these tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_SENTENCES = [
    "最終的に、北陸など7地区が特例で認定された。",
    "昨年度は東北など9地域が新たに承認された。",
]


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures("\n\n".join(_SENTENCES))


@pytest.mark.parametrize(
    ("quote", "measure"),
    [
        ("7地区", "特例で認定された地区数"),
        ("9地域", "新たに承認された地域数"),
    ],
)
def test_japanese_count_undergoing_an_act_is_named_by_its_clause(
    measures: dict[str, str | None], quote: str, measure: str
) -> None:
    got = next((m for q, m in measures.items() if q.startswith(quote)), "<no fact>")
    assert got == measure
