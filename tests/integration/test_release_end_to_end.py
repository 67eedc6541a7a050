"""The whole path on the real raw/: release folder, checksums, row counts, types, CLI."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pipelines.cli.main import app
from pipelines.orchestration.runner import run_assets
from pipelines.plumbing.settings import Paths
from schemas import CONTRACTS

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_release_folder_has_data_manifest_and_checksums(released) -> None:
    paths, outcome = released
    assert outcome.published and outcome.version == "1.0.0"
    release = paths.releases_dir / "latest"
    assert os.readlink(release) == "1.0.0"
    tables = sorted(CONTRACTS)
    assert sorted(p.name for p in (release / "data").iterdir()) == [f"{t}.parquet" for t in tables]
    sums = dict(
        reversed(line.split("  ")) for line in (release / "SHA256SUMS").read_text().splitlines()
    )
    assert {s for s in sums if s.startswith("data/")} == {f"data/{t}.parquet" for t in tables}
    for rel, digest in sums.items():
        assert sha(release / rel) == digest
    manifest = json.loads((release / "manifest.json").read_text())
    assert manifest["version"] == "1.0.0" and manifest["previous_version"] is None
    rows = {t: manifest["tables"][t]["rows"] for t in manifest["tables"]}
    assert {t: rows[t] for t in ("documents", "document_texts", "prefectures")} == {
        "documents": 5,
        "document_texts": 5,
        "prefectures": 47,
    }
    assert rows["extracted_tables"] == 13
    for name, table in manifest["tables"].items():
        assert table["sha256"] == sums[f"data/{name}.parquet"]
    assert {i["doc_id"]: i["sha256"] for i in manifest["inputs"]} == {
        p.stem: sha(p) for p in (REPO / "raw").glob("*.txt")
    }


def test_parquet_files_are_typed_and_zstd(released) -> None:
    paths, _ = released
    data = paths.releases_dir / "latest" / "data"
    con = duckdb.connect()
    types = dict(
        con.execute(
            f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{data}/documents.parquet')"
        ).fetchall()
    )
    assert (
        types["year"] == "BIGINT"
        and types["authors"] == "VARCHAR[]"
        and types["n_chars"] == "BIGINT"
    )
    codecs = {
        r[0]
        for r in con.execute(
            f"SELECT DISTINCT compression FROM parquet_metadata('{data}/prefectures.parquet')"
        ).fetchall()
    }
    assert codecs == {"ZSTD"}
    assert con.execute(f"SELECT count(*) FROM '{data}/prefectures.parquet'").fetchall() == [(47,)]
    assert con.execute(
        f"SELECT name_en, name_ja, region FROM '{data}/prefectures.parquet' WHERE code = 'JP-03'"
    ).fetchall() == [("Iwate", "岩手県", "Tohoku")]


def test_documents_rows_match_the_files_in_raw(released) -> None:
    paths, _ = released
    rows = (
        duckdb.connect()
        .execute(
            f"SELECT doc_id, sha256, n_bytes, encoding_detected FROM "
            f"'{paths.releases_dir}/latest/data/documents.parquet' ORDER BY doc_id"
        )
        .fetchall()
    )
    expected = sorted(
        (p.stem, sha(p), p.stat().st_size, "utf-8") for p in (REPO / "raw").glob("*.txt")
    )
    assert rows == expected


def test_document_texts_are_the_normalised_files(released) -> None:
    paths, _ = released
    rows = dict(
        duckdb.connect()
        .execute(
            f"SELECT doc_id, text FROM '{paths.releases_dir}/latest/data/document_texts.parquet'"
        )
        .fetchall()
    )
    fuku = (REPO / "raw" / "fukushima-tohoku-innovation-policy.txt").read_text(encoding="utf-8")
    assert rows["fukushima-tohoku-innovation-policy"] == fuku
    assert "Kitakami River Basin (Iwate)\t1987" in rows["fukushima-tohoku-innovation-policy"]


def test_warehouse_has_one_schema_per_layer_with_comments(released) -> None:
    paths, _ = released
    con = duckdb.connect(str(paths.duckdb_path), read_only=True)
    tables = set(
        con.execute(
            "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = 'jris'"
        ).fetchall()
    )
    assert {("raw", "documents"), ("raw", "document_texts"), ("reference", "prefectures")} <= tables
    comment = con.execute(
        "SELECT comment FROM duckdb_columns() WHERE table_name = 'prefectures' AND column_name = 'name_ja'"
    ).fetchall()
    assert comment and "岩手県" in comment[0][0]
    con.close()


def test_unchanged_inputs_publish_nothing_and_same_version_is_refused(released) -> None:
    paths, _ = released
    before = sorted(p.name for p in paths.releases_dir.iterdir())
    manifest_before = (paths.releases_dir / "1.0.0" / "manifest.json").read_bytes()
    result = runner.invoke(
        app,
        ["release", "--raw-dir", str(paths.raw_dir), "--warehouse-dir", str(paths.warehouse_dir)],
    )
    assert result.exit_code == 0, result.output
    assert "unchanged since release 1.0.0" in result.output
    result = runner.invoke(
        app,
        [
            "release",
            "--raw-dir",
            str(paths.raw_dir),
            "--warehouse-dir",
            str(paths.warehouse_dir),
            "--version",
            "1.0.0",
        ],
    )
    assert result.exit_code == 2  # a bad option: refused before any work
    assert "release 1.0.0 already exists" in result.output
    assert sorted(p.name for p in paths.releases_dir.iterdir()) == before
    assert (paths.releases_dir / "1.0.0" / "manifest.json").read_bytes() == manifest_before


def test_jris_sql_queries_the_latest_release(released) -> None:
    paths, _ = released
    result = runner.invoke(
        app,
        [
            "sql",
            "--warehouse-dir",
            str(paths.warehouse_dir),
            "--format",
            "json",
            "SELECT code, name_ja FROM prefectures WHERE region = 'Shikoku' ORDER BY code",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {"code": "JP-36", "name_ja": "徳島県"},
        {"code": "JP-37", "name_ja": "香川県"},
        {"code": "JP-38", "name_ja": "愛媛県"},
        {"code": "JP-39", "name_ja": "高知県"},
    ]
    result = runner.invoke(app, ["sql", "--warehouse-dir", str(paths.warehouse_dir), "SELECT nope"])
    assert result.exit_code == 1 and "query failed" in result.output
    result = runner.invoke(app, ["sql", "--warehouse-dir", str(paths.warehouse_dir), "  "])
    assert result.exit_code == 1 and "the query is empty" in result.output


def test_changed_value_is_a_patch_and_new_document_a_minor_release(
    copy: tuple[Path, Path],
) -> None:
    raw_copy, wh = copy  # the session's release 1.0.0 of the corpus, to change
    paths = Paths(raw_copy, wh)
    assert os.readlink(paths.releases_dir / "latest") == "1.0.0"
    doc = raw_copy / "fukushima-tohoku-innovation-policy.txt"
    doc.write_text(
        doc.read_text(encoding="utf-8").replace(
            "Aomori (Aomori)\t1985\t198", "Aomori (Aomori)\t1985\t199"
        ),
        encoding="utf-8",
    )
    outcome = run_assets(paths).release
    assert (outcome.version, outcome.change) == ("1.0.1", "patch")
    log = (paths.releases_dir / "1.0.1" / "CHANGELOG.md").read_text()
    assert "a **patch** change" in log and "- changed: `fukushima-tohoku-innovation-policy`" in log
    assert "| `technopolis_sites` | changed | 0 | 0 | 1 |" in log
    assert "- `technopolis_sites` changed: `Aomori: " in log  # the key, then old → new
    assert "invited_companies_to_1995: 198 → 199" in log
    (raw_copy / "new-note.md").write_text(
        "# A new note\n\nTAMA had 300 members in 2005.\n", encoding="utf-8"
    )
    outcome = run_assets(paths).release
    assert (outcome.version, outcome.change) == ("1.1.0", "minor")
    log = (paths.releases_dir / "1.1.0" / "CHANGELOG.md").read_text()
    assert "a **minor** change" in log and "- added: `new-note`" in log
    assert os.readlink(paths.releases_dir / "latest") == "1.1.0"
    assert [p.name for p in sorted(paths.releases_dir.iterdir())] == [
        "1.0.0",
        "1.0.1",
        "1.1.0",
        "latest",
    ]
    result = runner.invoke(
        app, ["diff", "1.0.0", "1.0.1", "--warehouse-dir", str(paths.warehouse_dir)]
    )
    assert result.exit_code == 0 and "invited_companies_to_1995: 198 → 199" in result.output


def test_quarantined_document_blocks_release_unless_skip_bad(copy: tuple[Path, Path]) -> None:
    raw_copy, wh = copy  # the session's release 1.0.0 of the corpus, to change
    (raw_copy / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    with (raw_copy / "hosoya-2008-industrial-cluster-program.txt").open("a") as doc:
        doc.write("\nA later count gave 7 firms.\n")  # a change the good documents bring
    args = ["release", "--raw-dir", str(raw_copy), "--warehouse-dir", str(wh)]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert (
        "1 document(s) quarantined" in result.output
        and "broken.txt: binary content" in result.output
    )
    assert sorted(p.name for p in (wh / "releases").iterdir()) == ["1.0.0", "latest"]
    result = runner.invoke(app, [*args, "--skip-bad"])
    assert result.exit_code == 0, result.output
    assert os.readlink(wh / "releases" / "latest") == "1.0.1"
    manifest = json.loads((wh / "releases" / "latest" / "manifest.json").read_text())
    assert [q["file"] for q in manifest["quarantined"]] == ["broken.txt"]
    assert len(manifest["inputs"]) == 5


@pytest.mark.parametrize("env_var", ["JRIS_RAW_DIR", "JRIS_WAREHOUSE_DIR"])
def test_paths_come_from_environment(
    env_var: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipelines.plumbing.settings import resolve_paths

    monkeypatch.setenv(env_var, str(tmp_path))
    paths = resolve_paths()
    assert (
        paths.raw_dir if env_var == "JRIS_RAW_DIR" else paths.warehouse_dir
    ) == tmp_path.resolve()
    assert resolve_paths(raw_dir=tmp_path / "x").raw_dir == (tmp_path / "x").resolve()


def test_pipeline_code_never_reads_the_shared_folder() -> None:
    for path in [*(REPO / "pipelines").rglob("*.py"), *(REPO / "schemas").rglob("*.py")]:
        assert "shared/" not in path.read_text(encoding="utf-8"), path


def test_duckdb_cli_counts_47_prefectures(released) -> None:
    import subprocess
    import sys

    paths, _ = released
    duckdb_cli = Path(sys.executable).parent / "duckdb"
    result = subprocess.run(
        [
            str(duckdb_cli),
            "-csv",
            "-noheader",
            "-c",
            "select count(*) from 'releases/latest/data/prefectures.parquet'",
        ],
        cwd=paths.warehouse_dir,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "47"


def test_every_quote_in_the_release_is_its_slice_of_the_text(released) -> None:
    paths, _ = released
    data = paths.releases_dir / "latest" / "data"
    con = duckdb.connect()
    texts = dict(
        con.execute(f"SELECT doc_id, text FROM '{data}/document_texts.parquet'").fetchall()
    )
    checked = 0
    for table in (
        "document_blocks",
        "extracted_tables",
        "extracted_table_cells",
        "facts",
        "citations",
    ):
        rows = con.execute(
            f"SELECT doc_id, char_start, char_end, quote FROM '{data}/{table}.parquet'"
        ).fetchall()
        assert rows, table
        for doc_id, start, end, quote in rows:
            assert texts[doc_id][start:end] == quote, (table, doc_id, start, end)
        checked += len(rows)
    assert checked > 800


def test_release_tables_and_cells_are_queryable(released) -> None:
    paths, _ = released
    data = paths.releases_dir / "latest" / "data"
    rows = (
        duckdb.connect()
        .execute(
            f"SELECT c.text, c.value_number FROM '{data}/extracted_table_cells.parquet' c "
            f"JOIN '{data}/extracted_tables.parquet' t USING (table_id) "
            "WHERE t.caption LIKE 'Table 1. Relocation%' AND c.col_index = 2 ORDER BY c.row_index"
        )
        .fetchall()
    )
    assert rows == [
        ("198", 198.0),
        ("104", 104.0),
        ("155", 155.0),
        ("133", 133.0),
        (None, None),
        (None, None),
    ]
