"""The event a Japanese year dates when its verb says only a start: a name given from a year on
(〜計画と名付けて) dates the named plan's start, not who named it; a verb of setting out on
something marked に (乗り出す, 着手する) dates the start of that thing. Sentences written for these
tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_SENTENCES = [
    "同省は2003年度から地域連携計画と名付けて地域振興を狙い、成果を上げた。",
    "福岡市が起業支援に乗り出したのは2015年のことだ。",
    "町は2010年に駅前の再開発に着手した。",
]


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures("\n\n".join(_SENTENCES))


@pytest.mark.parametrize(
    ("quote", "measure"),
    [
        ("2003年度", "地域連携計画の開始"),
        ("2015年", "起業支援の開始"),
        ("2010年", "駅前の再開発の開始"),
    ],
)
def test_japanese_year_dates_the_start_its_verb_implies(
    measures: dict[str, str | None], quote: str, measure: str
) -> None:
    got = next((m for q, m in measures.items() if q.startswith(quote)), "<no fact>")
    assert got == measure
