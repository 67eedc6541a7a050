"""Numerals read exactly or refused, never rounded, truncated or crashed on (issue 37): units up
to 京, integers past 2**53 that a double cannot hold, 二・五兆円 (the nakaguro as a decimal
point before a unit), digit runs and comma groups too long to be a quantity, era years outside
their era, and a count column whose values look like years."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.frames import document_frames
from pipelines.extracted.japanese.ja_numerals import exact_numeral
from pipelines.extracted.japanese.ja_periods import year_marks
from pipelines.extracted.structure.structure import parse_structure
from pipelines.extracted.structure.table_years import retype_year_cells, year_columns
from pipelines.raw.registry import SourceDocument


def values(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in facts_in_text(text)]


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("二・五兆", Decimal("2500000000000")),
        ("一京", Decimal(10**16)),
        ("一京二千兆", Decimal(12 * 10**15)),
        ("3,400億", Decimal(340_000_000_000)),
        ("4.2万", Decimal(42_000)),
        ("二千十八", Decimal(2018)),
        ("一九八三", Decimal(1983)),
        ("1.5", Decimal("1.5")),
        ("三百", Decimal(300)),
    ],
)
def test_numerals_are_read_exactly(raw: str, value: Decimal) -> None:
    assert exact_numeral(raw).value == value


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("九千九百九十九兆九千九百九十九億九千九百九十九万九千九百九十九", "exactly"),
        ("1" * 1000, "digits"),
        ("1" + ",000" * 10_000, "digits"),
        ("三兆二兆", "order"),
    ],
)
def test_numerals_a_double_cannot_hold_are_refused_with_a_reason(raw: str, reason: str) -> None:
    read = exact_numeral(raw)
    assert read.value is None
    assert reason in (read.reason or "")


def test_a_nakaguro_decimal_before_a_unit_is_read_not_crashed_on() -> None:
    assert values("国の予算は二・五兆円である。") == [(2_500_000_000_000, "JPY")]


def test_kei_is_read() -> None:
    assert values("国内の資産は一京二千兆円に上る。") == [(12 * 10**15, "JPY")]


def test_a_sum_past_two_to_the_53_is_not_rounded_into_a_fact() -> None:
    text = "総額は九千九百九十九兆九千九百九十九億九千九百九十九万九千九百九十九円である。"
    assert values(text) == []


def test_an_english_number_a_double_would_round_is_refused_not_rounded() -> None:
    assert values("The fund held 9,999,999,999,999,999 yen in 2020.") == [(2020.0, "year")]
    assert values("The fund held 9,007,199,254,740,992 yen.") == [(2.0**53, "JPY")]


def test_a_thousand_digit_numeral_is_refused_not_truncated() -> None:
    assert values(f"売上は{'1' * 1000}円である。") == []
    assert values(f"Sales were {'1' * 1000} dollars in the region.") == []


def test_ten_thousand_comma_groups_are_refused_not_read_as_a_small_number() -> None:
    assert values(f"参加企業は1{',000' * 10_000}社である。") == []
    assert values(f"The region had 1{',000' * 10_000} firms.") == []


OUTSIDE_ERAS = ["平成0年に設立された。", "平成32年に設立された。", "昭和65年に始まった。",
                "大正16年に始まった。", "明治46年に始まった。", "令和99年に設立された。"]  # fmt: skip


@pytest.mark.parametrize("text", OUTSIDE_ERAS)
def test_an_era_year_outside_its_era_is_neither_a_year_nor_a_duration(text: str) -> None:
    assert year_marks(text, 0, len(text)) == []
    assert values(text) == []


def test_era_years_inside_their_era_still_read() -> None:
    assert [(m.first) for m in year_marks("平成31年と令和元年", 0, 10)] == [2019, 2019]
    assert [(m.first) for m in year_marks("昭和64年", 0, 5)] == [1989]


def test_a_count_column_with_values_between_1800_and_2099_is_not_a_year_column() -> None:
    assert year_columns(["Prefecture", "Firms"], [["Iwate", "1850"], ["Miyagi", "2010"]]) == [
        False,
        False,
    ]
    assert year_columns(["Prefecture", "Year"], [["Iwate", "1850"], ["Miyagi", "2010"]]) == [
        False,
        True,
    ]
    assert year_columns(["Event", ""], [["INS", "1992"], ["Law", "1983"]]) == [False, True]
    assert year_columns(["設立年度", "企業数"], [["2001", "1999"], ["2002", "2050"]]) == [
        True,
        False,
    ]


def test_a_row_whose_label_names_a_year_keeps_its_years() -> None:
    cells = [
        {"row_index": 0, "col_index": 0, "text": "Start", "value_number": None, "unit": None},
        {"row_index": 0, "col_index": 1, "text": "2001", "value_number": 2001.0, "unit": "year"},
        {"row_index": 1, "col_index": 0, "text": "Start-ups", "value_number": None, "unit": None},
        {"row_index": 1, "col_index": 1, "text": "19", "value_number": 19.0, "unit": None},
        {"row_index": 2, "col_index": 0, "text": "Iwate", "value_number": None, "unit": None},
        {"row_index": 2, "col_index": 1, "text": "1999", "value_number": 1999.0, "unit": "year"},
    ]
    retype_year_cells(cells, [None, "Phase 1"])
    assert [c["unit"] for c in cells if c["value_number"]] == ["year", None, None]


def test_a_count_table_publishes_counts_not_years() -> None:
    text = "# Survey\n\n| Prefecture | Firms |\n|---|---|\n| Iwate | 1850 |\n| Miyagi | 2010 |\n"
    doc = SourceDocument("survey", Path("survey.md"), {"title": "Survey", "language": "en"},
                         "inferred", "0" * 64, len(text), text, "utf-8")  # fmt: skip
    facts = document_frames(doc, parse_structure(text))["facts"]
    assert sorted((f["value"], f["unit"]) for f in facts) == [(1850.0, "count"), (2010.0, "count")]
