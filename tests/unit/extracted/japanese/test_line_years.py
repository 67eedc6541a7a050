"""Periods a Japanese number takes from around its sentence: the year heading its line, the
span of the line a list hangs under, an as-of date in brackets after it, a year something starts
from, a two-digit year in a text that writes its years in full, an era's span in a heading.
Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from benchmarks.scoring import read_fixture
from pipelines.extracted.document_context import heading_period
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.frames import extract_frames


def _facts(tmp_path: Path, text: str) -> pd.DataFrame:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return extract_frames([read_fixture(path)]).facts


def _period(facts: pd.DataFrame, value: float) -> tuple[int | None, int | None]:
    r = facts[(facts["value"] == value) & (facts["fact_type"] != "year")].iloc[0]
    return tuple(None if pd.isna(r[k]) else int(r[k]) for k in ("period_start", "period_end"))


def test_a_year_heading_a_chronology_line_dates_its_later_sentences(tmp_path: Path) -> None:
    text = (
        "港の歴史\n昭和四十二年　新しい岸壁が完成した。取扱量は年三百万トンに達した。\n"
        "昭和五十年　第二期工事が始まる。\n"
    )
    facts = _facts(tmp_path, text)
    assert _period(facts, 3e6) == (1967, 1967)
    assert (facts["value"] == 1967.0).any()  # the line's year stays the date of its event


def test_a_list_under_a_line_naming_a_span_takes_the_span(tmp_path: Path) -> None:
    text = (
        "研究会の活動\n第2期　令和元年度から令和3年度まで\n・講演会の開催　12回\n"
        "・参加した企業　48社\n"
    )
    facts = _facts(tmp_path, text)
    assert _period(facts, 12.0) == (2019, 2021)
    assert _period(facts, 48.0) == (2019, 2021)


def test_an_as_of_date_in_brackets_after_a_number() -> None:
    text = "会員企業は約410社(2021年9月末現在)に増えた。"
    got = [(f.value, f.period_start, f.period_end) for f in facts_in_text(text)]
    assert (410.0, 2021, 2021) in got


def test_a_year_a_change_starts_from_dates_it_and_stays_an_event() -> None:
    text = "補助率は当初2分の1であったが、2019年度から上限額を5千万円に引き上げた。"
    facts = facts_in_text(text)
    money = next(f for f in facts if f.unit == "JPY")
    assert (money.period_start, money.period_end) == (2019, 2019)
    assert any(f.fact_type == "year" and f.value == 2019.0 for f in facts)


def test_two_digit_years_in_a_text_of_full_years() -> None:
    text = "同社は1998年度に設立され、03年度から海外展開を進めた。"
    got = [(text[f.start : f.end], f.value) for f in facts_in_text(text) if f.unit == "year"]
    assert ("03年度", 2003.0) in got


def test_an_era_span_in_a_heading() -> None:
    assert heading_period(["事業の経緯", "第2期 平成20年度から24年度まで"]) == (2008, 2012)


def test_a_list_under_a_line_that_opens_a_time_takes_no_year(tmp_path: Path) -> None:
    text = "研究会の活動\n令和2年度以降の成果\n・試作品の開発　9件\n"
    assert _period(_facts(tmp_path, text), 9.0) == (None, None)


def test_era_less_years_along_a_header_row_keep_its_era(tmp_path: Path) -> None:
    text = "事業の実績\n\n項目\t令和元年度\t2年度\t3年度\n相談件数\t140\t165\t172\n"
    facts = _facts(tmp_path, text)
    assert _period(facts, 165.0) == (2020, 2020)
    assert _period(facts, 172.0) == (2021, 2021)


def test_the_calendar_year_bracketed_after_an_era_year_is_no_number() -> None:
    text = "平成4年(1992)、センターが開所し、研究員は30人であった。"
    facts = facts_in_text(text)
    assert not any(f.value == 1992.0 and f.fact_type != "year" for f in facts)
    people = next(f for f in facts if f.value == 30.0)
    assert (people.period_start, people.period_end) == (1992, 1992)


def test_a_phase_line_dates_the_paragraph_under_it(tmp_path: Path) -> None:
    text = (
        "計画の段階\n第1期（2004~08年）：準備期\n拠点の整備を進めた。会員は約620社に増えた。\n"
        "第2期（2009~13年）：展開期\n海外との連携を始めた。会員は約900社となった。\n"
    )
    facts = _facts(tmp_path, text)
    assert _period(facts, 620.0) == (2004, 2008)
    assert _period(facts, 900.0) == (2009, 2013)


def test_a_wrapped_line_of_a_record_is_no_heading(tmp_path: Path) -> None:
    text = (
        "議事録\n○委員 お尋ねの件ですが、当時は\nまだ、平成三年度から五年度までの\n"
        "計画でございました。その中で三つの課題がございました。\n"
    )
    assert _period(_facts(tmp_path, text), 3.0) == (None, None)


def test_a_later_sentence_of_a_paragraph_keeps_its_one_year(tmp_path: Path) -> None:
    text = (
        "お知らせ\n本日、令和4年度の補助対象を決定しました。今回は36件、補助額は約2億円です。"
        "団地の面積は約80haです。現在、120社が入居しています。\n"
    )
    facts = _facts(tmp_path, text)
    assert _period(facts, 36.0) == (2022, 2022)
    assert _period(facts, 2e8) == (2022, 2022)
    assert _period(facts, 80.0) == (None, None)  # a size: no event's year dates it
    assert _period(facts, 120.0) == (None, None)  # said of the present


def test_era_less_years_heading_table_rows_keep_the_era_above(tmp_path: Path) -> None:
    text = "貸出の推移\n\n年度\t貸出冊数\n令和元年度\t3,400\n2年度\t2,900\n3年度\t3,150\n"
    facts = _facts(tmp_path, text)
    assert _period(facts, 2900.0) == (2020, 2020)
    assert _period(facts, 3150.0) == (2021, 2021)
