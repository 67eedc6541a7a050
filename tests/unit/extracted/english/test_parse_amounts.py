"""What an amount is of where the parse hangs the naming word away from the number
(parse_amounts.py), and a number that counts a whole list of nouns (parse_phrase.py), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _measures(sentence: str) -> list[str | None]:
    facts: list[Fact] = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return [f.measure for f in facts]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # money `in` a bare noun: what the money is, not who gave it
        ("The ministry has granted JPY40 billion in subsidies to the new plant.", "subsidies"),
        # past a restatement of the amount in parentheses
        (
            "The port was estimated to have produced JPY3 trillion (US$20 billion) in tax revenue.",
            "tax revenue",
        ),
        # `of` a bare noun
        ("The fund will raise USD200 million of venture capital next year.", "venture capital"),
    ],
)
def test_money_in_a_bare_noun(sentence: str, measure: str) -> None:
    assert all((m or "").startswith(measure) for m in _measures(sentence))


def test_money_in_a_place_is_not_its_kind() -> None:
    # `in the valley` says where the money went, not what it is
    assert _measures("The bank invested 8 billion yen in the valley.") != ["valley"]


def test_a_total_of_misread_as_the_total_object() -> None:
    # the parse takes the number as the object of `of` and the plans as a subject of their own
    got = _measures("A total of 640 highly original, imaginative plans have been approved.")
    assert got[0] is not None and "plans" in got[0]


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        # one number before a comma list counts every item of it
        (
            "The park hosts about 210 research institutes, clinics, colleges, "
            "drug makers, and other firms.",
            ("institutes", "clinics", "colleges"),
        ),
    ],
)
def test_a_number_counts_its_whole_list(sentence: str, items: tuple[str, ...]) -> None:
    got = _measures(sentence)[0] or ""
    assert all(w in got for w in items)


def test_items_with_numbers_of_their_own_stay_apart() -> None:
    got = _measures("The town has 30 shops, 12 clinics and 4 schools.")
    assert "clinics" not in (got[0] or "")


def test_an_idiom_after_an_amount_is_no_kind() -> None:
    # `in turn` is said of the clause, not of the money
    assert "turn" not in _measures("Imports were ¥4 billion and ¥6 billion in turn.")


def test_a_subject_list_without_its_own_number_stays_whole_for_respectively() -> None:
    # no number counts the subject's list: each share is of one item of it (parse_siblings)
    got = _measures("Rice, fruit and timber made up 30%, 20% and 5% of output, respectively.")
    assert got[0] is not None and "fruit" not in got[0]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # an amount in brackets restates the whole phrase before it, not its last noun
        ("Local spending on child care (¥80 billion) doubled.", "Local spending on child care"),
        ("The number of start-ups in Fukuoka (1,450) kept growing.", "start-ups in Fukuoka"),
    ],
)
def test_an_amount_in_brackets_restates_the_whole_phrase(sentence: str, measure: str) -> None:
    assert _measures(sentence)[0] == measure
