"""PDFs, Markdown and HTML dropped into raw/ without registry entries flow into a release (PDFs
with their pages); a scan, an encrypted or a broken PDF and a file of a kind JRIS cannot read
are quarantined, each named with its reason, and nothing else is lost."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb

from tests.conftest import REPO
from tests.integration.hostile import release
from tests.pdf_fixtures import write_all

FORMATS = REPO / "tests" / "fixtures" / "documents" / "formats"


def test_pdfs_flow_and_unreadable_files_are_named(copy: tuple[Path, Path]) -> None:
    raw, wh = copy
    write_all(raw)
    for f in FORMATS.iterdir():  # Markdown with GFM tables, HTML pages
        shutil.copy(f, raw / f.name)
    (raw / "minutes.docx").write_bytes(b"PK\x03\x04 a zip archive")
    refused = release(raw, wh)
    assert refused.returncode != 0
    assert "Traceback" not in refused.stderr
    for line in [
        "scanned-page.pdf: a scan OCR could not read (page 1 (no words)",
        "locked.pdf: an encrypted PDF that needs a password",
        "cut-short.pdf: not a readable PDF",
        "minutes.docx: a .docx file, a kind of document JRIS cannot read",
    ]:
        assert line in refused.stderr, refused.stderr
    assert not (wh / "releases" / "1.1.0").exists()  # nothing published

    done = release(raw, wh, "--skip-bad")
    assert done.returncode == 0, done.stderr
    out = wh / "releases" / "1.1.0"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    left_out = {q["file"] for q in manifest["quarantined"]}
    assert left_out == {"scanned-page.pdf", "locked.pdf", "cut-short.pdf", "minutes.docx"}
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "- `minutes.docx`: a .docx file" in card and "- `locked.pdf`: an encrypted PDF" in card
    con = duckdb.connect()
    data = out / "data"
    docs = dict(
        con.execute(f"SELECT doc_id, encoding_detected FROM '{data}/documents.parquet'").fetchall()
    )
    assert docs["tohoku-report"] == docs["chiiki-gaiyou"] == "pdf"
    assert docs["hosoya-2008-industrial-cluster-program"] == "utf-8"  # the corpus is all there
    pages = con.execute(
        f"SELECT quote, page FROM '{data}/facts.parquet' WHERE doc_id = 'tohoku-report' "
        "AND quote IN ('10,700', 'nine') ORDER BY page"
    ).fetchall()
    assert pages == [("10,700", 1), ("nine", 2)]
    (tables,) = con.execute(
        f"SELECT count(*) FROM '{data}/extracted_tables.parquet' "
        "WHERE doc_id IN ('tohoku-report', 'chiiki-gaiyou') AND page = 2"
    ).fetchone() or (0,)
    assert tables == 3
    formats = dict(
        con.execute(
            f"SELECT doc_id, list(DISTINCT source_format ORDER BY source_format) "
            f"FROM '{data}/extracted_tables.parquet' WHERE doc_id IN ('cluster_briefing', "
            "'regional_portal', 'partnership_note', 'prefecture_table') GROUP BY doc_id"
        ).fetchall()
    )
    assert formats == {
        "cluster_briefing": ["pipe"],
        "partnership_note": ["pipe"],
        "regional_portal": ["html"],
        "prefecture_table": ["html"],
    }
