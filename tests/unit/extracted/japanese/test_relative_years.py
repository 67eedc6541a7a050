"""Years named relative to another (本年度, 来年度, 前年度, 翌年) and years a number is compared
with (…年度に比べ): the period they give the numbers after them. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from benchmarks.scoring import read_fixture
from pipelines.extracted.frames import extract_frames


def _periods(tmp_path: Path, text: str) -> dict[float, tuple[int | None, int | None]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract_frames([read_fixture(path)]).facts
    quantities = facts[facts["fact_type"] != "year"]
    return {
        r["value"]: tuple(
            None if pd.isna(r[k]) else int(r[k]) for k in ("period_start", "period_end")
        )
        for _, r in quantities.iterrows()
    }


def test_years_relative_to_the_date_a_record_states(tmp_path: Path) -> None:
    text = (
        "https://example.test/record/42\n委員会議事録\n平成三年二月五日（火曜日）\n"
        "○田中説明員　本年度は七件を採択いたしました。昨年度は四件でございました。\n"
        "○田中説明員　来年度は十件程度を予定しております。\n"
    )
    got = _periods(tmp_path, text)
    # February 1991 lies in the fiscal year 1990
    assert got[7.0] == (1990, 1990)
    assert got[4.0] == (1989, 1989)
    assert got[10.0] == (1991, 1991)


def test_a_relative_year_with_no_date_stated_is_left_without_a_period(tmp_path: Path) -> None:
    text = "町の取組\n来年度は図書館の利用者を三千人増やす計画である。\n"
    assert _periods(tmp_path, text)[3000.0] == (None, None)


def test_the_year_after_the_one_just_named(tmp_path: Path) -> None:
    text = "町のあゆみ\n平成五年に工業団地の造成が始まった。翌年には九社が進出した。\n"
    assert _periods(tmp_path, text)[9.0] == (1994, 1994)


def test_a_year_compared_with_is_not_the_period(tmp_path: Path) -> None:
    text = (
        "事業の概要\n平成十年度の事業費は約八億円であり、九年度に比べ一億円増えた。"
        "同年度には新たに六社が参加した。\n"
    )
    got = _periods(tmp_path, text)
    assert got[1e8] == (1998, 1998)
    assert got[6.0] == (1998, 1998)  # 同年度: the year named, not the one compared with


def test_a_previous_year_ratio_is_no_year(tmp_path: Path) -> None:
    text = "報告\n令和元年度の相談件数は420件で、前年度比15件増であった。\n"
    got = _periods(tmp_path, text)
    assert got[15.0] == (2019, 2019)


def test_a_record_dated_only_by_its_address(tmp_path: Path) -> None:
    text = (
        "https://viewer.example.test/?u=https%3A%2F%2Fkokkai.ndl.go.jp%2Ftxt%2F110104321X00319920311\n"
        "○中村\n政府委員 本年度は八地域を選定いたしました。\n"
    )
    # a meeting in March 1992 lies in the fiscal year 1991
    assert _periods(tmp_path, text)[8.0] == (1991, 1991)


def test_an_address_dated_by_its_path(tmp_path: Path) -> None:
    text = "https://news.example.test/2019/07/02/123/\n市の発表\n今年度は補助金を三千万円とした。\n"
    assert _periods(tmp_path, text)[3e7] == (2019, 2019)


def test_so_many_years_after_the_year_named(tmp_path: Path) -> None:
    text = "町の統計\n2010年の出荷額は80億円で、その後4年間で1.5倍の120億円に伸びた。\n"
    got = _periods(tmp_path, text)
    assert got[8e9] == (2010, 2010)
    assert got[1.2e10] == (2014, 2014)


def test_an_era_year_cut_by_a_wrapped_line(tmp_path: Path) -> None:
    text = "議事録\n○委員 平成十\n一年度の申請は三十二件でございました。\n"
    assert _periods(tmp_path, text)[32.0] == (1999, 1999)


def test_an_era_name_cut_by_a_wrapped_line(tmp_path: Path) -> None:
    text = "議事録\n○委員 それは平\n成九年度の実績で、二十六件でございます。\n"
    assert _periods(tmp_path, text)[26.0] == (1997, 1997)
