"""The quantity forms every reader meets (issue "Facts from documents nobody wrote for us",
point 3), in English and Japanese: each gives the fact with its value and unit, and the span
covers what was read. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.scoring import read_fixture
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.frames import extract_frames


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, text[f.start : f.end]) for f in facts_in_text(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit", "quote"),
    [
        # signs and negatives
        ("Output fell -1.3% in the quarter.", -1.3, "percent", "-1.3%"),
        ("Output fell ▲1.3% in the quarter.", -1.3, "percent", "▲1.3%"),
        ("Exports moved by −0.8% last year.", -0.8, "percent", "−0.8%"),
        ("The balance was △2.4% against plan.", -2.4, "percent", "△2.4%"),
        # currency prefixes and codes
        ("The grant was A$12 million for the consortium.", 12e6, "AUD", "A$12 million"),
        ("The firm raised USD10m from investors.", 10e6, "USD", "USD10m"),
        ("The plant cost RM250 million to build.", 250e6, "MYR", "RM250 million"),
        ("The clinic was given €45 million in total.", 45e6, "EUR", "€45 million"),
        # pc and per cent
        ("Unemployment reached 4.2pc in the county.", 4.2, "percent", "4.2pc"),
        ("Unemployment reached 4.2 per cent in the county.", 4.2, "percent", "4.2 per cent"),
        # units beyond the policy vocabulary
        ("The data centre stores 500 GB of records.", 500.0, "GB", "500 GB"),
        ("The grid runs at 50 Hz across the east.", 50.0, "Hz", "50 Hz"),
        ("Trains run at 200 mph on the line.", 200.0, "mph", "200 mph"),
        ("The port handled 3,000 tonnes of cargo.", 3000.0, "tonnes", "3,000 tonnes"),
        ("The park covers 120 ha of forest.", 120.0, "ha", "120 ha"),
        ("The new hall has 4,500 sq m of floor space.", 4500.0, "m2", "4,500 sq m"),
        # a bare scale letter before a counted noun: millions of it, whatever the parse splits
        ("The fair drew 2.4m foreign visitors.", 2.4e6, "people", "2.4m"),
        ("The scheme reached 1.2bn users.", 1.2e9, "count", "1.2bn"),
        ("The city covers 27 km² of land.", 27.0, "km2", "27 km²"),
        ("The city covers 27 sq km of land.", 27.0, "km2", "27 sq km"),
        ("The tower is 877 metres high.", 877.0, "m", "877 metres"),
        ("The trip takes 45 minutes by bus.", 45.0, "minutes", "45 minutes"),
        # spelled numbers with a noun
        ("The council approved one programme for the town.", 1.0, "count", "one"),
        ("The board named a dozen new members.", 12.0, "count", "a dozen"),
        ("The port has two dozen new cranes.", 24.0, "count", "two dozen"),
        ("Sales rose threefold over the decade.", 3.0, "ratio", "threefold"),
        ("The number of research projects doubled.", 2.0, "ratio", "doubled"),
    ],
)
def test_an_english_form_is_read_with_its_value_and_unit(
    text: str, value: float, unit: str, quote: str
) -> None:
    assert (value, unit, quote) in _read(text), _read(text)


def test_a_change_to_a_level_is_a_change_and_a_level_not_a_range() -> None:
    text = "Sales rose 2.1% to 5,430 units."
    got = facts_in_text(text)
    assert [(f.value, f.unit, f.value_high) for f in got] == [
        (2.1, "percent", None),
        (5430.0, "count", None),
    ]


def test_a_range_of_percentages_stays_a_range() -> None:
    (fact,) = facts_in_text("Budgets were 10 to 12% of the total.")
    assert (fact.value_low, fact.value_high, fact.unit) == (10.0, 12.0, "percent")


@pytest.mark.parametrize(
    "text",
    [
        "Only one of them was chosen.",  # `one of`: no count
        "The one that counts came late.",  # `the one`: a pronoun
        "Parts of 5 mm and pages 10-20 of the plan.",
    ],
)
def test_words_and_dashes_that_are_no_form_give_nothing_new(text: str) -> None:
    assert not [
        f for f in facts_in_text(text) if f.value in (1.0, -20.0, 5.0) and f.unit != "count"
    ]
    assert all(f.value >= 0 for f in facts_in_text(text))


@pytest.mark.parametrize(
    ("text", "value", "unit", "quote"),
    [
        # a space or a line break between the number and its scale word
        ("事業費は25 億円である。", 25e8, "JPY", "25 億円"),
        ("事業費は3\n億円である。", 3e8, "JPY", "3\n億円"),
        # full-width, kanji and ASCII numerals mixed
        ("事業費は2千5百万円である。", 25e6, "JPY", "2千5百万円"),
        ("事業費は二千５百万円である。", 25e6, "JPY", "二千５百万円"),
        # units beyond the policy vocabulary
        ("研究学園地区は2700haに及ぶ。", 2700.0, "ha", "2700ha"),
        ("長さ375メートルの施設がある。", 375.0, "m", "375メートル"),
        ("容量は500GBである。", 500.0, "GB", "500GB"),
        ("周波数は50Hzである。", 50.0, "Hz", "50Hz"),
        ("貨物は3,000トンであった。", 3000.0, "tonnes", "3,000トン"),
        ("面積は27km²である。", 27.0, "km2", "27km²"),
        ("移動は3時間かかる。", 3.0, "hours", "3時間"),
        ("移動は45分間かかる。", 45.0, "minutes", "45分間"),
        # a doubling without a numeral
        ("参加企業の数は倍増した。", 2.0, "ratio", "倍増"),
    ],
)
def test_a_japanese_form_is_read_with_its_value_and_unit(
    text: str, value: float, unit: str, quote: str
) -> None:
    assert (value, unit, quote) in _read(text), _read(text)


def test_a_latin_unit_glued_to_more_letters_is_no_unit() -> None:
    assert (5.0, "m", "5m") not in _read("5mmの部品を使う。")


@pytest.mark.parametrize(
    ("text", "value", "unit", "quote"),
    [
        # a spelled rank: an ordinal before a superlative, or after a verb of ranking
        ("Nagano has the third largest lake district.", 3.0, "rank", "third"),
        ("The port is the second most used in Kyushu.", 2.0, "rank", "second"),
        ("The prefecture ranked fifth in exports.", 5.0, "rank", "fifth"),
        ("同社は世界一の生産量を誇る。", 1.0, "rank", "世界一"),
        # a unit joined to its number by a hyphen, and singular unit words
        ("They built a 40-hectare campus.", 40.0, "ha", "40-hectare"),
        ("A 12-square kilometre park opened.", 12.0, "km2", "12-square kilometre"),
        ("The 8-km tunnel opened.", 8.0, "km", "8-km"),
        # counters of places: 府県
        ("協議会には2府県が参加した。", 2.0, "count", "2府県"),
    ],
)
def test_ranks_hyphenated_units_and_place_counters(
    text: str, value: float, unit: str, quote: str
) -> None:
    assert (value, unit, quote) in _read(text), _read(text)


@pytest.mark.parametrize(
    ("text", "measure"),
    [  # a rank says that it is one, and as what or of whom
        (
            "Lake Biwa is the largest lake and Kasumigaura the second biggest lake.",
            "rank as biggest lake",
        ),
        ("Japan is the 6th EU partner in trade.", "rank as EU partner"),
        ("Output by prefecture: Gifu 9th, Mie 11th", "rank of Gifu"),
    ],
)
def test_a_rank_measure_names_the_rank(text: str, measure: str) -> None:
    assert measure in [f.measure for f in facts_in_text(text) if f.unit == "rank"]


def test_a_span_of_years_after_a_name_is_its_term_not_a_citation() -> None:
    (fact,) = facts_in_text("Reform slowed under Yoshiro Mori (2000–1) and then sped up.")
    assert (fact.value_low, fact.value_high, fact.measure) == (
        2000.0,
        2001.0,
        "term of Yoshiro Mori",
    )


@pytest.mark.parametrize(
    ("text", "head"),
    [  # a length with its dimension measures that dimension; minutes and hours a time
        ("Kuroshima Tower is 210 metres high.", "height of"),
        ("The campus is 20 minutes from Sendai Station by bus.", "travel time"),
        ("The review session ran 4 hours.", "time"),
    ],
)
def test_dimensions_and_times_name_what_they_measure(tmp_path: Path, head: str, text: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(f"Notes\n\n{text}\n", encoding="utf-8")
    (fact,) = [r for _, r in extract_frames([read_fixture(path)]).facts.iterrows()]
    assert str(fact["measure"]).startswith(head), fact["measure"]


@pytest.mark.parametrize("text", ["It took 3 m of cable.", "A 5 m rise in the sea."])
def test_a_bare_scale_letter_with_no_counted_noun_after_it_is_no_fact(text: str) -> None:
    assert _read(text) == []
