"""What an English measure says of what (parse_phrase.py), on sentences written for these tests:
the counted noun keeps its possessives and graded adjectives and the prepositional phrases
hanging on it (of what, where, with whom), two levels down, within a cap; a phrase hanging on
the verb, a determiner, a hedge and a relative clause stay out."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.scoring import read_fixture
from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.parse_route import parse_measures


def _measure(sentence: str) -> str | None:
    facts: list[Fact] = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return facts[0].measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # a phrase of whom, two levels down
        (
            "Within the programme, 6 projects with partners in Korea were funded.",
            "projects with partners in Korea",
        ),
        # with whom, on an object
        (
            "The firm established 600 direct contacts with local suppliers.",
            "direct contacts with local suppliers",
        ),
        # among what, then of what; the adverb grading the adjective stays
        (
            "There are 12 highly qualified engineers among the staff of the lab.",
            "highly qualified engineers among staff of lab",
        ),
        # `the number of X`: X with what says where
        ("The number of start-ups in the Kansai region was 4,200.", "start-ups in Kansai region"),
        # a value the subject `was worth`: the subject, possessive and compounds kept
        (
            "Japan's tailor-made medicine market was worth 710 billion yen.",
            "Japan's tailor-made medicine market",
        ),
        (
            "The market for personalised medicine in Japan was worth 710 billion yen in 2014.",
            "market for personalised medicine in Japan",
        ),
    ],
)
def test_measure_keeps_what_says_of_what(sentence: str, measure: str) -> None:
    assert _measure(sentence) == measure


def test_a_phrase_on_the_verb_and_a_hedge_stay_out() -> None:
    # `in industrial parks` locates the firms through the verb; `around` hedges the number
    got = _measure("Around 5,000 firms with foreign owners are located in industrial parks.")
    assert got == "firms with foreign owners"


def test_a_relative_clause_stays_out() -> None:
    got = _measure(
        "There are 14 clusters of biotech firms in the region which receive state grants."
    )
    assert got == "clusters of biotech firms in region"


def test_phrases_are_followed_two_levels_down() -> None:
    got = _measure(
        "The survey counted 300 small firms with export contracts in the electronics sectors "
        "of the northern coastal prefectures of the country."
    )
    assert got == "small firms with export contracts in electronics sectors"


def test_a_long_phrase_ends_before_the_phrase_that_passes_the_cap() -> None:
    got = _measure(
        "There were 300 small and medium-sized manufacturing firms with long-term export "
        "contracts with overseas trading partners."
    )
    assert got == "small and medium-sized manufacturing firms with long-term export contracts"


def _measures(sentence: str) -> list[str | None]:
    facts: list[Fact] = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return [f.measure for f in facts]


def test_a_count_after_with_is_of_the_noun_the_with_hangs_on() -> None:
    assert _measures("Osaka is a city with 2.7 million inhabitants.") == ["inhabitants of city"]
    # a phrase a number of its own counts, or an empty `in total`, says nothing of what
    got = _measures("The prefecture has 40 firms with 300 employees in total.")
    assert got == ["firms of prefecture", "employees of firms"]


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        # a relative clause on a name: what it holds is the name's, both nouns of the list
        ("Last year the agency met the Baltic Wood Network, which unites 35 sawmills and 4 "
         "forestry schools.",
         ["sawmills of Baltic Wood Network", "forestry schools of Baltic Wood Network"]),
        # the subject of the verb a `to`-clause completes
        ("The new harbour park is planned to house 25 logistics firms.",
         ["logistics firms of new harbour park"]),
        # a verb that does not hold what it counts, and a pronoun, add nobody
        ("The inspectors visited 80 farms.", ["farms"]),
        ("They employ 60 welders.", ["welders"]),
    ],
)  # fmt: skip
def test_a_count_a_subject_holds_is_the_subjects(sentence: str, measures: list[str]) -> None:
    assert _measures(sentence) == measures


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # a percentage in apposition to a noun is that noun's share
        ("Wind power: the market is led by offshore farms (58%).", "share of offshore farms"),
        # beside a noun that already says it is a rate, the noun stays as it is
        ("The vacancy rate (4.2%) was the lowest in a decade.", "vacancy rate"),
        # one word for a share, whichever the text uses
        (
            "The proportion of exports shipped by sea reached 64% last year.",
            "share of exports shipped by sea",
        ),
        ("The percentage of graduates in science stood at 21%.", "share of graduates in science"),
    ],
)
def test_a_share_is_named_a_share(sentence: str, measure: str) -> None:
    assert _measure(sentence) == measure


@pytest.mark.parametrize(
    "sentence",
    [
        "The proportion of rented homes has fallen steadily, from 38% in 2001 to 31% in 2011.",
        "The percentage of rented homes went down from 38% in 2001 to 31% in 2011.",
    ],
)
def test_the_end_of_a_change_measures_what_its_start_does(sentence: str) -> None:
    assert _measures(sentence)[:2] == ["share of rented homes", "share of rented homes"]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # a past participle after the counted noun, with its phrase, says which
        ("In the end, 11 pilot schemes linked to regional tourism were approved.",
         "pilot schemes linked to regional tourism"),
        ("The review names four start-ups based in the science park.",
         "start-ups based in science park"),
        # a relative clause with a verb of its own stays out
        ("There are 9 labs in the town that receive state money.", "labs in town"),
        # where the text shows them is not which they are
        ("The ministry chose 14 pilot districts shown in Figure 2.", "pilot districts"),
    ],
)  # fmt: skip
def test_a_participle_after_the_noun_says_which(sentence: str, measure: str) -> None:
    assert _measure(sentence) == measure


@pytest.mark.parametrize(
    ("sentence", "number", "measure"),
    [
        # a bare number that is the subject of passive verbs: they say which of the things
        # named before it it counts, with the years that say when
        ("Of the 30 ferries in service, 12 were built in 1998 and were refitted in 2020.", "12",
         "ferries built in 1998 and refitted in 2020"),
        ("Of the 40 applicants, 26 were shortlisted.", "26", "applicants shortlisted"),
        # a counter that is the subject: the verb and the verb it leads to
        ("In the two years from 2020, more than 4 million units are planned to be delivered "
         "each year.", "4 million", "units planned to be delivered"),
    ],
)  # fmt: skip
def test_passive_verbs_say_which_a_bare_number_counts(
    sentence: str, number: str, measure: str
) -> None:
    facts = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    assert {sentence[f.start : f.end]: f.measure for f in facts}[number] == measure


def test_a_linked_name_is_read_as_words_of_its_sentence(tmp_path: Path) -> None:
    # a Markdown link around a name: the parser reads the name, not brackets around it
    path = tmp_path / "linked.txt"
    path.write_text(
        "Partners\n\nLast year the agency met the [Baltic Wood Network](#), which unites 35 "
        "sawmills and 4 forestry schools.\n",
        encoding="utf-8",
    )
    facts = extract_frames([read_fixture(path)]).facts
    assert facts["measure"].tolist() == [
        "sawmills of Baltic Wood Network",
        "forestry schools of Baltic Wood Network",
    ]


def test_a_percentage_beside_an_amount_is_no_share_of_its_unit() -> None:
    got = _measures(
        "Exports of timber were 3 billion yen, up to 104.5% from that of the year before."
    )
    assert got[1] is None or not got[1].startswith("share of")
