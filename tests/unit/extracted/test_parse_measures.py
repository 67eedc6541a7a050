"""The measure, and the direction of a change, read from the dependency parse (parse_route.py)
on sentences written for these tests: each names what the hand grammar got wrong or missed."""

from __future__ import annotations

import pytest

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _read(sentence: str) -> list[Fact]:
    facts = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return facts


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # a relative clause's number measures the noun the clause hangs on
        (
            "The new laboratory, which cost 12 billion yen, opened in 2003.",
            "cost of new laboratory",
        ),
        # `worth` joins the amount to the noun it values
        ("Local universities received research grants worth 4 billion yen.", "research grants"),
    ],
)
def test_english_measure_from_the_parse(sentence: str, measure: str) -> None:
    assert [f.measure for f in _read(sentence)][0] == measure


def test_english_direction_of_a_change() -> None:
    fell = _read("Sales at the regional plant fell by 8% last year.")
    assert (fell[0].measure, fell[0].direction) == ("Sales at regional plant", "down")
    grew = _read("Shipments from the valley grew 5.2% over the year.")
    assert grew[0].direction == "up"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # the noun a counter's number counts, named by the predicate it is the object of
        ("平成20年度は12地域を選定した。", "選定地域数"),
        # a year dates the predicate it hangs on: the object with the event
        ("県は2010年に産業振興ビジョンを策定した。", "産業振興ビジョンの策定"),
        # the topic keeps the modifiers that say of what (〜の〜, による)
        (
            "県内の大学と企業による共同研究は合計で85件にのぼった。",
            "県内の大学と企業による共同研究数",
        ),
        ("同センターの入居企業数は30社に達した。", "同センターの入居企業数"),
    ],
)
def test_japanese_measure_from_the_parse(sentence: str, measure: str) -> None:
    # the number's measure; a year that dates the selection is a fact of its own too
    facts = _read(sentence)
    assert next((f for f in facts if f.unit != "year"), facts[0]).measure == measure


def test_japanese_change_names_its_direction() -> None:
    fact = _read("研究開発費は前年度比で12億円減少した。")[0]
    assert (fact.measure, fact.direction) == ("研究開発費の減少", "down")


def test_japanese_change_after_a_count_and_its_rate_in_brackets() -> None:
    # the count and the percentage in brackets both state the change, not the level
    facts = _read("このうち、大企業と行った件数は3120件で前年度比85件(4%)増となった。")
    got = [(f.value, f.measure, f.direction) for f in facts]
    assert got == [
        (3120.0, "大企業と行った件数", None),
        (85.0, "大企業と行った件数の増加", "up"),
        (4.0, "大企業と行った件数の増加率", "up"),
    ]


def test_japanese_percentage_change_is_a_rate() -> None:
    fact = _read("輸出額は前年比で7%減少した。")[0]
    assert (fact.measure, fact.direction) == ("輸出額の減少率", "down")


def test_japanese_level_before_a_change_is_no_change() -> None:
    facts = _read("受託研究は約35億円で、前年度に比べて4%増加した。")
    assert [(f.measure, f.direction) for f in facts] == [
        ("受託研究", None),
        ("受託研究の増加率", "up"),
    ]


def test_japanese_percentage_in_brackets_after_an_amount_is_its_share() -> None:
    facts = _read("内訳では、県が約120億円(40%)を負担した。")
    assert [(f.value, f.measure) for f in facts][1] == (40.0, "県の割合")
