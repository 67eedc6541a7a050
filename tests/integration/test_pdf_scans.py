"""Scanned PDFs flow through `jris release`: an English and a Japanese scan (typeset test PDFs
rendered to images and back, tests/scan_fixtures.py) publish their facts, tables and pages,
each row with its page's OCR confidence; a blank scan is quarantined by name; a page OCR reads
too poorly is left out and named (in the run's log and the release manifest) while the rest
of its document publishes."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from tests.integration.hostile import release
from tests.scan_fixtures import blank_scan, english_scan, good_and_coarse_pdf, japanese_scan


def test_scans_publish_their_facts_with_pages_and_confidence(copy: tuple[Path, Path]) -> None:
    raw, wh = copy
    (raw / "scanned-report.pdf").write_bytes(english_scan())
    (raw / "scanned-gaiyou.pdf").write_bytes(japanese_scan())
    (raw / "blank-scan.pdf").write_bytes(blank_scan())
    (raw / "half-legible.pdf").write_bytes(good_and_coarse_pdf())
    refused = release(raw, wh)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "blank-scan.pdf: a scan OCR could not read (page 1 (no words)" in refused.stderr
    log = max((wh / "logs").glob("jris-release-*.log"), key=lambda p: p.stat().st_mtime)
    said = log.read_text(encoding="utf-8")  # said in the log of the run that read it
    assert "half-legible.pdf: scanned pages left out, OCR read them too poorly: page 2" in said

    done = release(raw, wh, "--skip-bad")
    assert done.returncode == 0, done.stderr
    out = wh / "releases" / "1.1.0"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {q["file"] for q in manifest["quarantined"]} == {"blank-scan.pdf"}
    # the page left out of a document that publishes is listed with its file and reason
    (left_out,) = manifest["pages_left_out"]
    assert (left_out["doc_id"], left_out["file"], left_out["page"]) == (
        "half-legible",
        "half-legible.pdf",
        2,
    )
    assert left_out["reason"].startswith("a scanned page OCR read too poorly (confidence 0.")
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "- `half-legible.pdf`, page 2: a scanned page OCR read too poorly" in card
    data = out / "data"
    con = duckdb.connect()

    def rows(sql: str) -> list[tuple]:  # type: ignore[type-arg]
        return con.execute(sql.replace("{data}", str(data))).fetchall()

    facts = rows(
        "SELECT doc_id, quote, page, ocr_confidence FROM '{data}/facts.parquet' "
        "WHERE doc_id IN ('scanned-report', 'scanned-gaiyou', 'half-legible') "
        "ORDER BY doc_id, char_start"
    )
    found = {(d, q, p) for d, q, p, _ in facts}
    assert {("scanned-report", "10,700", 1), ("scanned-report", "nine", 2)} <= found, facts
    assert ("half-legible", "10,700", 1) in found
    assert not any(d == "half-legible" and p == 2 for d, _, p, _ in facts)
    ja = [q for d, q, _, _ in facts if d == "scanned-gaiyou"]
    assert any("600億円" in q for q in ja) and any("26" in q for q in ja), ja
    assert all(c is not None and 0.85 < c <= 1 for *_, c in facts)

    (cells,) = rows(
        "SELECT count(*) FILTER (ocr_confidence > 0.85) || '/' || count(*) "
        "FROM '{data}/extracted_table_cells.parquet' WHERE doc_id = 'scanned-report'"
    )
    assert cells[0].split("/")[0] == cells[0].split("/")[1] != "0", cells
    (typeset,) = rows(  # rows of pages with a text layer carry no confidence
        "SELECT count(*) FILTER (ocr_confidence IS NOT NULL) FROM '{data}/facts.parquet' "
        "WHERE doc_id NOT IN ('scanned-report', 'scanned-gaiyou', 'half-legible')"
    )
    assert typeset == (0,)
