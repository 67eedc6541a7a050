"""Japanese forms met in text taken from PDFs and web pages (issue 32, points 3 and 4): a date
with blanks between its digits and their words (令和 3 年 6 月), an anniversary reached (開館
15周年を迎えた) apart from one that names an occasion (15周年記念), a decrease written with the
triangle and the decrease word both (▲2.1%の減少), a source note in brackets that ends where they
close, a note mark set apart by blanks (DX 7 、), an event named by its year (2030年札幌冬季
五輪), a span of years named as a phase (…年度までを第1期と), and the bracketed part of a row
in a list of counts under a heading's as-of date. Texts written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

TEXTS = {
    "spaced": "町の計画\n\n町は、令和 3 年 6 月に産業振興の計画を改定した。\n",
    "anniversary": (
        "町の記念事業\n\n15周年記念式典のご案内\n\n"
        "町民会館は本年、開館15周年を迎えた。来年は交流展が開催8周年となる。\n"
    ),
    "reached": "町の記念事業\n\n町民会館は2019年11月、開館から30周年を迎えた。\n",
    "decrease": "町の工業\n\n町内の製品出荷額は前年比▲2.1%の減少となった。\n",
    "source": (
        "町の概況 (出典 : 町勢要覧) 町内の工場数 2019年4月現在 48工場 "
        "町では、60を超える事業所が操業している。\n"
    ),
    "marks": (
        "町の研究\n\n町では、DX 7 、IoT 8 技術などの研究を進めている。"
        "また、展示会「まちのものづくり展*3」を開いた。\n"
    ),
    "counting": (
        "町の施設\n\n1)町内の施設数\n\n*・棟が分かれた施設も1施設とします。\n"
        " ・町が1)の施設に照会した結果です。\n"
    ),
    "event": (
        "町の予算\n\n町は、2024年度予算案で観光費に1億2000万円を計上した。"
        "また、2030年札幌冬季五輪関連の誘客事業に2500万円を充てた。\n"
    ),
    "phase": ("町の計画\n\n町は、2016~2020年度までを第1期と位置づけ、企業30社を誘致した。\n"),
    "rows": (
        "町の就業者\n\n2)町内の就業者数(R4年4月1日現在)\n\n人(内数:町外在住者)\n"
        "工員  1,250  ( 40)\n"
        "事務  380  ( 12)\n"
        "合計(臨時を含まず)  1,630  (52)\n"
    ),
    "monthly": "町の就業者\n\n人\n2019年 4 月  120\n2020年 4 月  135\n",
}


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    docs = read_texts(tmp_path_factory.mktemp("pdf_forms"), TEXTS)
    return extract_frames(docs).facts


def _of(facts: pd.DataFrame, name: str) -> pd.DataFrame:
    return facts[facts["doc_id"].str.endswith(name)]


def _values(facts: pd.DataFrame, name: str) -> set[tuple[float, str]]:
    return {(r["value"], r["unit"]) for _, r in _of(facts, name).iterrows()}


def test_a_date_with_blanks_between_its_digits_and_words_is_one_year(facts: pd.DataFrame) -> None:
    assert _values(facts, "spaced") == {(2021.0, "year")}  # 6 月 is the month, no count


def test_an_anniversary_reached_is_years_and_one_that_names_an_occasion_is_none(
    facts: pd.DataFrame,
) -> None:
    assert _values(facts, "anniversary") == {(15.0, "years"), (8.0, "years")}
    assert len(_of(facts, "anniversary")) == 2  # 15周年記念式典 is no fact


def test_a_triangle_before_a_decrease_word_gives_the_size_of_the_decrease(
    facts: pd.DataFrame,
) -> None:
    assert _values(facts, "decrease") == {(2.1, "percent")}


def test_a_source_note_in_brackets_ends_where_they_close(facts: pd.DataFrame) -> None:
    assert {(48.0, "count"), (60.0, "count")} <= _values(facts, "source")


def test_a_note_mark_set_apart_by_blanks_is_no_count(facts: pd.DataFrame) -> None:
    assert _of(facts, "marks").empty


def test_an_events_year_in_its_name_neither_is_a_fact_nor_dates_the_sum(
    facts: pd.DataFrame,
) -> None:
    event = _of(facts, "event")
    assert 2030.0 not in set(event["value"])
    row = event[event["value"] == 2.5e7].iloc[0]
    assert int(row["period_start"]) == 2024  # the budget's year, not the event's


def test_a_span_named_as_a_phase_is_a_fact_of_its_own(facts: pd.DataFrame) -> None:
    years = _of(facts, "phase")
    years = years[years["unit"] == "year"]
    assert [(r["value_low"], r["value_high"]) for _, r in years.iterrows()] == [(2016.0, 2020.0)]


def test_a_rows_bracketed_part_keeps_the_row_in_the_headings_as_of_list(
    facts: pd.DataFrame,
) -> None:
    rows = _of(facts, "rows")
    row = rows[rows["value"] == 1630.0].iloc[0]  # its row ends in (52), a part of it
    assert int(row["period_start"]) == 2022


def test_an_anniversary_is_dated_by_the_day_it_is_reached(facts: pd.DataFrame) -> None:
    reached = _of(facts, "reached")
    row = reached[reached["unit"] == "years"].iloc[0]
    assert (row["value"], int(row["period_start"])) == (30.0, 2019)


def test_rows_under_a_line_of_their_counter_take_it_with_their_bracketed_parts(
    facts: pd.DataFrame,
) -> None:
    expected = {(v, "people") for v in (1250.0, 40.0, 380.0, 12.0, 1630.0, 52.0)}
    assert _values(facts, "rows") == expected


def test_a_rule_of_counting_and_an_item_referred_to_are_no_counts(facts: pd.DataFrame) -> None:
    assert _of(facts, "counting").empty


def test_a_rows_counter_line_leaves_the_months_of_its_dates_alone(facts: pd.DataFrame) -> None:
    assert _values(facts, "monthly") == {(120.0, "people"), (135.0, "people")}
