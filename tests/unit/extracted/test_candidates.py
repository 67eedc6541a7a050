"""Every fact has a confidence, and every number set aside is kept with its reason (issue
"Facts from documents nobody wrote for us", point 2). Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from benchmarks.scoring import read_fixture
from pipelines.extracted.candidates import FACT_THRESHOLD
from pipelines.extracted.frames import extract_frames
from schemas import CONTRACTS

TEXT = (
    "Cluster news\n"
    "Posted 14 May 2021\n"
    "\n"
    "The programme gave ¥2.5 billion to 40 firms in Iwate, see www.example.jp/2021/news.\n"
    "\n"
    "Call the office at 10:30, or read Issue 12 of the review.\n"
    "\n"
    "Output fell ▲1.3% and 7 was noted.\n"
)


def _frames(tmp_path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    path = tmp_path / "cluster-news.txt"
    path.write_text(TEXT, encoding="utf-8")
    frames = extract_frames([read_fixture(path)])
    return frames.facts, frames.candidates


def test_every_fact_has_a_confidence_at_or_above_the_threshold(tmp_path: Path) -> None:
    facts, _ = _frames(tmp_path)
    assert len(facts) >= 3
    assert facts["confidence"].notna().all()
    assert (facts["confidence"] >= FACT_THRESHOLD).all()
    assert (facts["confidence"] <= 1).all()
    assert set(facts["quote"]) >= {"¥2.5 billion", "40", "▲1.3%"}


def test_numbers_set_aside_are_kept_with_their_reason_and_span(tmp_path: Path) -> None:
    _, candidates = _frames(tmp_path)
    by_reason = {r: set(g["quote"]) for r, g in candidates.groupby("reason")}
    assert "14" in by_reason["day_of_date"]
    assert "10:30" in by_reason["clock_time"]
    assert "12" in by_reason["part_number"]
    assert any("2021" in q for q in by_reason["web_address"])
    for row in candidates.itertuples():
        assert TEXT[row.char_start : row.char_end] == row.quote


def test_a_bare_count_with_nothing_to_say_what_it_counts_is_below_the_threshold(
    tmp_path: Path,
) -> None:
    facts, candidates = _frames(tmp_path)
    low = candidates[candidates["reason"] == "below_threshold"]
    assert "7" in set(low["quote"]) and "7" not in set(facts["quote"])
    assert (low["confidence"] < FACT_THRESHOLD).all()


def test_both_tables_meet_their_contracts(tmp_path: Path) -> None:
    facts, candidates = _frames(tmp_path)
    assert CONTRACTS["fact_candidates"].failures(candidates) == []
    assert "confidence" in CONTRACTS["facts"].column_names


def test_a_number_no_rule_named_is_kept_as_not_read_or_as_a_period(tmp_path: Path) -> None:
    path = tmp_path / "plan-notes.txt"
    path.write_text(
        "Plan notes\n\nIn 2015 the office funded 40 firms, as Table 3 shows.\n", encoding="utf-8"
    )
    frames = extract_frames([read_fixture(path)])
    reasons = dict(zip(frames.candidates["quote"], frames.candidates["reason"], strict=True))
    assert reasons["2015"] == "dates_another_fact"
    assert reasons["3"] == "not_read"
    assert "40" in set(frames.facts["quote"])
    assert frames.candidates["candidate_id"].is_unique
