"""What an English number measures where its noun alone says too little: what a count
includes or names, the part of a group a clause picks out, the growth a verb of multiplying
gives and the window a look-back duration spans. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _measures(sentence: str) -> dict[str, str | None]:
    facts = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return {sentence[f.start : f.end]: f.measure for f in facts}


@pytest.mark.parametrize(
    ("sentence", "number", "measure"),
    [
        ("The club has 85 members, 20 of whom are students.", "20", "members who are students"),
        ("The club has 85 members, of whom 20 are students.", "20", "members who are students"),
        ("The town has 60 shops, of which 14 are vacant.", "14", "shops that are vacant"),
    ],
)
def test_a_part_picked_out_by_of_whom_measures_that_part_of_the_group(
    sentence: str, number: str, measure: str
) -> None:
    assert _measures(sentence)[number] == measure


def test_what_a_count_says_it_includes_stays_in_its_measure() -> None:
    got = _measures("About 90 clinics, including hospitals of the prefecture, joined the scheme.")
    assert got["90"] == "clinics including hospitals of prefecture"


def test_an_inclusion_glossed_in_parentheses_leaves_the_count_its_noun() -> None:
    got = _measures("The network links 150 colleges (including night schools) nationwide.")
    assert got["150"] == "colleges"


def test_a_count_that_includes_a_counted_part_keeps_its_own_noun() -> None:
    got = _measures("The park hosts 30 firms, including 8 start-ups.")
    assert got["30"] == "firms"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Two rivers, the Kiso and the Nagara, cross the plain.", "rivers (Kiso, Nagara)"),
        ("Three airports, Haneda, Narita and Ibaraki, serve the region.",
         "airports (Haneda, Narita, Ibaraki)"),
        ("Two rivers, the Kiso, cross the plain.", "rivers"),  # fewer names than the count
    ],
)  # fmt: skip
def test_a_count_followed_by_as_many_names_lists_them(sentence: str, measure: str) -> None:
    (got,) = _measures(sentence).values()
    assert got == measure


def test_a_verb_of_multiplying_measures_the_growth_of_its_subject() -> None:
    assert _measures("The number of licensed patents tripled.")["tripled"] == (
        "growth factor of licensed patents"
    )


def test_a_look_back_duration_is_the_period_of_what_changed_in_it() -> None:
    got = _measures("Over the past 5 years, the workforce of the valley has shrunk.")
    assert got["5 years"] == "period of workforce of valley"


@pytest.mark.parametrize(
    ("sentence", "number", "measure"),
    [
        ("The ministry will spend 40 million yen a year for four years.", "four years",
         "duration of spending by ministry"),
        ("The plan runs for 3 years.", "3 years", "duration of plan"),
    ],
)  # fmt: skip
def test_a_duration_read_from_the_parse_names_the_span_it_is(
    sentence: str, number: str, measure: str
) -> None:
    assert _measures(sentence)[number] == measure


@pytest.mark.parametrize(
    ("sentence", "number", "measure"),
    [
        ("Nagano's farm output is ¥300 billion, 25% of which comes from fruit.", "25%",
         "share of Nagano's farm output"),
        ("The valley has 400 firms, 10% of which export.", "10%", "share of firms"),
    ],
)  # fmt: skip
def test_a_share_of_which_is_a_share_of_what_the_clause_hangs_on(
    sentence: str, number: str, measure: str
) -> None:
    assert _measures(sentence)[number] == measure


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        ("The park had 120, 150 and 190 tenants.", ["tenants of park"] * 3),
        ("Exports were ¥2 billion and ¥3 billion in turn.", ["Exports"] * 2),
        # each item named in turn stays its own
        ("Aomori, Akita and Iwate had 30, 20 and 10 labs, respectively.",
         ["labs of Aomori", "labs of Akita", "labs of Iwate"]),
    ],
)  # fmt: skip
def test_numbers_listed_together_share_what_they_measure(
    sentence: str, measures: list[str]
) -> None:
    assert list(_measures(sentence).values()) == measures
