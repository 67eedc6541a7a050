"""Facts: exact values, units, qualifiers, ranges, periods and places from each document,
the hard forms, things that are not facts, and documents of our own in other styles."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.fact_accuracy import load_passages, score_jris
from pipelines.extracted.facts import facts_in_span, mask_for_facts
from pipelines.extracted.numbers.places import find_places
from tests.corpus_once import extract

REPO = Path(__file__).resolve().parents[3]


def facts_of(text: str) -> list[tuple[str, float, str]]:
    masked = mask_for_facts(text)
    return [
        (text[f.start : f.end], f.value, f.unit)
        for f in facts_in_span(text, masked, 0, len(text), find_places(masked))
    ]


def one(facts: pd.DataFrame, quote: str, **expected: object) -> pd.Series:
    rows = facts[facts["quote"] == quote]
    assert len(rows) >= 1, f"no fact quoted {quote!r}"
    row = rows.iloc[0]
    for key, value in expected.items():
        got = row[key]
        if isinstance(value, float):
            assert math.isclose(float(got), value), (quote, key, got, value)
        elif value is None:
            assert got is None or pd.isna(got), (quote, key, got)
        else:
            assert got == value, (quote, key, got, value)
    return row


@pytest.fixture(scope="module")
def corpus_facts() -> dict[str, pd.DataFrame]:
    return {p.stem: extract(f"raw/{p.name}").facts for p in sorted((REPO / "raw").glob("*.txt"))}


def test_hosoya_budgets_counts_and_ranges(corpus_facts: dict[str, pd.DataFrame]) -> None:
    f = corpus_facts["hosoya-2008-industrial-cluster-program"]
    one(
        f,
        "¥ 1.14 bn.",
        value=1.14e9,
        unit="JPY",
        period_start=2008,
        period_end=2008,
        source_kind="table_cell",
    )
    one(f, "¥ 9.1 bn.", value=9.1e9, unit="JPY", period_start=2008)
    one(
        f,
        "¥ 0.5 bn. to 0.8 bn.",
        value=5e8,
        value_low=5e8,
        value_high=8e8,
        unit="JPY",
        fact_type="range",
    )
    one(
        f, "10,700", value=10700.0, unit="count", subject="SMEs", period_start=2007, period_end=2007
    )
    one(f, "290", value=290.0, unit="count", subject="universities")
    one(f, "300", qualifier="approximately", subject="projects out")
    one(f, "¥ 19 trillion", value=1.9e13, unit="JPY", qualifier="about", period_start=2006)


def test_edgington_rates_ranges_ranks_and_spelled_counts(
    corpus_facts: dict[str, pd.DataFrame],
) -> None:
    f = corpus_facts["edgington-2008-japanese-innovation-system"]
    one(
        f,
        "360 yen to the US dollar",
        value=360.0,
        unit="yen_per_usd",
        fact_type="rate",
        period_start=1971,
        period_end=1995,
    )
    one(f, "80 yen to the dollar", value=80.0, unit="yen_per_usd")
    one(
        f,
        "18.9% to 33.8%",
        value=18.9,
        value_low=18.9,
        value_high=33.8,
        unit="percent",
        fact_type="range",
    )
    one(f, "24th", value=24.0, unit="rank", period_start=2007, geography="JP")
    one(f, "seven", value=7.0, unit="count", geography="JP")
    one(f, "3.35%", value=3.35, unit="percent", period_start=2003, period_end=2003)
    one(f, "2.61%", value=2.61, unit="percent", geography="US")
    one(
        f, "$2 billion", value=2e9, unit="USD", qualifier="over", period_start=1998, period_end=1999
    )
    one(f, "1983", unit="year", fact_type="year", period_start=1983)
    years = f[f["fact_type"] == "year"]["quote"].tolist()
    assert "1990s" not in " ".join(years)


def test_eccp_market_sizes_and_pounds(corpus_facts: dict[str, pd.DataFrame]) -> None:
    f = corpus_facts["eccp-2018-eu-japan-cluster-cooperation"]
    one(
        f,
        "2.6757 trillion yen",
        value=2675700000000.0,
        unit="JPY",
        scale_word="trillion",
        period_start=2013,
        period_end=2013,
    )
    one(f, "£200b", value=2e11, unit="GBP", scale_word="b")
    one(f, "3.66 million", value=3.66e6, unit="count", subject="units", period_start=2014)
    one(f, "7.5 million", value=7.5e6, period_start=2015)
    assert f[f["quote"].str.contains("21/11/2017")].empty


def test_fukushima_money_ranks_and_table_cells(corpus_facts: dict[str, pd.DataFrame]) -> None:
    f = corpus_facts["fukushima-tohoku-innovation-policy"]
    one(f, "12.4billion yen", value=1.24e10, unit="JPY", subject="Fund")
    one(f, "$1.05billion", value=1.05e9, unit="USD", subject="Fund")
    one(f, "10<sup>th", value=10.0, unit="rank", subject="Number of collaborative research")
    one(f, "795", subject="Staff")
    one(f, "420", subject="researchers")
    cells = f[f["source_kind"] == "table_cell"]
    aomori = cells[(cells["quote"] == "198")].iloc[0]
    assert (
        aomori["subject"] == "Total number of invited companies (Aomori)"
        and aomori["geography"] == "JP-02"
    )
    assert int(aomori["period_end"]) == 1995


def test_brucksch_open_period(corpus_facts: dict[str, pd.DataFrame]) -> None:
    f = corpus_facts["brucksch-medtech-partnerships"]
    one(f, "55", unit="people", subject="employees", period_start=2016, period_end=None)
    one(f, "200", qualifier="up to", subject="attendees")


def test_footnote_marks_never_change_a_value() -> None:
    assert facts_of("The plan started in 2013¹¹. It spent 2.61%<sup>3</sup> of GDP on R&D.") == [
        ("2013", 2013.0, "year"),
        ("2.61%", 2.61, "percent"),
    ]


def test_numbers_that_are_not_facts() -> None:
    text = (
        "2.1 Policy dialogue. See Table 3 and Figure 2 on page 4 (Ito, 1998, p. 231). Call "
        "+81-92-123-4567 or visit https://example.org/2015/report, consulted on 21/11/2017. "
        "WP3 and H2020 and WIINTECH 2020 are names. In the 1990s growth slowed."
    )
    assert facts_of(text) == []


def test_press_release_in_another_style() -> None:
    f = extract("tests/fixtures/documents/facts_press_release.md").facts
    one(f, "1,240", value=1240.0, subject="companies", period_start=2020, geography="Kyushu")
    one(f, "980", value=980.0, period_start=2015)
    one(f, "85,000", value=85000.0, qualifier="about", subject="people")
    one(f, "¥ 450 bn.", value=4.5e11, unit="JPY")
    one(f, "30%", value=30.0, qualifier="about", geography="JP-43")
    one(f, "US$ 7.4 billion", value=7.4e9, unit="USD")
    one(f, "1.2 trillion yen", value=1.2e12, unit="JPY", period_start=2020, geography="Kyushu")
    one(f, "Twelve", value=12.0, subject="universities")
    assert not f["quote"].str.contains("4567|3.2|2019").any()


def test_policy_brief_in_another_style() -> None:
    f = extract("tests/fixtures/documents/facts_policy_brief.txt").facts
    one(
        f,
        "42",
        value=42.0,
        subject="regional projects",
        period_start=2010,
        period_end=2015,
        geography="Tohoku",
    )
    one(f, "¥ 20 million to ¥ 80 million", value=2e7, value_low=2e7, value_high=8e7, unit="JPY")
    one(f, "4.5% to 6.1%", value_low=4.5, value_high=6.1, unit="percent")
    one(f, "3rd", unit="rank", period_start=2016)
    one(f, "200", qualifier="over", subject="SMEs", geography="JP-04")
    one(f, "120 yen to the dollar", unit="yen_per_usd")
    one(f, "105 yen to the dollar", unit="yen_per_usd")


def test_labelled_set_precision_recall_period_and_geography() -> None:
    passages, _, facts = load_passages()
    s = score_jris(passages, facts)
    assert s.gold >= 150
    assert s.matched / s.predicted >= 0.95 and s.matched / s.gold >= 0.95
    assert s.period_ok / s.period_n >= 0.85 and s.geo_ok / s.geo_n >= 0.85
    assert s.subj_n >= 40 and s.subj_ok / s.subj_n >= 0.85


def test_unit_words_in_any_case_found_by_the_fuzzer() -> None:
    assert facts_of("The site lies 45 KM from the port and 12 Km from the city.") == [
        ("45 KM", 45.0, "km"),
        ("12 Km", 12.0, "km"),
    ]
