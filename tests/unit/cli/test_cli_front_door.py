"""`jris` as a person at a terminal meets it: `jris sql` tables readable at any width, with
tabs as spaces; a wrong table or column name answered with the release's own names; help
summaries whole; `jris diff` showing the part of a value that changed. Each runs the real
command on a small release written here, no pipeline run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.release.diff_text import changed_value

JRIS = Path(sys.executable).parent / "jris"
LONG = " ".join(f"w{i:03d}" for i in range(60))  # 299 characters of distinct words
SUM_A = "a" * 63 + "0"
SUM_B = "a" * 63 + "1"


def _release(warehouse: Path, version: str, tables: dict[str, str]) -> Path:
    """A published release as `jris sql` and `jris diff` read it: Parquet files, a manifest."""
    folder = warehouse / "releases" / version
    (folder / "data").mkdir(parents=True)
    manifest: dict[str, object] = {"inputs": [], "tables": {}, "built_at": "2026-01-01"}
    con = duckdb.connect()
    for name, select in tables.items():
        path = folder / "data" / f"{name}.parquet"
        con.execute(f"COPY ({select}) TO '{path}' (FORMAT parquet)")
        rel = con.execute(f"DESCRIBE SELECT * FROM '{path}'").fetchall()
        (rows,) = con.execute(f"SELECT count(*) FROM '{path}'").fetchone() or (0,)
        manifest["tables"][name] = {  # type: ignore[index]
            "columns": [{"name": r[0], "type": r[1]} for r in rel],
            "rows": rows,
            "sha256": f"{version}-{name}",
        }
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return folder


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wh = tmp_path_factory.mktemp("wh")
    _release(
        wh,
        "1.0.0",
        {
            "facts": f"SELECT 'f1' AS fact_id, 2.5 AS value, 'a\tb' AS note, '{LONG}' AS quote",
            "prefectures": "SELECT '01' AS code, 'Hokkaido' AS name_en",
        },
    )
    return wh


def _jris(*args: str, columns: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns is not None:
        env["COLUMNS"] = str(columns)
    return subprocess.run(
        [str(JRIS), *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def _sql(
    warehouse: Path, query: str, columns: int | None = None
) -> subprocess.CompletedProcess[str]:
    return _jris("sql", "--warehouse-dir", str(warehouse), query, columns=columns)


def test_a_tab_is_spaces_not_an_escape(warehouse: Path) -> None:
    proc = _sql(warehouse, "SELECT note, 'x' || chr(10) || 'y' AS two_lines FROM facts", 80)
    assert proc.returncode == 0, proc.stderr
    assert "\\x09" not in proc.stdout and "\\x0a" not in proc.stdout
    assert "a    b" in proc.stdout
    cells = [line.split("│") for line in proc.stdout.splitlines() if "│" in line]
    assert [c[2].strip() for c in cells] == ["x", "y"]  # a line break is a line break


def test_many_columns_on_a_narrow_terminal_are_printed_whole(warehouse: Path) -> None:
    select = ", ".join(f"'value_of_column_{i}' AS column_{i}" for i in range(12))
    proc = _sql(warehouse, f"SELECT {select}", columns=60)
    assert proc.returncode == 0, proc.stderr
    for i in range(12):
        assert f"column_{i}" in proc.stdout and f"value_of_column_{i}" in proc.stdout
    assert all(len(line) <= 60 for line in proc.stdout.splitlines())
    assert "do not fit side by side" in proc.stderr


def test_a_long_cell_wraps_whole_at_the_terminal_width(warehouse: Path) -> None:
    proc = _sql(warehouse, "SELECT fact_id, quote FROM facts", columns=50)
    assert proc.returncode == 0, proc.stderr
    assert all(len(line) <= 50 for line in proc.stdout.splitlines())
    assert all(f"w{i:03d}" in proc.stdout for i in range(60))


def test_output_to_a_pipe_keeps_each_row_on_one_line(warehouse: Path) -> None:
    proc = _sql(warehouse, "SELECT fact_id, quote FROM facts")
    assert proc.returncode == 0, proc.stderr
    assert any(LONG in line for line in proc.stdout.splitlines())


def test_an_unknown_table_is_answered_with_the_release_tables(warehouse: Path) -> None:
    proc = _sql(warehouse, "SELECT * FROM budgets")
    assert proc.returncode == 1
    assert "facts" in proc.stderr and "prefectures" in proc.stderr
    assert "pg_" not in proc.stderr and "information_schema" not in proc.stderr
    assert "Did you mean" not in proc.stderr


def test_a_table_typo_gets_the_release_table_it_resembles(warehouse: Path) -> None:
    proc = _sql(warehouse, "SELECT * FROM prefecture")
    assert proc.returncode == 1
    assert 'did you mean "prefectures"?' in proc.stderr and "its tables: facts" in proc.stderr


@pytest.mark.parametrize("query", ["SELECT valeu FROM facts", "SELECT f.valeu FROM facts f"])
def test_a_column_typo_gets_the_release_column_it_resembles(warehouse: Path, query: str) -> None:
    proc = _sql(warehouse, query)
    assert proc.returncode == 1
    assert 'did you mean "value" (facts)?' in proc.stderr, proc.stderr
    assert "long_text" not in proc.stderr and "Candidate bindings" not in proc.stderr


def test_every_command_summary_is_one_whole_sentence() -> None:
    proc = _jris("--help", columns=300)
    assert proc.returncode == 0, proc.stderr
    rows = [r for r in proc.stdout.split("Commands")[1].splitlines() if r.startswith("│")]
    summaries = [r.strip("│ ").split(None, 1) for r in rows]
    assert len(summaries) >= 9
    for row in summaries:
        assert len(row) == 2, f"a summary continues on another line: {rows}"
        assert row[1].endswith("."), row


def test_command_help_breaks_no_sentence_where_the_source_wrapped() -> None:
    from typer.testing import CliRunner

    from pipelines.cli.main import app

    for info in app.registered_commands:
        name = info.name or getattr(info.callback, "__name__", "")
        shown = CliRunner().invoke(app, [name, "--help"], env={"COLUMNS": "300"}).output
        description = shown.split("Usage:", 1)[1].split("╭", 1)[0].splitlines()[1:]
        for line in filter(None, map(str.strip, description)):
            assert line.endswith((".", ":")), f"jris {name} --help breaks a sentence: {line!r}"


def test_diff_of_long_values_shows_the_words_that_changed() -> None:
    old = "The prefecture invited many companies to the technopolis, reaching 198 firms by 1995."
    new = old.replace("198 firms", "210 firms")
    shown = changed_value(old, new)
    assert "[-198-]{+210+}" in shown and "reaching" in shown
    assert shown.startswith("…") and len(shown) < len(old)


def test_diff_never_cuts_a_checksum_without_an_ellipsis() -> None:
    shown = changed_value(SUM_A, SUM_B)
    assert SUM_A in shown and SUM_B in shown
    huge = changed_value("x" * 500, "y" * 500)
    assert "…" in huge


def test_jris_diff_shows_the_changed_part_of_a_long_value(tmp_path: Path) -> None:
    head = "The prefecture invited many companies to the technopolis, reaching "
    for version, n in (("1.0.0", 198), ("1.1.0", 210)):
        _release(
            tmp_path,
            version,
            {
                "facts": f"SELECT 'f1' AS fact_id, '{head}{n} firms by 1995.' AS quote, "
                f"'{SUM_A if n == 198 else SUM_B}' AS sha256"
            },
        )
    proc = _jris("diff", "1.0.0", "1.1.0", "--warehouse-dir", str(tmp_path), columns=200)
    assert proc.returncode == 0, proc.stderr
    assert "quote: …" in proc.stdout and "[-198-]{+210+} firms by 1995." in proc.stdout
    assert f"sha256: {SUM_A} → {SUM_B}" not in proc.stdout  # 64 characters: past the width
    assert SUM_A in proc.stdout and SUM_B in proc.stdout
