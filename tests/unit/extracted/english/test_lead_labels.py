"""The label a line or cell opens with says what its numbers are about (lead_labels.py), on
texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.scoring import read_fixture
from pipelines.extracted.english.lead_labels import lead_label, with_label
from pipelines.extracted.frames import extract_frames


def _label(text: str, number: str) -> str | None:
    return lead_label(text, text.index(number))


@pytest.mark.parametrize(
    ("text", "number", "label"),
    [
        ("Stage A: 12 farms Stage B: 30 farms", "30", "Stage B"),
        ("Stage A: 12 farms Stage B: 30 farms", "12", "Stage A"),
        ("• North Sea Wind Hub: a network of ports with 45 member firms", "45", "North Sea Wind Hub"),
        ("Members:  • Alpine Dairy Group: about 60 farms across three valleys", "60",
         "Alpine Dairy Group"),
        ("2) Round two: Open 8 calls", "8", "Round two"),
        ("Item\tSolar: 40 sites", "40", "Solar"),
    ],
)  # fmt: skip
def test_a_label_before_a_colon_heads_its_numbers(text: str, number: str, label: str) -> None:
    assert _label(text, number) == label


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Source: survey of 400 firms", "400"),  # a note
        ("In short: 30 firms left the park", "30"),  # a function word
        ("FY 2019: 4.5 billion yen", "4.5"),  # a year dates the number
        ("The results were clear: the park lost 30 firms in a year", "30"),  # a clause
        ("The park hosts 30 firms", "30"),  # no colon
    ],
)
def test_no_label(text: str, number: str) -> None:
    assert _label(text, number) is None


def test_a_measure_that_names_the_label_stays() -> None:
    assert with_label("farms", "Stage B") == "farms (Stage B)"
    assert (
        with_label("member firms of North Sea hub", "North Sea hub")
        == "member firms of North Sea hub"
    )
    assert with_label("farms", None) == "farms"


def test_a_facts_measure_takes_its_lines_label(tmp_path: Path) -> None:
    path = tmp_path / "labels.txt"
    path.write_text(
        "Harbour report\n\n- Offshore wind: the sector employs 1,200 engineers in the port.\n"
        "- Fishing: 35 trawlers are registered in the port.\n",
        encoding="utf-8",
    )
    facts = extract_frames([read_fixture(path)]).facts
    got = {str(r["quote"]): str(r["measure"]) for _, r in facts.iterrows()}
    assert got["1,200"].endswith("(Offshore wind)") and got["1,200"].startswith("engineers")
    assert got["35"] == "trawlers (Fishing)"
    assert with_label("wind turbines installed", "Wind turbine market") == "wind turbines installed"
