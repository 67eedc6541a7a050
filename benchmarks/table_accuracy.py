"""Score table extraction against the hand-labelled set in tests/labels/tables.yaml.

Prints, for the corpus and for the test documents: tables found / expected (a labelled
table is found when a table of the same document has its caption, or its header when
it has no caption, with the right shape and header), extra tables, and cells exact /
expected.

Usage: .venv/bin/python -m benchmarks.table_accuracy
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from benchmarks.format_accuracy import summary as format_summary
from pipelines.extracted.frames import ExtractedFrames, extract_frames
from pipelines.raw.decoding import decode
from pipelines.raw.registry import SourceDocument, doc_id_from_filename

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "tests" / "labels" / "tables.yaml"


def load_labels() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    return data


def read_document(rel_path: str) -> SourceDocument:
    path = REPO / rel_path
    data = path.read_bytes()
    decoded = decode(data, path.name)
    return SourceDocument(
        doc_id_from_filename(path.name),
        path,
        {},
        "inferred",
        "",
        len(data),
        decoded.text,
        decoded.encoding,
    )


def extract(rel_path: str) -> ExtractedFrames:
    return extract_frames([read_document(rel_path)])


def find_table(frames: ExtractedFrames, label: dict[str, Any]) -> pd.Series | None:
    for _, table in frames.tables.iterrows():
        header = None if table["header"] is None else list(table["header"])
        if "caption" in label and table["caption"] == label["caption"]:
            return table
        if "caption" not in label and header == label.get("header"):
            return table
    return None


def cell_matches(cells: pd.DataFrame, expected: list[Any]) -> tuple[bool, str]:
    row, col, text = expected[0], expected[1], expected[2]
    hit = cells[(cells["row_index"] == row) & (cells["col_index"] == col)]
    if len(hit) != 1:
        return False, f"cell ({row}, {col}) missing"
    cell = hit.iloc[0]
    got_text = None if pd.isna(cell["text"]) else cell["text"]
    if got_text != text:
        return False, f"cell ({row}, {col}): text {got_text!r} != {text!r}"
    if len(expected) > 3:
        value, unit = expected[3], expected[4]
        got_value = None if pd.isna(cell["value_number"]) else float(cell["value_number"])
        got_unit = None if pd.isna(cell["unit"]) else cell["unit"]
        if value is not None and (got_value is None or not math.isclose(got_value, value)):
            return False, f"cell ({row}, {col}): value {got_value!r} != {value!r}"
        if got_unit != unit:
            return False, f"cell ({row}, {col}): unit {got_unit!r} != {unit!r}"
    return True, ""


@dataclass
class Score:
    tables_expected: int = 0
    tables_found: int = 0
    extra_tables: int = 0
    cells_expected: int = 0
    cells_exact: int = 0
    problems: list[str] = field(default_factory=list)


def check_table(frames: ExtractedFrames, label: dict[str, Any]) -> tuple[bool, int, list[str]]:
    """(table found with right shape/header/caption, exact cells, problems)."""
    problems: list[str] = []
    table = find_table(frames, label)
    if table is None:
        return False, 0, [f"{label['name']}: not found"]
    header = None if table["header"] is None else list(table["header"])
    if [table["n_rows"], table["n_cols"]] != label["shape"]:
        problems.append(
            f"{label['name']}: shape {[table['n_rows'], table['n_cols']]} != {label['shape']}"
        )
    if "header" in label and header != label["header"]:
        problems.append(f"{label['name']}: header {header} != {label['header']}")
    if table["source_format"] != label["source_format"]:
        problems.append(
            f"{label['name']}: format {table['source_format']} != {label['source_format']}"
        )
    if "source_note" in label and table["source_note"] != label["source_note"]:
        problems.append(f"{label['name']}: source note {table['source_note']!r}")
    cells = frames.cells[frames.cells["table_id"] == table["table_id"]]
    exact = 0
    for expected in label["cells"]:
        ok, why = cell_matches(cells, expected)
        exact += ok
        if not ok:
            problems.append(f"{label['name']}: {why}")
    return not problems or all("cell (" in p for p in problems), exact, problems


def score() -> dict[str, Score]:
    labels = load_labels()
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for label in labels["tables"]:
        by_doc[label["doc"]].append(label)
    scores = {"corpus": Score(), "test documents": Score()}
    for doc, meta in labels["documents"].items():
        s = scores["corpus" if doc.startswith("raw/") else "test documents"]
        frames = extract(doc)
        s.extra_tables += max(0, len(frames.tables) - meta["tables_in_doc"])
        for label in by_doc[doc]:
            found, exact, problems = check_table(frames, label)
            s.tables_expected += 1
            s.tables_found += found
            s.cells_expected += len(label["cells"])
            s.cells_exact += exact
            s.problems += problems
    return scores


def main() -> None:
    for name, s in score().items():
        print(
            f"{name}: tables found {s.tables_found}/{s.tables_expected}, extra tables "
            f"{s.extra_tables}, cells exact {s.cells_exact}/{s.cells_expected}"
        )
        for p in s.problems:
            print(f"  - {p}")

    print("per format, on documents of our own (benchmarks/format_accuracy.py):")
    for line in format_summary():
        print(f"  {line}")


if __name__ == "__main__":
    main()
