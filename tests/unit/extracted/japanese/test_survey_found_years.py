"""A page that opens with a fiscal year in a sentence telling what a survey found (2019年度に…
件に上ったことが、…の調査で分かった) reports that year: its numbers the text gives no year are
that year's. Texts written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.document_context import reported_mark
from pipelines.extracted.frames import extract_frames

FOUND = (
    "https://example.jp/a/77\n"
    "2019年度に県内の企業が大学と結んだ共同研究が412件に上ったことが、県の調査で分かった。\n"
    "共同研究の受入額は36億円だった。\n"
)
PLANNED = (
    "https://example.jp/a/78\n"
    "2019年度に県は共同研究を412件に増やす計画を立てた。\n"
    "共同研究の受入額は36億円だった。\n"
)


def test_a_fiscal_year_a_survey_found_is_the_reported_year() -> None:
    mark = reported_mark(FOUND)
    assert mark is not None and mark[2] == 2019


def test_a_fiscal_year_of_a_plan_is_not() -> None:
    assert reported_mark(PLANNED) is None


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    texts = {"found": FOUND, "planned": PLANNED}
    return extract_frames(read_texts(tmp_path_factory.mktemp("survey_found"), texts)).facts


def _period(facts: pd.DataFrame, name: str) -> int | None:
    rows = facts[facts["doc_id"].str.endswith(name) & (facts["value"] == 36e8)]
    start = rows.iloc[0]["period_start"]
    return None if pd.isna(start) else int(start)


def test_the_surveys_other_numbers_take_its_year(facts: pd.DataFrame) -> None:
    assert _period(facts, "found") == 2019
    assert _period(facts, "planned") is None
