"""Years read from the date a document states: an era-less year (五十八年) in a record that names
no era is a year of the era the record was spoken in, and a number said of the present (現在)
is as of the record's date. Texts written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.scoring import read_fixture
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.japanese.ja_periods import era_of_date

_RECORD = "https%3A%2F%2Fkokkai.ndl.go.jp%2Ftxt%2F110104321X0031987"
DOCS = {
    # a Diet record of May 1987 that never names its era
    "spoken": (
        f"https://viewer.example.test/?u={_RECORD}0512\n○\n"
        "説明員(山田一郎君) お答えいたします。五十五年の四月に制度ができまして、"
        "現在までに三十一の団地が整備されております。\n"
        "五十七年から五十九年までの三年間で、進出企業は二百十社でございました。\n"
    ),
    # the same words with no date stated anywhere
    "undated": (
        "https://viewer.example.test/page\n○\n"
        "説明員(山田一郎君) 五十五年の四月に制度ができまして、現在までに三十一の団地が"
        "整備されております。\n"
    ),
    # an era-less year after two eras were named: the one that had that year
    "two_eras": (
        "https://viewer.example.test/report\n事業の経過\n"
        "昭和六十二年度には九件、平成元年度には十四件を採択した。\n"
        "六十二年度の事業費は約三億円であった。\n"
    ),
    # 元年度 with its era named before it
    "first_year": "https://viewer.example.test/plan\n町の計画\n令和三年度は六件、元年度は四件を選んだ。\n",
}


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    folder = tmp_path_factory.mktemp("era")
    docs = []
    for name, text in DOCS.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        docs.append(read_fixture(path))
    found = extract_frames(docs).facts
    return {d.doc_id: found[found["doc_id"] == d.doc_id] for d in docs}


def _row(frame: pd.DataFrame, value: float, unit: str) -> pd.Series:
    rows = frame[(frame["value"] == value) & (frame["unit"] == unit)]
    assert len(rows) == 1, frame[["value", "unit", "quote"]]
    return rows.iloc[0]


def _period(row: pd.Series) -> tuple[int | None, int | None]:
    return tuple(  # type: ignore[return-value]
        None if pd.isna(row[k]) else int(row[k]) for k in ("period_start", "period_end")
    )


def test_an_era_less_year_is_of_the_era_the_record_was_spoken_in(
    facts: dict[str, pd.DataFrame],
) -> None:
    spoken = facts["spoken"]
    assert _period(_row(spoken, 1980.0, "year")) == (1980, 1980)
    # the span dates the length and the count after it
    assert _period(_row(spoken, 3.0, "years")) == (1982, 1984)
    assert _period(_row(spoken, 210.0, "count")) == (1982, 1984)


def test_a_count_said_of_the_present_is_as_of_the_record_date(
    facts: dict[str, pd.DataFrame],
) -> None:
    assert _period(_row(facts["spoken"], 31.0, "count")) == (1987, 1987)
    # no date stated: no era to read 五十五年 in, no present to date the count
    undated = facts["undated"]
    assert not (undated["unit"] == "year").any()
    assert _period(_row(undated, 31.0, "count")) == (None, None)


def test_the_era_of_a_date() -> None:
    assert era_of_date(1988, 58) == "昭和"
    assert era_of_date(1990, 58) == "昭和"  # early in 平成, 五十八年 is still 昭和58
    assert era_of_date(1990, 5) == "平成"  # a plan of 平成5
    assert era_of_date(2010, 20) == "平成"
    assert era_of_date(None, 20) is None


def test_an_era_less_year_is_of_the_named_era_that_had_it(
    facts: dict[str, pd.DataFrame],
) -> None:
    assert _period(_row(facts["two_eras"], 3e8, "JPY")) == (1987, 1987)


def test_the_first_year_of_the_era_named(facts: dict[str, pd.DataFrame]) -> None:
    assert _period(_row(facts["first_year"], 4.0, "count")) == (2019, 2019)
