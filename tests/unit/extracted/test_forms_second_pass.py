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
        "Profile\nAs of October 1, 2021, the guild had 140 member shops.\n",
        "Profile\nAs of 1 October 2021 – 140 member shops\n",
    ],
)
def test_an_english_as_of_date_dates_its_number_and_is_no_fact(text: str) -> None:
    assert [(v, p) for _, v, _, p in _read(text)] == [(140.0, (2021, 2021))]


def test_a_date_a_table_is_given_as_of_dates_its_numbers_and_is_no_fact() -> None:
    text = "加盟団体\n\n（令和4年10月1日現在）\n\n| 区分 | 団体数 |\n|---|---|\n| 県内 | 38 |\n"
    assert [(q, p) for q, _, _, p in _read(text)] == [("38", (2022, 2022))]


@pytest.mark.parametrize(
    "text",
    [
        "国際共同研究\nホライズン2020\n大学は18件の事業に加わった。\n",
        "アジェンダ2030に向けて市は9件の事業を始めた。\n",
        "Research links\nHorizon 2020\nThe university joined 18 consortia.\n",
        "The 2030 Agenda of the council lists 23 targets.\n",
        "2030アジェンダは県の23の目標を掲げる。\n",
    ],
)
def test_a_year_inside_a_programmes_name_is_no_fact_and_dates_nothing(text: str) -> None:
    got = _read(text)
    assert all(v < 1000 for _, v, _, _ in got), got
    assert all(p == (None, None) for *_, p in got), got


def test_an_index_is_no_count_its_measure_names() -> None:
    assert all(u != "count" for _, _, u, _ in _read("県の生産指数は112であった。\n"))


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


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("The old lighthouse stands 35 m tall above the bay.", "35 m", 35.0, "m"),
        ("Engineers finished a 64 m tower beside the harbour.", "64 m", 64.0, "m"),
        ("The footbridge is 52 m (171 ft) from end to end.", "52 m", 52.0, "m"),
        ("The reservoir is 18m deep in summer.", "18m", 18.0, "m"),
        ("The mast, 230 ft (70 m) tall, was rebuilt.", "70 m", 70.0, "m"),
        ("The dam reaches a height of 96 m.", "96 m", 96.0, "m"),
        ("Engineers finished a 64-m tower beside the harbour.", "64-m", 64.0, "m"),
        ("The start-up raised $64 m from two banks.", "$64 m", 64e6, "USD"),
        ("The region set aside €7m for new labs.", "€7m", 7e6, "EUR"),
    ],
)
def test_a_bare_m_is_metres_for_a_length_and_millions_after_a_currency(
    text: str, quote: str, value: float, unit: str
) -> None:
    got = [(q, v, u) for q, v, u, _ in _read(text)]
    assert (quote, value, unit) in got, got


def test_a_bare_m_with_neither_a_currency_nor_a_length_is_no_fact() -> None:
    assert _read("The group earned 64 m in its best year.") == []


def test_feet_restated_in_metres_leave_the_metres_as_the_one_fact() -> None:
    assert [(q, u) for q, _, u, _ in _read("The mast, 230 ft (70 m) tall, was rebuilt.")] == [
        ("70 m", "m")
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Its population density is 6,400/km2 at the centre.", 6400.0, "persons_per_km2"),
        ("The old town holds 2,750 residents per km² today.", 2750.0, "persons_per_km2"),
        ("The district has 930 per square kilometre.", 930.0, "per_km2"),
        ("市の人口密度は1km2あたり4,150人である。", 4150.0, "persons_per_km2"),
        ("町の人口密度は約860人/km2となっている。", 860.0, "persons_per_km2"),
    ],
)
def test_a_number_per_square_kilometre_is_a_density_not_a_count(
    text: str, value: float, unit: str
) -> None:
    got = [(v, u) for _, v, u, _ in _read(text)]
    assert (value, unit) in got, got


def _candidates(text: str) -> dict[str, str]:
    doc = SourceDocument("probe", Path("probe.md"), {"title": "P"}, "inferred", "0" * 64,
                         len(text.encode()), text, "utf-8")  # fmt: skip
    rows = extract_frames([doc]).candidates
    return {
        text[int(r["char_start"]) : int(r["char_end"])]: str(r["reason"])
        for _, r in rows.iterrows()
    }


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Steel output grew 6 percent (Figure 4, 2012).\n", "2012"),
        ("鉄鋼の生産は6%伸びた（図4、2012年）。\n", "2012"),
        (
            "Freight\n\nShare of rail freight by region, 2017\n\n"
            "Rail carried 31 percent in the north.\n",
            "2017",
        ),
    ],
)
def test_the_year_of_a_cited_figure_or_a_charts_title_is_no_fact(text: str, year: str) -> None:
    got = _read(text)
    assert all(q != year for q, *_ in got), got
    assert year in "".join(_candidates(text)), _candidates(text)


@pytest.mark.parametrize(
    "text",
    [
        "出荷額は52億円に達した。\n出典：県商工部「工業統計」（2018年）\n",
        "出荷額は52億円に達した。出典：県商工部（2018）\n",
    ],
)
def test_the_numbers_of_a_source_note_are_no_facts(text: str) -> None:
    got = _read(text)
    assert [q for q, *_ in got] == ["52億円"], got


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Freight\n\nRail freight by region, 2017\n\n| Region | Share (%) |\n|---|---|\n"
            "| North | 31 |\n| South | 18 |\n",
            (2017, 2017),
        ),
        (
            "貨物\n\n図5 地域別の鉄道貨物量（2017年）\n\n| 地域 | 貨物量（万トン） |\n|---|---|\n"
            "| 北部 | 31 |\n| 南部 | 18 |\n",
            (2017, 2017),
        ),
    ],
)
def test_the_year_of_a_tables_title_dates_its_numbers_and_is_no_fact(
    text: str, period: tuple[int, int]
) -> None:
    got = _read(text)
    assert sorted(q for q, *_ in got) == ["18", "31"], got
    assert all(p == period for *_, p in got), got


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Towns\n\n| Town | Density (per km²) |\n|---|---|\n| East | 1,940 |\n", "persons_per_km2"),
        ("町\n\n| 町 | 人口密度（人/km2） |\n|---|---|\n| 東町 | 1,940 |\n", "persons_per_km2"),
        ("Lines\n\n| Line | Stops (per km) |\n|---|---|\n| East | 1,940 |\n", "count"),
    ],
)
def test_a_column_headed_per_square_kilometre_holds_densities(text: str, unit: str) -> None:
    assert [(v, u) for _, v, u, _ in _read(text)] == [(1940.0, unit)]


def test_a_density_is_named_as_its_sentence_names_it() -> None:
    facts = _facts("市の人口密度は1km2あたり4,150人である。\n")
    assert [str(m) for m in facts["measure"]] == ["人口密度"]


def test_a_later_value_of_a_count_read_without_a_counter_is_the_same_count() -> None:
    got = [(v, u, p) for _, v, u, p in _read("昭和60年の事業所数は40で、平成7年には58となった。\n")]
    assert got == [(40.0, "count", (1985, 1985)), (58.0, "count", (1995, 1995))], got
