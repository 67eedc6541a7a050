"""What a Japanese year dates when the act sits in a clause of aim, when the clause modifies a
general noun a copula equates with a name, when the thing is only planned (予定の), and a plain
verb named as its act noun. Sentences written for these tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_SENTENCES = [
    "技術振興計画は、2003年度に県の産業の高度化を図るために始められた事業である。",
    "2012年度に県が打ち出した構想が「医療機器産業ビジョン」である。",
    "2030年に開催する予定の国際博覧会に向けて、準備が進んでいる。",
    "地域連携推進法は、1995年に地方の雇用の確保を図るために定められた法律である。",
]


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures("\n\n".join(_SENTENCES))


@pytest.mark.parametrize(
    ("quote", "measure"),
    [
        ("2003年度", "技術振興計画の開始"),  # the act, not the aim; the name, not 事業
        ("2012年度", "医療機器産業ビジョンの打ち出し"),  # 構想が「…」である: the name
        ("2030年", "国際博覧会の開催"),  # 予定 says only that it is to come
        ("1995年", "地域連携推進法の制定"),
    ],
)
def test_event_names(measures: dict[str, str | None], quote: str, measure: str) -> None:
    assert measures[quote] == measure


@pytest.fixture(scope="module")
def set_off() -> dict[str, str | None]:
    return quote_measures(
        "\n\n".join(
            [
                "この計画は、2010年、大阪市立中央図書館長だった田中花子氏を座長とする委員会において審議を開始した。",
                "この計画は、2009年、元市長を委員長とする県の振興会議において審議を開始し、実現した。",
                "2005年に県議会において条例を制定した。",
            ]
        )
    )


@pytest.mark.parametrize(
    ("quote", "measure"),
    [
        ("2010年", "審議開始（委員会）"),  # set off by a comma: the act, not the noun it hangs on
        ("2009年", "審議開始（振興会議）"),  # where the act was done (において)
        ("2005年", "条例の制定（県議会）"),
    ],
)
def test_years_set_off_and_settings(
    set_off: dict[str, str | None], quote: str, measure: str
) -> None:
    assert set_off[quote] == measure
