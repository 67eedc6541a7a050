"""A news story's day without its month (県は5日、…と発表した) is the day of the date the page
opens with, so the numbers its sentence tells take that date's year; where no date of the
opening has that day, or the day is a length (5日間), none is guessed. Texts written for these
tests."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

OPENING = "https://example.jp/news/entry-88.html\n県、新産業の重点地域を指定\n\n"
TEXTS = {
    "same_day": OPENING
    + "20190305重点地域\n\n 県は5日、県内の3地域を新産業の重点地域に指定したと発表した。\n",
    "dotted": OPENING
    + "2019.03.05\n\n 県は5日、県内の3地域を新産業の重点地域に指定したと発表した。\n",
    "other_day": OPENING
    + "20190305重点地域\n\n 県は8日、県内の3地域を新産業の重点地域に指定したと発表した。\n",
    "length": OPENING
    + "20190305重点地域\n\n 県は5日間の審査で、県内の3地域を新産業の重点地域に指定した。\n",
}


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return extract_frames(read_texts(tmp_path_factory.mktemp("story_days"), TEXTS)).facts


def _period(facts: pd.DataFrame, name: str) -> int | None:
    rows = facts[facts["doc_id"].str.endswith(name) & (facts["value"] == 3.0)]
    start = rows.iloc[0]["period_start"]
    return None if pd.isna(start) else int(start)


@pytest.mark.parametrize("name", ["same_day", "dotted"])
def test_the_day_of_the_pages_date_dates_the_story(facts: pd.DataFrame, name: str) -> None:
    assert _period(facts, name) == 2019


@pytest.mark.parametrize("name", ["other_day", "length"])
def test_a_day_the_pages_date_does_not_have_gives_no_year(facts: pd.DataFrame, name: str) -> None:
    assert _period(facts, name) is None
