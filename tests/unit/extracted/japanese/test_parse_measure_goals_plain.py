"""What a Japanese count measures when it is the object of a plain (non-サ変) verb with a goal
marked に before it: the clause with where the counted went (東京に置いた拠点). Sentences written
for these tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_SENTENCES = [
    "同社は東京に3拠点を置いた。",
    "県は重点地域に5市町を選んだ。",
]


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures("\n\n".join(_SENTENCES))


@pytest.mark.parametrize(
    ("quote", "measure"),
    [
        ("3拠点", "東京に置いた拠点数"),
        ("5市町", "重点地域に選んだ市町数"),
    ],
)
def test_plain_verbs_with_a_goal(measures: dict[str, str | None], quote: str, measure: str) -> None:
    assert measures[quote] == measure
