"""Score PDF reading on the test PDFs of tests/pdf_fixtures.py against tests/labels/facts_pdf.yaml:
precision and recall of value+unit of the facts of prose, the page of each matched fact, the
labelled table cells found, the same document's facts and cells read from a plain-text copy
beside them, and pages per second (ours: text, tables and layout; pdfplumber's own
`extract_text` beside it).

Then the real PDFs of pdfplumber's and camelot's test suites in ../shared/peer_pdfs (read
there, never copied), scored by benchmarks/peer_scores.py against pdfplumber's own reading and
the cells the peers' tests expect; and, in a second section so that the first stays
comparable, further real PDFs read straight from the peers' fetched repositories
(benchmarks/peer_repo_pdfs.py), or one line saying they are absent.
OCR's pages per second on the test scans are reported apart.

Usage: .venv/bin/python -m benchmarks.pdf_accuracy [--peers]   (--peers: the real PDFs only)
"""

from __future__ import annotations

import io
import re
import sys
import tempfile
import time
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from benchmarks.peer_expected import expected_cells
from benchmarks.peer_repo_pdfs import repo_pdfs
from benchmarks.peer_scores import cpu_seconds, peer_rows, plumber_text, print_peers
from benchmarks.scoring import Gold, Passage, prf, read_fixture, score_jris
from pipelines.extracted.frames import ExtractedFrames, extract_frames
from pipelines.raw.pdf_text import read_pdf
from tests import pdf_fixtures

REPO = Path(__file__).resolve().parent.parent
PEERS = REPO.parent / "shared" / "peer_pdfs"
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
    """Pages per processor second of JRIS's reading and of pdfplumber's extract_text, side by
    side on the same generated PDF, in this one process."""
    data = pdf_fixtures.long_pdf(pages)
    ours = pages / cpu_seconds(partial(read_pdf, data, "long.pdf"))
    theirs = pages / cpu_seconds(partial(plumber_text, data))
    return ours, theirs


def ocr_pages_per_second() -> tuple[int, float]:
    """Pages and seconds to read the test scans (tests/scan_fixtures.py) through OCR."""
    from tests.scan_fixtures import english_scan, japanese_scan

    scans = [english_scan(), japanese_scan()]
    t0 = time.perf_counter()
    pages = sum(len(read_pdf(data, "scan.pdf").page_starts) for data in scans)
    return pages, time.perf_counter() - t0


def text_as_pdf(text: str) -> bytes:
    """A text typeset as a PDF the way a word processor prints it: paragraphs wrapped to the
    page with long words broken by a hyphen and ranges after their dash, rows of tabs that
    fit as columns (wider ones as prose), a page number at each foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    size, left, width = 10.0, 60.0, A4[0] - 120.0

    def fits(s: str) -> bool:
        return pdfmetrics.stringWidth(s, "DejaVu", size) <= width

    lines: list[str] = []
    for raw in text.split("\n"):
        cells = raw.split("\t")
        if not raw.strip() or (
            len(cells) > 1 and len(cells) <= 4 and all(fits(c * 4) for c in cells)
        ):
            lines.append(raw)  # a row whose cells fit their columns
            continue
        line = ""
        for word in raw.replace("\t", "; ").split():  # a row too wide is typeset as prose
            if fits(f"{line} {word}".strip()):
                line = f"{line} {word}".strip()
                continue
            dash = re.match(r"(\d[\d,.]*[–-])(\d.*)", word)
            cut = next((k for k in range(len(word) - 3, 3, -1) if fits(f"{line} {word[:k]}-")), 0)
            if dash and fits(f"{line} {dash.group(1)}"):
                lines.append(f"{line} {dash.group(1)}".strip())
                line = dash.group(2)
            elif word.isalpha() and cut:
                lines.append(f"{line} {word[:cut]}-".strip())
                line = word[cut:]
            else:
                lines.append(line)
                line = word
        lines.append(line)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    per_page = 60
    for n, at in enumerate(range(0, len(lines), per_page), 1):
        c.setFont("DejaVu", size)
        for k, line in enumerate(lines[at : at + per_page]):
            for col, cell in enumerate(line.split("\t")):
                c.drawString(left + col * 130, A4[1] - 60 - k * size * 1.3, cell)
        c.drawCentredString(A4[0] / 2, 30, str(n))
        c.showPage()
    c.save()
    return buf.getvalue()


def _year(value: object) -> object:
    return None if value is None or pd.isna(value) else int(value)  # type: ignore[call-overload]


def made_from_text() -> tuple[float, float]:
    """Recall of the labelled facts of the English corpus (tests/labels/facts.yaml, value, unit
    and period anywhere in their document; people as count) from each text as .txt and as a PDF
    made from it."""
    labelled: dict[str, Any] = yaml.safe_load(
        (REPO / "tests" / "labels" / "facts.yaml").read_text(encoding="utf-8")
    )
    gold: dict[str, Counter[tuple[float, str, object, object]]] = {}
    for entry in labelled["passages"]:
        for _, value, unit, p0, p1, *_ in entry["facts"]:
            gold.setdefault(entry["doc"], Counter())[(float(value), str(unit), p0, p1)] += 1
    recall = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("txt", "pdf"):
            found = total = 0
            for doc, want in gold.items():
                text = (REPO / "raw" / f"{doc}.txt").read_text(encoding="utf-8")
                path = Path(tmp) / f"{doc}.{kind}"
                if kind == "txt":
                    path.write_text(text, encoding="utf-8")
                else:
                    path.write_bytes(text_as_pdf(text))
                facts = extract_frames([read_fixture(path)]).facts
                # a count of persons JRIS calls `people` is a `count` in these labels, as the
                # development corpus's rule allows
                got = Counter(
                    (float(r.value), "count" if r.unit == "people" else str(r.unit),
                     _year(r.period_start), _year(r.period_end))
                    for r in facts.itertuples()
                )  # fmt: skip
                found += sum((want & got).values())
                total += sum(want.values())
            recall.append(found / total)
    return recall[0], recall[1]


def main() -> None:
    if "--peers" in sys.argv[1:]:  # the real PDFs only
        peers()
        return
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
        f"pages per processor second on a generated long PDF: JRIS {ours:,.1f} (text, layout "
        f"and tables); pdfplumber extract_text {theirs:,.1f}; ratio {ours / theirs:.2f}"
    )
    as_txt, pdf_made = made_from_text()
    print(
        f"English corpus facts (tests/labels/facts.yaml) recalled anywhere in their document: "
        f"as .txt {as_txt:.3f}, as a PDF made from the same text {pdf_made:.3f}"
    )
    scanned, seconds = ocr_pages_per_second()
    print(f"OCR: {scanned} scanned pages (English and Japanese) at {scanned / seconds:.2f} pages/s")
    peers()


def peers() -> None:
    """The real PDFs of ../shared/peer_pdfs, then those read from the peers' repositories."""
    expected, notes = expected_cells()
    if notes:  # one line: which peer's repository is missing and what is left out for it
        print(f"note: {'; '.join(notes)}: no expected cells nor further PDFs from them")
    shared = sorted(PEERS.glob("*.pdf")) if PEERS.is_dir() else []
    rows = peer_rows(((p.name, p.read_bytes()) for p in shared), expected)
    print_peers(rows, "real PDF (../shared/peer_pdfs)")
    more, missing = repo_pdfs({p.name for p in shared})
    for note in missing:
        print(f"note: {note}")
    if more:
        print_peers(peer_rows(more, expected), "more real PDFs (the peers' repositories)")


if __name__ == "__main__":
    main()
