"""The dataset card says what the data covers, from the data: rows per table, the documents
they come from and the years they span."""

from __future__ import annotations

from pathlib import Path


def test_the_card_has_a_coverage_section(published: tuple[Path, Path]) -> None:
    _, wh = published
    card = (wh / "releases" / "1.0.0" / "README.md").read_text(encoding="utf-8")
    section = card.split("## Coverage and limitations", 1)[1].split("\n## ", 1)[0]
    lines = {
        line.split(" | ")[0].strip("| `"): line for line in section.splitlines() if "`" in line
    }
    assert "1 document: `fukushima-tohoku-innovation-policy` (6)" in lines["technopolis_sites"]
    assert "years 1984–1987" in lines["technopolis_sites"]
    assert "the year 2008 only" in lines["policy_program_budgets"]
    assert "| 47 | — | — |" in lines["prefectures"]  # reference data: no document, no year
    assert "5 documents" in lines["facts"]
