"""A news page's or magazine's date (a dateline `2019.04.02.`, `『県民日報』2019年4月2日付`, an
issue `2012年7月号`, a news address `/news/201903/`) dates the numbers its text gives no year;
not those of a page reporting a survey's results, a plan's, nor a duration. Texts written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.japanese.ja_relative import document_now, publication_date


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("https://x.test/a\nお知らせ\n2019.04.02.\n\n町は三地域を選んだ。\n", 2019),
        ("https://x.test/a\n『県民日報』2018年6月3日付\n\n町は三地域を選んだ。\n", 2018),
        ("https://x.test/a\n令和3年5月 第418号 (5月20日)\n町は三地域を選んだ。\n", 2021),
        ("https://x.test/a\n(地域産業2012年7月号特集より)\n町は三地域を選んだ。\n", 2012),
        ("https://x.test/news/local/201903/0001.html\n町は三地域を選んだ。\n", 2019),
        ("https://x.test/econ/amp/170412/a1704120.htm\n町は三地域を選んだ。\n", 2017),
    ],
)
def test_the_date_a_news_page_is_published(text: str, year: int) -> None:
    got = publication_date(text)
    assert got is not None and got[0] == year
    now = document_now(text)
    assert now is not None and now[0] == year


@pytest.mark.parametrize(
    "text",
    [
        "https://x.test/a\n概要\n2019年4月,町は「地域振興条例」を定め、三地域を選んだ。\n",
        "https://x.test/story?id=2019040211\n町は三地域を選んだ。\n",
    ],
)
def test_a_sentence_opening_with_a_date_or_an_id_is_no_publication_date(text: str) -> None:
    assert publication_date(text) is None


OPENING = "https://example.jp/local/201905/item-3.html\n町、重点地域を選ぶ\n\n"
TEXTS = {
    "news": OPENING + " 町は重点地域として7地区を選んだ。事業費は4億円だった。\n",
    "plan": OPENING + " 町は当初7地区を選ぶ計画だったが、選んだのは5地区だった。\n",
    "duration": OPENING + " 町は7年間で重点地域を整備する。\n",
    "survey": OPENING + " 県は「企業立地の実施状況」の結果を発表した。新たな立地は7件だった。\n",
    "record": "https://example.jp/minutes/item-3.html\n町議会\n\n 町は7地区を選んだ。\n",
}


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return extract_frames(read_texts(tmp_path_factory.mktemp("news_dates"), TEXTS)).facts


def _period(facts: pd.DataFrame, name: str, value: float) -> int | None:
    rows = facts[facts["doc_id"].str.endswith(name) & (facts["value"] == value)]
    start = rows.iloc[0]["period_start"]
    return None if pd.isna(start) else int(start)


def test_a_news_items_undated_numbers_are_of_its_year(facts: pd.DataFrame) -> None:
    assert _period(facts, "news", 7.0) == 2019
    assert _period(facts, "news", 4e8) == 2019


def test_a_planned_number_is_not_of_the_pages_year(facts: pd.DataFrame) -> None:
    assert _period(facts, "plan", 7.0) is None
    assert _period(facts, "plan", 5.0) == 2019


@pytest.mark.parametrize("name", ["duration", "survey", "record"])
def test_no_year_for_a_duration_a_surveys_figures_or_an_undated_page(
    facts: pd.DataFrame, name: str
) -> None:
    assert _period(facts, name, 7.0) is None


def test_a_covers_date_and_office_is_no_news_dateline() -> None:
    assert publication_date("令和2年7月 企画課\n\n補助金\n\n30億円\n") is None
