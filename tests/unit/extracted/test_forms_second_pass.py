"""Quantity forms a reader meets, second pass (issue "Facts from documents nobody wrote for us",
points 2, 3 and 4): a bare `m` read as metres or millions by its context, a density, a year
inside a programme's name, a date as of which a number is given (現在), a number after an era
decade, and the year of a chart's title or a figure citation. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipelines.extracted.frames import extract_frames
from pipelines.raw.registry import SourceDocument


def _facts(text: str) -> pd.DataFrame:
    doc = SourceDocument("probe", Path("probe.txt"), {"title": "P"}, "inferred", "0" * 64,
                         len(text.encode()), text, "utf-8")  # fmt: skip
    return extract_frames([doc]).facts


def _read(text: str) -> list[tuple[str, float, str, tuple[int | None, int | None]]]:
    def year(v: object) -> int | None:
        return None if v is None or pd.isna(v) else int(v)  # type: ignore[call-overload]

    return [
        (
            text[int(r["char_start"]) : int(r["char_end"])],
            float(r["value"]),
            str(r["unit"]),
            (year(r["period_start"]), year(r["period_end"])),
        )
        for _, r in _facts(text).iterrows()
    ]


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("会社概要\n令和3年4月1日 現在の加盟企業数は140社です。\n", 140.0, (2021, 2021)),
        ("会社概要\n2019年10月1日現在　登録団体：65団体\n", 65.0, (2019, 2019)),
    ],
)
def test_a_date_a_number_is_given_as_of_dates_it_and_is_no_dateline(
    text: str, value: float, period: tuple[int, int]
) -> None:
    got = [(v, p) for _, v, _, p in _read(text)]
    assert (value, period) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "国際共同研究\nホライズン2020\n大学は18件の事業に加わった。\n",
        "アジェンダ2030に向けて市は9件の事業を始めた。\n",
        "Research links\nHorizon 2020\nThe university joined 18 consortia.\n",
    ],
)
def test_a_year_inside_a_programmes_name_is_no_fact_and_dates_nothing(text: str) -> None:
    got = _read(text)
    assert all(v < 1000 for _, v, _, _ in got), got
    assert all(p == (None, None) for *_, p in got), got


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("昭和50年代の事業所数は45であった。\n", 45.0, (1975, 1984)),
        ("2000年代の加盟校数は約60だった。\n", 60.0, (2000, 2009)),
        ("平成元年の組合員数は210となった。\n", 210.0, (1989, 1989)),
    ],
)
def test_a_count_its_measure_names_right_before_it_is_read_without_a_counter(
    text: str, value: float, period: tuple[int, int]
) -> None:
    got = [(v, u, p) for _, v, u, p in _read(text)]
    assert (value, "count", period) in got, got
