"""Which year dates a Japanese number: the one its phrase hangs on in the parse, not a nearer
year inside a clause about another noun; in a table written with blanks, the year heading the
number's column; in a list, the year its heading is of; for a count of what exists, the year of
the record's date; for a duration, the years it lasts. Documents written for these tests, all
read in one extraction."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

DOCS = {
    "clause": (
        "地域の観光\n"
        "2001年の来場者数は、1990年に開業した展示館の人気もあって約52万人に上った。\n"
        "平成十二年度の事業費は、平成二年に開通しました連絡道路の改修分を含めて約九億円でございます。\n"
        "令和元年度の相談件数は、平成三年に設けた窓口の分を含めて六百件である。\n"
        "平成4年に設立されたセンターでは、年間800件の相談に応じている。\n"
        "県は2005年度から「みらい計画」と呼んだ振興策に取り組み、各地で27の事業を進めてきた。\n"
    ),
    "columns": (
        "利用の状況\n"
        "区分　　2019年度　2020年度　2021年度\n"
        "来館者数　1,200人　980人　1,450人\n"
        "講座数　　24回　18回　30回\n"
    ),
    "heading": "町の取組\n2021年の主な実績\n・見学会の開催　12回\n・来訪者　3,400人\n",
    "record": (
        "https://example.test/record/7\n委員会議事録\n平成二年五月九日（水曜日）\n"
        "○木村説明員　指定を受けた団地は全国に三十二団地ございます。\n"
        "○木村説明員　一件当たりの補助は約二千万円でございます。\n"
        "○木村説明員　途中で三回の大きな災害がございまして、計画は遅れました。\n"
    ),
    "duration": (
        "事業の概要\n本事業は令和3年度から5年間実施する。\n"
        "2008年6月に制度が始まり、各町は2~4年間の準備に入った。\n"
        "同会は2011年度に発足し、毎年約3千万円を4年間助成した。\n"
    ),
}


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("attach")
    docs = read_texts(folder, DOCS)
    out = extract_frames(docs).facts
    out["doc"] = out["doc_id"].map({d.doc_id: n for d, n in zip(docs, DOCS, strict=True)})
    return out


def _period(facts: pd.DataFrame, doc: str, value: float) -> tuple[int | None, int | None]:
    rows = facts[(facts["doc"] == doc) & (facts["value"] == value)]
    assert len(rows) == 1, rows
    r = rows.iloc[0]
    return tuple(None if pd.isna(r[k]) else int(r[k]) for k in ("period_start", "period_end"))  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("doc", "value", "period"),
    [
        ("clause", 520000, (2001, 2001)),  # 1990年 dates the hall's opening only
        ("clause", 9e8, (2000, 2000)),  # 平成二年 dates the road's opening only
        ("clause", 600, (2019, 2019)),
        ("clause", 800, (1992, 1992)),  # no other year: the centre's founding dates it
        ("clause", 27, (None, None)),  # the year of a clause on a noun of another predicate
        ("columns", 1200, (2019, 2019)),
        ("columns", 980, (2020, 2020)),
        ("columns", 30, (2021, 2021)),
        ("heading", 12, (2021, 2021)),  # a calendar year the list's heading is of
        ("heading", 3400, (2021, 2021)),
        ("record", 32, (1990, 1990)),  # that many exist: as of the record's date
        ("record", 2e7, (None, None)),  # でございます is no saying that it exists
        ("record", 3, (None, None)),  # times are of events, not of what exists now
        ("duration", 5, (2021, 2025)),  # the years from the year it starts
        ("duration", 2, (None, None)),  # a length that one day's event does not date
        ("duration", 4, (2011, 2011)),  # the year it began stands
    ],
)
def test_the_year_a_number_hangs_on_dates_it(
    facts: pd.DataFrame, doc: str, value: float, period: tuple[int | None, int | None]
) -> None:
    assert _period(facts, doc, value) == period


def test_a_year_of_a_clause_about_another_noun_stays_a_fact(facts: pd.DataFrame) -> None:
    years = facts[(facts["doc"] == "clause") & (facts["fact_type"] == "year")]["value"]
    assert list(years).count(1990.0) == 2  # 1990年に開業した, 平成二年に開通しました
    assert 1991.0 in set(years)  # 平成三年に設けた
