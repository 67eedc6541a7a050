"""`jris sql` as an attacker uses it (finding 1 of "Nothing lost, nothing forged"): it reads the
release's own files and nothing else, writes nothing, and prints what it reads as plain text."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from pipelines.release.folders import checksum_failures
from tests.integration.hostile import assert_one_line_error, release, sql


def test_copy_to_a_release_file_is_refused_and_the_release_is_intact(copy) -> None:
    raw, wh = copy
    target = wh / "releases" / "1.0.0" / "data" / "facts.parquet"
    before = target.read_bytes()
    proc = sql(wh, f"COPY (SELECT 1 AS x) TO '{target}'")
    assert_one_line_error(proc, "only SELECT queries", "COPY")
    assert target.read_bytes() == before
    assert checksum_failures(wh / "releases" / "1.0.0") == []
    again = release(raw, wh)
    assert again.returncode == 0 and "data unchanged since release 1.0.0" in again.stdout


def test_attach_and_delete_are_refused_and_the_next_release_publishes_nothing(copy) -> None:
    raw, wh = copy
    proc = sql(wh, f"ATTACH '{wh}/jris.duckdb' AS w; DELETE FROM w.curated.technopolis_sites")
    assert_one_line_error(proc, "only SELECT queries", "ATTACH")
    again = release(raw, wh)
    assert again.returncode == 0, again.stderr
    assert "data unchanged since release 1.0.0" in again.stdout
    count = sql(wh, "SELECT count(*) AS n FROM technopolis_sites", "--format", "json")
    assert json.loads(count.stdout)[0]["n"] > 0


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * FROM read_text('/etc/shadow')",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM glob('/root/*')",
        "SELECT * FROM read_parquet('{wh}/documents/*/facts.parquet')",
    ],
)
def test_no_file_outside_the_release_can_be_read(copy, query: str) -> None:
    _, wh = copy
    proc = sql(wh, query.format(wh=wh))
    assert_one_line_error(proc, "Permission Error")
    assert "root:" not in proc.stdout and proc.stdout == ""


@pytest.mark.parametrize(
    "query",
    ["INSTALL httpfs", "LOAD httpfs", "SET enable_external_access = true", "PRAGMA version"],
)
def test_extensions_and_settings_are_refused(copy, query: str) -> None:
    _, wh = copy
    assert_one_line_error(sql(wh, query), "only SELECT queries")


def test_release_must_name_a_published_release(copy, tmp_path: Path) -> None:
    _, wh = copy
    outside = tmp_path / "outside" / "data"
    outside.mkdir(parents=True)
    (outside / "x.parquet").write_bytes(b"PAR1")
    proc = sql(wh, "SELECT 1", "--release", "../../outside")
    assert_one_line_error(proc, "'../../outside' is not a published release", "1.0.0")


def test_published_release_files_have_no_write_bits(copy) -> None:
    _, wh = copy
    files = [p for p in (wh / "releases" / "1.0.0").rglob("*") if p.is_file()]
    assert files and all(
        not p.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) for p in files
    )


def test_table_output_prints_markup_and_control_characters_as_text(copy) -> None:
    _, wh = copy
    proc = sql(wh, "SELECT '[/bold] x' AS \"[b]a\", chr(27) || '[31m red' AS c")
    assert proc.returncode == 0, proc.stderr
    assert "[/bold] x" in proc.stdout and "[b]a" in proc.stdout
    assert "\x1b" not in proc.stdout and "\\x1b[31m red" in proc.stdout


def test_json_output_holds_no_infinity(copy) -> None:
    _, wh = copy
    proc = sql(wh, "SELECT 'inf'::DOUBLE AS a, 'nan'::DOUBLE AS b, 2 AS c", "--format", "json")
    assert proc.returncode == 0, proc.stderr

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in JSON output")

    assert json.loads(proc.stdout, parse_constant=refuse) == [{"a": None, "b": None, "c": 2}]
