"""What a Japanese number measures when its sentence leaves unsaid what it is of: a change right
after an amount of its unit, a line of a report opening on a quoted amount (the field of the line
before), a span of years before 連続, an anniversary reached, and a span of time whose sentence
names only an amount. Sentences written for these tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_SENTENCES = [
    "県の補助金は12億円だった。前年度より2億円の減少となった。",
    "公立大学との共同研究において、「受入額」は約57億円となった。「実施件数」は4,321件となった。",
    "県の出荷額は5年連続増加した。",
    "同社は3年連続で受賞した。",
    "輸出額、出荷額ともに4年連続減少した。",
    "市の税収が6年連続で目標を超えた。",
    "同財団は2021年4月、設立から30周年を迎えることから、記念事業を行う。",
    "整備費は15年間で2,300億円となっている。",
]


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures("\n\n".join(_SENTENCES))


@pytest.mark.parametrize(
    ("quote", "measure"),
    [
        ("2億円", "県の補助金の減少"),  # a change naming nothing: of the amount just said
        ("4,321件", "公立大学との共同研究の実施件数"),  # the next line of the same report
        ("5年", "県の出荷額の連続増加年数"),
        ("3年", "同社の連続受賞年数"),
        ("4年", "輸出額・出荷額の連続減少年数"),  # the list marked ともに
        ("6年", "市の税収が目標を超えた連続年数"),
        ("2021年", "設立から30周年"),  # the year an anniversary is reached
        ("30周年", "設立からの経過年数"),
        ("15年間", "整備費の期間"),  # a span of time, of the amount it is said with
    ],
)
def test_unsaid_measures(measures: dict[str, str | None], quote: str, measure: str) -> None:
    assert measures[quote] == measure
