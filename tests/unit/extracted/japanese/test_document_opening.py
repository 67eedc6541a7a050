"""A Japanese document as it is saved: its address on line 1 is in no language, so
a short first sentence after a long address is read as Japanese; and the fiscal year its title
says it reports on (or the count its first sentence leads with) dates its numbers without
being an event of its own; and a line wrapped
after a big unit (1万\n2千人) leaves one number. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from benchmarks.scoring import read_fixture
from pipelines.extracted.frames import extract_frames

ADDRESS = "https://www.example.go.jp/content/council/minutes/material/annual_report_summary.html"


def _facts_of(tmp_path: Path, text: str) -> pd.DataFrame:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return extract_frames([read_fixture(path)]).facts.set_index("quote")


def test_a_short_sentence_after_a_long_address_is_japanese(tmp_path: Path) -> None:
    facts = _facts_of(tmp_path, f"{ADDRESS}\n本町の人口は約8千人である。\n")
    assert facts.at["8千人", "value"] == 8000
    assert facts.at["8千人", "measure"] == "本町の人口"


def test_the_year_a_title_reports_on_is_no_event(tmp_path: Path) -> None:
    title = "令和3年度 県内企業の研究開発の実施状況について"
    text = f"https://example.jp/r\n{title}\n\n共同研究は412件であった。\n"
    facts = _facts_of(tmp_path, text)
    assert facts.at["412件", "period_start"] == 2021
    assert "令和3年度" not in facts.index


def test_the_year_of_the_count_a_document_leads_with_dates_its_other_numbers(
    tmp_path: Path,
) -> None:
    text = (
        "https://example.jp/news/1\n"
        "2020年度の県内大学の特許出願件数が310件となったことが分かった。\n"
        "大学別では北海大学の95件が最も多く、南海大学の60件が続いた。\n"
    )
    facts = _facts_of(tmp_path, text)
    assert facts.at["95件", "period_start"] == 2020
    assert facts.at["60件", "period_start"] == 2020


def test_the_year_a_surveys_results_are_of_dates_its_numbers(tmp_path: Path) -> None:
    text = (
        "https://example.jp/stat/r03\n令和3年商業統計調査結果（速報）\n\n"
        "目次\n1 調査のあらまし …… 1\n2 結果の要点 …… 4\n3 付表 …… 9\n\n"
        "県内の事業所数は2,870事業所であった。\n"
    )
    facts = _facts_of(tmp_path, text)
    assert facts.at["2,870事業所", "period_start"] == 2021
    assert list(facts.index) == ["2,870事業所"]  # no survey year, no contents numbers


def test_a_compared_year_or_an_earlier_survey_is_no_year_the_document_reports_on(
    tmp_path: Path,
) -> None:
    compared = (
        "https://example.jp/news/2\n"
        "前年度（2019年度）と比べて、2020年度の特許出願件数は310件に増えた。\n"
        "北海大学は95件であった。\n"
    )
    year = _facts_of(tmp_path, compared).at["95件", "period_start"]
    assert pd.isna(year) or year != 2019  # not the year compared with
    earlier = (
        "https://example.jp/stat/3\n前回（平成28年）調査結果と比べ、事業所は減った。\n\n"
        "県内の従業者は41,200人である。\n"
    )
    assert pd.isna(_facts_of(tmp_path, earlier).at["41,200人", "period_start"])


def test_the_smaller_units_after_a_big_one_past_a_line_break_are_one_number(
    tmp_path: Path,
) -> None:
    facts = _facts_of(tmp_path, "https://example.jp/r\n町内の就業者数は約1万\n2千人である。\n")
    assert list(facts["value"]) == [12000.0]
