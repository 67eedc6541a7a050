"""Issue 18 (point 5): a document whose licence allows quoted passages only is not shipped whole,
and `jris verify` checks every quote of it against the user's own copy."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from tests.conftest import RAW

JRIS = str(Path(sys.executable).parent / "jris")
EDGINGTON = "edgington-2008-japanese-innovation-system"


def test_no_full_text_of_a_document_whose_licence_forbids_it(released) -> None:
    paths, _ = released
    data = paths.releases_dir / "latest" / "data"
    con = duckdb.connect()
    (full,) = con.execute(
        f"SELECT full_text FROM '{data}/documents.parquet' WHERE doc_id = ?", [EDGINGTON]
    ).fetchone()
    assert full is False
    (text,) = con.execute(
        f"SELECT text FROM '{data}/document_texts.parquet' WHERE doc_id = ?", [EDGINGTON]
    ).fetchone()
    original = (RAW / f"{EDGINGTON}.txt").read_text(encoding="utf-8")
    assert len(text) == len(original.replace("\r\n", "\n"))
    assert text.count("░") > len(text) / 2
    # no paragraph of the article's prose (one line, longer than a quote) is in any text of any
    # table; its notes are cited one by one (citations), so the notes list is
    paragraphs = [p for p in original.split("\n\n") if len(p) > 600 and "\n" not in p.strip()]
    assert len(paragraphs) >= 5
    for f in sorted(data.glob("*.parquet")):
        columns = [
            r[0]
            for r in con.execute(f"DESCRIBE SELECT * FROM '{f}'").fetchall()
            if r[1] == "VARCHAR"
        ]
        for c in columns:
            values = [v for (v,) in con.execute(f"SELECT \"{c}\" FROM '{f}'").fetchall() if v]
            assert not any(p in v for p in paragraphs for v in values), (f.name, c)
    card = (paths.releases_dir / "latest" / "README.md").read_text(encoding="utf-8")
    assert f"`{EDGINGTON}` may not be redistributed whole" in card
    assert "jris verify edgington-2008-japanese-innovation-system.txt" in card


def test_jris_verify_confirms_every_quote_against_the_file(released, tmp_path: Path) -> None:
    paths, _ = released
    wh = ["--warehouse-dir", str(paths.warehouse_dir)]
    ok = subprocess.run(
        [JRIS, "verify", "--source-dir", str(RAW), *wh], capture_output=True, text=True, timeout=300
    )
    assert ok.returncode == 0, ok.stderr
    assert f"the sha256 of {EDGINGTON}" in ok.stdout and "quotes in" in ok.stdout
    quotes = int(ok.stdout.split("; ")[1].split()[0])
    assert quotes > 300
    changed = tmp_path / f"{EDGINGTON}.txt"
    shutil.copy(RAW / f"{EDGINGTON}.txt", changed)
    changed.write_text(changed.read_text(encoding="utf-8").replace("5,000", "6,000"), "utf-8")
    bad = subprocess.run(
        [JRIS, "verify", str(changed), *wh], capture_output=True, text=True, timeout=300
    )
    assert bad.returncode == 1
    assert (
        str(changed) in bad.stderr and "not the document the release was built from" in bad.stderr
    )


def _runs_from_warehouse(paths):
    """What only the withheld passages hold, read from the warehouse (which keeps full texts)."""
    from pipelines.release.withheld import withheld_runs, withheld_texts

    con = duckdb.connect(str(paths.duckdb_path), read_only=True)
    try:
        return con, withheld_runs(con, withheld_texts(con))
    except BaseException:
        con.close()
        raise


def test_no_column_of_the_release_copies_a_withheld_passage(released, tmp_path: Path) -> None:
    """The release-time check passes on the release, and fails on the warehouse's facts as they
    were shipped before (whole sentences of the withheld article)."""
    import pytest

    from pipelines.plumbing.errors import ReleaseError
    from pipelines.release.leaks import RUN, check_release_files

    paths, _ = released
    data = paths.releases_dir / "latest" / "data"
    con, runs = _runs_from_warehouse(paths)
    try:
        assert len(runs.runs) > 1000  # the article's withheld prose, run by run
        check_release_files(data, runs)  # raises on any copied run
        sentences = con.execute(
            "SELECT sentence FROM extracted.facts WHERE doc_id = ?", [EDGINGTON]
        ).fetchall()
        leaked = sum(runs.leaked(s) for (s,) in sentences)
        assert leaked > 5000  # what the sentences carried unmasked
        unmasked = tmp_path / "data"
        unmasked.mkdir()
        con.execute(
            f"COPY (SELECT sentence, subject FROM extracted.facts) TO '{unmasked}/facts.parquet'"
        )
    finally:
        con.close()
    with pytest.raises(ReleaseError, match=r"copied in facts\.sentence \([\d,]+ characters\)"):
        check_release_files(unmasked, runs)
    shipped = (
        duckdb.connect()
        .execute(
            f"SELECT sentence FROM '{data}/facts.parquet' WHERE doc_id = ? AND length(sentence) >= ?",
            [EDGINGTON, RUN],
        )
        .fetchall()
    )
    masked = [s for (s,) in shipped if "░" in s]
    assert len(masked) > len(shipped) / 2  # most sentences of the article are masked
    assert all(runs.leaked(s) == 0 for s in masked)
