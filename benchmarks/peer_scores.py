"""Per real PDF of the peers' test suites: how much of pdfplumber's own `extract_text` (on its
`dedupe_chars`) JRIS's text covers, counted in words and, apart, in characters (pdfplumber
cuts letter-spaced dates into single characters and keeps overprints its tolerance misses,
which only the word count punishes), the tables found, the cells the peers' own tests expect
found among JRIS's (benchmarks/peer_expected.py), facts of prose per page, and pages per
second of JRIS's reading against pdfplumber's `extract_text` on the same pages (processor
time, best of three runs each, side by side in this one process)."""

from __future__ import annotations

import io
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

import pdfplumber

from benchmarks.peer_expected import normal
from benchmarks.scoring import read_fixture
from pipelines.extracted.frames import ExtractedFrames, extract_frames
from pipelines.raw.pdf_text import read_pdf

_WORD = re.compile(r"[0-9a-z]+|[^\W0-9a-z_]")  # a Latin word or one CJK character
_SPACE = re.compile(r"\s+")


def cpu_seconds(work: Callable[[], object], repeats: int = 3) -> float:
    """The least processor time of `repeats` runs of `work`: processor time, not the clock,
    and the best run, so that other work on a shared machine does not weigh on one side."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        work()
        best = min(best, time.process_time() - t0)
    return best


def plumber_text(data: bytes) -> None:
    """pdfplumber's own reading of every page, the peer JRIS's speed is held against."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()


def _share(want: Counter[str], got: Counter[str]) -> float:
    total = sum(want.values())
    return sum((want & got).values()) / total if total else 1.0


def coverage(ours: str, theirs: str) -> float:
    """The share of pdfplumber's words (as a multiset) that JRIS's text holds too."""
    return _share(Counter(_WORD.findall(theirs.lower())), Counter(_WORD.findall(ours.lower())))


def char_coverage(ours: str, theirs: str) -> float:
    """The share of pdfplumber's characters other than spaces (as a multiset) that JRIS's
    text holds too: blind to where either cuts a line into words."""
    return _share(Counter(_SPACE.sub("", theirs.lower())), Counter(_SPACE.sub("", ours.lower())))


def our_cells(frames: ExtractedFrames) -> set[str]:
    """Every cell JRIS read in a document's tables, header cells too, as compared."""
    cells = {normal(t) for t in frames.cells["text"].dropna()}
    for header in frames.tables["header"].dropna():
        cells |= {normal(h) for h in header if h}
    return cells


def peer_rows(
    pdfs: Iterable[tuple[str, bytes]], expected: dict[str, set[str]]
) -> list[dict[str, Any]]:
    """Per real PDF (name, bytes): pages, coverage of pdfplumber's text, tables, expected
    cells found, facts of prose per page, and both readers' processor seconds."""
    rows: list[dict[str, Any]] = []
    for name, data in pdfs:
        try:
            ours = read_pdf(data, name).text
        except Exception as exc:  # a peer's PDF JRIS refuses is reported, not fatal
            rows.append({"file": name, "error": str(exc)[:80]})
            continue
        t_ours = cpu_seconds(partial(read_pdf, data, name))
        t_theirs = cpu_seconds(partial(plumber_text, data))
        with pdfplumber.open(io.BytesIO(data)) as pdf:  # its text with overprints read once
            n_pages = len(pdf.pages)
            theirs = "\n".join(p.dedupe_chars().extract_text() or "" for p in pdf.pages)
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / name).write_bytes(data)
            frames = extract_frames([read_fixture(Path(tmp) / name)])
        prose = frames.facts[frames.facts["source_kind"] != "table_cell"]
        want = expected.get(name, set())
        rows.append(
            {
                "file": name,
                "pages": n_pages,
                "coverage": coverage(ours, theirs),
                "chars": char_coverage(ours, theirs),
                "tables": len(frames.tables),
                "cells": len(want & our_cells(frames)),
                "expected": len(want),
                "facts/page": len(prose) / max(n_pages, 1),
                "t_ours": t_ours,
                "t_theirs": t_theirs,
            }
        )
    return rows


def print_peers(rows: list[dict[str, Any]], title: str) -> None:
    """One line per PDF and a line of totals (coverage: the mean over PDFs)."""
    print(
        f"\n{title:<52} pages coverage  chars tables cells(expected) "
        "facts/page JRIS p/s plumber p/s"
    )
    for r in rows:
        if "error" in r:
            print(f"{r['file']:<52} refused: {r['error']}")
            continue
        cells = f"{r['cells']}/{r['expected']}" if r["expected"] else "-"
        print(
            f"{r['file'][:52]:<52} {r['pages']:>5} {r['coverage']:>8.3f} {r['chars']:>6.3f} "
            f"{r['tables']:>6} {cells:>15} {r['facts/page']:>10.1f} "
            f"{r['pages'] / r['t_ours']:>8.1f} {r['pages'] / r['t_theirs']:>11.1f}"
        )
    ok = [r for r in rows if "error" not in r]
    if not ok:
        return
    pages = sum(r["pages"] for r in ok)
    cells = f"{sum(r['cells'] for r in ok)}/{sum(r['expected'] for r in ok)}"
    t_ours, t_theirs = sum(r["t_ours"] for r in ok), sum(r["t_theirs"] for r in ok)
    print(
        f"{'total':<52} {pages:>5} {sum(r['coverage'] for r in ok) / len(ok):>8.3f} "
        f"{sum(r['chars'] for r in ok) / len(ok):>6.3f} "
        f"{sum(r['tables'] for r in ok):>6} {cells:>15} "
        f"{sum(r['facts/page'] * r['pages'] for r in ok) / pages:>10.1f} "
        f"{pages / t_ours:>8.1f} {pages / t_theirs:>11.1f}  (coverage: mean over PDFs)"
    )
    print(
        f"speed, one process, best of 3 in processor seconds: JRIS {pages / t_ours:.2f} "
        f"pages/s, pdfplumber extract_text {pages / t_theirs:.2f} pages/s, "
        f"ratio {t_theirs / t_ours:.2f}"
    )
