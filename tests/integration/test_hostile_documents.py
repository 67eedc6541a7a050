"""Issue 37, as the user ran it: `jris release` on a raw folder where one good document sits
beside hostile ones (a sum written 二・五兆円, a PDF saved as `.txt`, a Windows-1252 text, a
legacy text two encodings read equally well), with the bundled corpus a release needs. None
aborts the run: the sum and the Latin text are read right; the PDF named `.txt` and the
ambiguous text are each quarantined with one line naming the file; the good document publishes."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.hostile import release, sql
from tests.pdf_fixtures import one_line_pdf

GOOD = "# Cluster report\n\nThe Iwate cluster had 120 member firms in 2010.\n"
NAKAGURO = "# 予算の概要\n\n令和5年度の国の科学技術関係予算は二・五兆円であった。\n"
LATIN = "# Universidad Politécnica\n\nLa Politécnica tenía 45 socios en 2012, según el informe.\n"


def _pdf_bytes() -> bytes:
    return one_line_pdf("The region had 3,400 firms and 12 universities in 2015.")


def _add_hostile(raw: Path) -> None:
    """Beside the bundled corpus (a release needs its indicators), the hostile documents."""
    (raw / "good.md").write_text(GOOD, encoding="utf-8")
    (raw / "nakaguro.txt").write_text(NAKAGURO, encoding="utf-8")
    (raw / "saved-pdf.txt").write_bytes(_pdf_bytes())
    (raw / "latin.txt").write_bytes(LATIN.encode("cp1252"))
    (raw / "either.txt").write_bytes(b"# Menu\n\nCaf\x82\xa0 menu, 12 items\n")  # あ or ‚ + nbsp


def test_hostile_documents_are_quarantined_by_name_and_the_good_one_publishes(
    copy: tuple[Path, Path],
) -> None:
    raw, wh = copy  # the session's release 1.0.0 of the corpus
    _add_hostile(raw)
    failed = release(raw, wh)  # quarantined documents stop a release unless --skip-bad
    assert failed.returncode != 0
    assert "Traceback" not in failed.stderr and "unexpected" not in failed.stderr, failed.stderr
    published = release(raw, wh, "--skip-bad")
    assert published.returncode == 0, published.stdout + published.stderr
    rows = json.loads(
        sql(wh, "SELECT doc_id, value, quote FROM facts ORDER BY value", "--format", "json").stdout
    )
    by_doc = {(r["doc_id"], r["value"]) for r in rows}
    assert ("good", 120.0) in by_doc
    assert ("nakaguro", 2_500_000_000_000.0) in by_doc  # read, not a crash
    assert ("latin", 45.0) in by_doc  # read as Windows-1252, not as Shift_JIS mojibake
    assert not {d for d, _ in by_doc} & {"saved-pdf", "either"}  # nothing from PDF syntax
    docs = json.loads(
        sql(wh, "SELECT doc_id, title, encoding_detected FROM documents", "--format", "json").stdout
    )
    latin = next(d for d in docs if d["doc_id"] == "latin")
    assert (latin["title"], latin["encoding_detected"]) == (
        "Universidad Politécnica",
        "windows-1252",
    )
    said = published.stdout + published.stderr
    for name, why in (("saved-pdf.txt", ("PDF",)), ("either.txt", ("Shift_JIS", "Windows-1252"))):
        lines = [ln for ln in said.splitlines() if f"{name}:" in ln]
        assert len(lines) == 1, said
        assert all(w in lines[0] for w in why), lines[0]
