"""The event a Japanese year dates when the parse hangs the year on a thing: a date marked に
dates the act its clause ends in, never the object (2011年に8地域を…指定した: the designation),
named by what the object is made (として); a fiscal year compounded to a budget marked で
dates what that budget paid for (2019年度予算で新設した基金: the fund's creation). Sentences
written for these tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_SENTENCES = [
    "同省は平成23年6月に8地域5拠点を「重点支援地域」として指定した。",
    "市が2019年度予算で新設した産業振興基金は好評だ。",
]


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures("\n\n".join(_SENTENCES))


@pytest.mark.parametrize(
    ("quote", "measure"),
    [
        ("平成23年", "重点支援地域の指定"),
        ("2019年度", "産業振興基金の新設"),
    ],
)
def test_japanese_year_dates_the_act_not_the_thing(
    measures: dict[str, str | None], quote: str, measure: str
) -> None:
    got = next((m for q, m in measures.items() if q.startswith(quote)), "<no fact>")
    assert got == measure
