"""Events a document's layout dates (issue 35): a heading's `(since YEAR)`, a front-matter row
`Start date of project`, a report dated by a bracket. Documents are our own words."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipelines.curated.events import event_sources
from tests.unit.curated.test_event_sentences import read


def _blocks(*parts: tuple[str, str]) -> tuple[str, pd.DataFrame]:
    text, rows = "", []
    for kind, part in parts:
        rows.append({"doc_id": "d", "table_id": None, "kind": kind, "char_start": len(text),
                     "char_end": len(text) + len(part), "text": part})  # fmt: skip
        text += part + "\n\n"
    return text, pd.DataFrame(rows)


_NO_CELLS = pd.DataFrame(
    columns=["doc_id", "table_id", "row_index", "col_index", "column_header", "text",
             "char_start", "char_end"]
)  # fmt: skip
_NO_FACTS = pd.DataFrame(columns=["fact_type", "doc_id", "char_start", "fact_id"])


def _events(
    text: str, blocks: pd.DataFrame, cells: pd.DataFrame, tmp: Path
) -> set[tuple[int, str, str]]:
    registry = tmp / "registry.yaml"
    registry.write_text("documents: []\n", encoding="utf-8")
    got = event_sources(_NO_FACTS, blocks, cells, {"d": text}, registry)
    return {(int(r.year), r.kind, r.event) for r in got.itertuples()}


def test_a_heading_since_a_year_dates_the_policy_the_heading_under_it_names(tmp_path: Path) -> None:
    text, blocks = _blocks(
        ("heading", "### Care for small harbours through local money and skills (since 2009)"),
        ("heading", "### Harbour renewal policy"),
        ("paragraph", "Towns pick their own harbours to mend."),
        ("heading", "### Quiet years for fishing towns (since 1990)"),
        ("paragraph", "Little changed in these towns."),
    )
    found = _events(text, blocks, _NO_CELLS, tmp_path)
    assert (2009, "launched", "Harbour renewal policy") in found
    assert not any(y == 1990 for y, _, _ in found)  # an era over prose names nothing


def test_a_start_date_row_dates_the_project_its_table_names(tmp_path: Path) -> None:
    pairs = [("Project name", "Mending small harbours together"), ("Project acronym", "HARBO"),
             ("Start date of project", "March, 1st 2012"), ("Duration", "3 years")]  # fmt: skip
    text, rows, at = "", [], 0
    for r, (key, value) in enumerate(pairs):
        for c, cell in enumerate((key, value)):
            at = len(text)
            rows.append({"doc_id": "d", "table_id": "t1", "row_index": r, "col_index": c,
                         "column_header": None, "text": cell, "char_start": at,
                         "char_end": at + len(cell)})  # fmt: skip
            text += cell + ("\t" if c == 0 else "\n")
    blocks = pd.DataFrame(columns=["doc_id", "table_id", "kind", "char_start", "char_end", "text"])
    assert (2012, "launched", "HARBO") in _events(text, blocks, pd.DataFrame(rows), tmp_path)


def test_a_report_dated_by_a_bracket_is_its_doers_report() -> None:
    found = read(
        "The Coast Office of the Ministry described the state of the old harbours in the survey "
        "(2004) after long talks with three towns."
    )
    assert (2004, "approved", "Coast Office of the Ministry survey") in found
