"""Fact and table accuracy per format on documents of our own: Markdown and HTML
(tests/labels/facts_formats.yaml), PDF (tests/labels/facts_pdf.yaml, through pdf_accuracy.py)
and Japanese text (tests/labels/facts_ja.yaml). Each document is read as a file dropped into
raw/ without a registry entry; facts of prose are matched by value and unit, tables by header
and cell texts. Documents looked at while tuning and those kept out are reported apart.

Usage: .venv/bin/python -m benchmarks.format_accuracy
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from benchmarks import japanese_accuracy, pdf_accuracy
from benchmarks.scoring import Gold, JrisScore, Passage, prf, read_fixture, score_jris
from pipelines.extracted.frames import ExtractedFrames, extract_frames
from pipelines.extracted.structure.text_clean import clean_text

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "tests" / "labels" / "facts_formats.yaml"
DOCS = REPO / "tests" / "fixtures" / "documents" / "formats"


@dataclass
class FormatScore:
    name: str
    facts: JrisScore
    cells_found: int
    cells_labelled: int
    tables_found: int
    tables_labelled: int

    def line(self) -> str:
        p, r = prf(self.facts.matched, self.facts.predicted, self.facts.gold)
        return (
            f"{self.name:<34} facts P {p:.3f} R {r:.3f} ({self.facts.matched}/{self.facts.gold}, "
            f"{self.facts.predicted} extracted); tables {self.tables_found}/{self.tables_labelled}, "
            f"cells exact {self.cells_found}/{self.cells_labelled}"
        )


def _entries() -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = yaml.safe_load(LABELS.read_text(encoding="utf-8"))["documents"]
    return docs


def _passage(doc_id: str, text: str, facts: list[list[Any]]) -> Passage:
    passage, cursor = Passage(doc_id, 0, len(text)), 0
    for quote, value, unit, p0, p1, geo in facts:
        at = text.find(quote, cursor)
        if at < 0:
            raise ValueError(f"{doc_id}: labelled {quote!r} not found after {cursor}")
        end = at + len(quote)
        passage.gold.append(Gold(doc_id, quote, float(value), unit, (p0, p1), geo, None, at, end))
        cursor = at + 1
    return passage


def _tables_found(
    frames: ExtractedFrames, doc_id: str, labelled: list[dict[str, Any]]
) -> tuple[int, int]:
    """(tables found, body cells exact) of the labelled tables, each found by its header."""
    tables = frames.tables[frames.tables["doc_id"] == doc_id]
    found = cells = 0
    for t in labelled:
        match = [
            r for r in tables.itertuples() if r.header is not None and list(r.header) == t["header"]
        ]
        if len(match) != 1:
            continue
        found += 1
        got = frames.cells[frames.cells["table_id"] == match[0].table_id]
        texts = {
            (int(c.row_index), int(c.col_index)): clean_text(str(c.text or ""))
            for c in got.itertuples()
        }
        for r, row in enumerate(t["rows"]):
            cells += sum(texts.get((r, c)) == str(v) for c, v in enumerate(row))
    return found, cells


def markdown_and_html(tuning: bool | None = None) -> list[FormatScore]:
    out = []
    entries = [e for e in _entries() if tuning is None or e["tuning"] == tuning]
    for fmt in ("markdown", "html"):
        group = [e for e in entries if e["format"] == fmt]
        if not group:
            continue
        docs = [read_fixture(DOCS / e["file"]) for e in group]
        frames = extract_frames(docs)
        prose = frames.facts[frames.facts["source_kind"] != "table_cell"]
        passages = [
            _passage(d.doc_id, d.text, e["facts"]) for d, e in zip(docs, group, strict=True)
        ]
        found = cells = n_tables = n_cells = 0
        for d, e in zip(docs, group, strict=True):
            f, c = _tables_found(frames, d.doc_id, e["tables"])
            found, cells = found + f, cells + c
            n_tables += len(e["tables"])
            n_cells += sum(len(row) for t in e["tables"] for row in t["rows"])
        name = f"{fmt} ({'tuned on' if tuning else 'kept out'})" if tuning is not None else fmt
        out.append(FormatScore(name, score_jris(passages, prose), cells, n_cells, found, n_tables))
    return out


def pdf(tuning: bool) -> FormatScore:
    with tempfile.TemporaryDirectory() as tmp:
        frames, _, texts = pdf_accuracy.read_both(Path(tmp))
    prose = frames.facts[frames.facts["source_kind"] != "table_cell"]
    s = score_jris(pdf_accuracy.fact_passages(texts, tuning), prose)
    cells, n_cells = pdf_accuracy.cells_found(frames, tuning)
    n_tables = sum(len(e["tables"]) for e in pdf_accuracy.labels(tuning))
    name = f"pdf ({'tuned on' if tuning else 'kept out'})"
    return FormatScore(name, s, cells, n_cells, n_tables, n_tables)


def japanese(tuning: bool) -> FormatScore:
    labelled, docs = japanese_accuracy.load_labels()
    frames = extract_frames(list(docs.values()))
    group = [d for d in labelled if d.tuning == tuning]
    s = japanese_accuracy.score(group, frames.facts)
    return FormatScore(f"Japanese text ({'tuned on' if tuning else 'kept out'})", s, 0, 0, 0, 0)


def summary() -> list[str]:
    scores = [
        *markdown_and_html(True),
        *markdown_and_html(False),
        pdf(True),
        pdf(False),
        japanese(True),
        japanese(False),
    ]
    return [s.line() for s in scores]


def main() -> None:
    for line in summary():
        print(line)
    for s in [*markdown_and_html(True), *markdown_and_html(False)]:
        for d in s.facts.differences:
            print(f"  {s.name}: {d.strip()}")


if __name__ == "__main__":
    main()
