"""Score PDF reading on the test PDFs of tests/pdf_fixtures.py against tests/labels/facts_pdf.yaml:
precision and recall of value+unit of the facts of prose, the page of each matched fact, the
labelled table cells found, the same document's facts and cells read from a plain-text copy
beside them, and pages per second (ours: text, tables and layout; pdfplumber's own
`extract_text` beside it).

Usage: .venv/bin/python -m benchmarks.pdf_accuracy
"""

from __future__ import annotations

import io
import tempfile
import time
from pathlib import Path
from typing import Any

import pandas as pd
import pdfplumber
import yaml

from benchmarks.scoring import Gold, Passage, prf, read_fixture, score_jris
from pipelines.extracted.frames import ExtractedFrames, extract_frames
from pipelines.raw.pdf_text import read_pdf
from tests import pdf_fixtures

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "tests" / "labels" / "facts_pdf.yaml"


def labels(tuning: bool | None = None) -> list[dict[str, Any]]:
    """The labelled PDFs: all, or those tuned on (True) or kept out of the tuning (False)."""
    docs: list[dict[str, Any]] = yaml.safe_load(LABELS.read_text(encoding="utf-8"))["documents"]
    return [d for d in docs if tuning is None or d["tuning"] == tuning]


def read_both(folder: Path) -> tuple[ExtractedFrames, ExtractedFrames, dict[str, str]]:
    """The labelled PDFs and their plain-text copies, each read as a file dropped into raw/."""
    written = pdf_fixtures.write_all(folder)
    pdfs, txts, texts = [], [], {}
    for entry in labels():
        doc = read_fixture(written[entry["file"]])
        pdfs.append(doc)
        texts[doc.doc_id] = doc.text
        txt = folder / entry["file"].replace(".pdf", ".txt")
        txt.write_text(pdf_fixtures.as_text(entry["file"]), encoding="utf-8")
        txts.append(read_fixture(txt))
    return extract_frames(pdfs), extract_frames(txts), texts


def fact_passages(texts: dict[str, str], tuning: bool | None = None) -> list[Passage]:
    out = []
    for entry in labels(tuning):
        doc_id = entry["file"].removesuffix(".pdf")
        text = texts[doc_id]
        passage, cursor = Passage(doc_id, 0, len(text)), 0
        for quote, value, unit, p0, p1, geo, _page in entry["facts"]:
            at = text.find(quote, cursor)
            if at < 0:
                raise ValueError(f"{entry['file']}: labelled {quote!r} not in its text")
            end = at + len(quote)
            passage.gold.append(
                Gold(doc_id, quote, float(value), unit, (p0, p1), geo, None, at, end)
            )
            cursor = at + 1
        out.append(passage)
    return out


def pages_right(facts: pd.DataFrame) -> tuple[int, int]:
    ok = n = 0
    for entry in labels():
        doc_id = entry["file"].removesuffix(".pdf")
        rows = facts[facts["doc_id"] == doc_id]
        for quote, *_, page in entry["facts"]:
            hit = rows[rows["quote"] == quote]
            if len(hit):
                n += 1
                ok += int(hit.iloc[0]["page"]) == page
    return ok, n


def cells_found(frames: ExtractedFrames, tuning: bool | None = None) -> tuple[int, int]:
    """Labelled body cells (row, column, text) found in the table of the labelled caption."""
    found = total = 0
    for entry in labels(tuning):
        doc_id = entry["file"].removesuffix(".pdf")
        tables = frames.tables[frames.tables["doc_id"] == doc_id]
        for t in entry["tables"]:
            total += len(t["cells"])
            match = tables[tables["caption"] == t["caption"]]
            if len(match) != 1:
                continue
            cells = frames.cells[frames.cells["table_id"] == match.iloc[0]["table_id"]]
            got = {(int(r.row_index), int(r.col_index), str(r.text)) for r in cells.itertuples()}
            found += sum((r, c, str(x)) in got for r, c, x in t["cells"])
    return found, total


def facts_as_values(facts: pd.DataFrame) -> set[tuple[str, float, str, object, object]]:
    return {
        (str(r.doc_id), float(r.value), str(r.unit), r.period_start, r.period_end)
        for r in facts.itertuples()
    }


def pages_per_second(pages: int = 40) -> tuple[float, float]:
    data = pdf_fixtures.long_pdf(pages)
    t0 = time.perf_counter()
    read_pdf(data, "long.pdf")
    ours = pages / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
    theirs = pages / (time.perf_counter() - t0)
    return ours, theirs


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pdf, txt, texts = read_both(Path(tmp))
    prose = pdf.facts[pdf.facts["source_kind"] != "table_cell"]  # cells are scored as cells
    for tuning, group in ((True, "tuned on"), (False, "kept out")):
        s = score_jris(fact_passages(texts, tuning), prose)
        p, r = prf(s.matched, s.predicted, s.gold)
        print(
            f"PDF ({group}: {', '.join(e['file'] for e in labels(tuning))}): value+unit "
            f"precision {p:.3f} recall {r:.3f} ({s.matched} of {s.gold} labelled, "
            f"{s.predicted} extracted); period {s.period_ok}/{s.period_n}"
        )
        for line in s.differences:
            print(line)
        for name, frames in (("PDF", pdf), ("same text as .txt", txt)):
            found, total = cells_found(frames, tuning)
            print(f"  {name}: labelled table cells found {found}/{total}")
    ok, n = pages_right(pdf.facts)
    print(f"pages of the matched facts right: {ok}/{n}")
    same = facts_as_values(pdf.facts) == facts_as_values(txt.facts)
    print(f"facts of the PDFs and of their text copies the same (value, unit, period): {same}")
    ours, theirs = pages_per_second()
    print(
        f"pages per second: JRIS {ours:,.1f} (text, layout and tables); "
        f"pdfplumber extract_text {theirs:,.1f}"
    )


if __name__ == "__main__":
    main()
