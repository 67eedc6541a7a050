"""A year said after a number inside a `, with ...` clause (a sum spent on a plant, with work
due to finish by 2026) dates that clause's own event, not the number before it; a year in the
number's own clause still dates it. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from benchmarks.scoring import read_fixture
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.parse_route import ROUTES

TEXT = (
    "Harbor News\n\n"
    "Northwind is spending USD 80 million on a new depot near the port, with work due to "
    "finish by the end of 2026.\n\n"
    "The town plans to raise visitors to 900,000 by 2030.\n"
)


@pytest.mark.parametrize("route", ["grammar", "parse"])
def test_a_year_in_a_with_clause_after_the_number_does_not_date_it(
    tmp_path: Path, route: str
) -> None:
    path = tmp_path / "news.txt"
    path.write_text(TEXT, encoding="utf-8")
    before = ROUTES["en"]
    ROUTES["en"] = route
    try:
        facts = extract_frames([read_fixture(path)]).facts.set_index("quote")
    finally:
        ROUTES["en"] = before
    assert pd.isna(facts.loc["USD 80 million", "period_start"])
    assert facts.loc["900,000", "period_start"] == 2030
