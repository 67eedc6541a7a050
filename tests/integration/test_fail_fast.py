"""Bad options and bad raw folders are refused before any work, in one line (issue 19, point 2):
exit code 2, at most three lines on stderr naming the problem, no traceback, nothing built;
`--json` keeps the error JSON and `--quiet` prints only that line."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import RAW
from tests.integration.hostile import jris


def refused(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert 1 <= len(lines) <= 3, proc.stderr
    for needle in needles:
        assert needle in proc.stderr, (needle, proc.stderr)


def nothing_built(wh: Path) -> None:
    assert not (wh / "jris.duckdb").exists() and not (wh / "dagster").exists()


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (["release", "--workers", "-3"], ["--workers -3", "one per core"]),
        (["refresh", "--workers", "-1"], ["--workers -1"]),
        (["release", "--version", "2.0"], ["--version", "'2.0' is not a semantic version"]),
        (["sql", "--format", "xml", "SELECT 1"], ["--format 'xml'", "table, csv or json"]),
        (["release", "--raw-dir", "{tmp}/nowhere"], ["--raw-dir", "nowhere", "does not exist"]),
        (["release", "--raw-dir", "{tmp}/a-file"], ["--raw-dir", "a-file", "not a folder"]),
        (["releases"], ["no warehouse at", "jris release"]),
        (["diff", "1.0.0", "1.0.1"], ["no warehouse at", "jris release"]),
    ],
)
def test_a_bad_option_is_refused_in_one_line_before_any_work(
    tmp_path: Path, args: list[str], needles: list[str]
) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    wh = tmp_path / "wh"
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    proc = jris(*argv, "--warehouse-dir", wh)
    refused(proc, *needles)
    nothing_built(wh)


def test_quiet_prints_only_the_line(tmp_path: Path) -> None:
    loud = jris("release", "--workers", "-3", "--warehouse-dir", tmp_path / "wh")
    quiet = jris("release", "--workers", "-3", "--quiet", "--warehouse-dir", tmp_path / "wh")
    refused(quiet, "--workers -3")
    assert quiet.stdout == "" and quiet.stderr == loud.stderr


def test_json_errors_stay_json(tmp_path: Path) -> None:
    proc = jris("release", "--workers", "-3", "--json", "--warehouse-dir", tmp_path / "wh")
    assert proc.returncode == 2
    out = json.loads(proc.stdout)
    assert out["ok"] is False and "--workers -3" in out["error"]


def test_a_raw_folder_of_documents_only_stops_in_one_line(tmp_path: Path) -> None:
    """The five texts, no registry, no curation/, no reference/: the prefectures cannot be
    built, so the run stops before any work and says what is missing."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for doc in RAW.glob("*.txt"):
        shutil.copy(doc, raw)
    proc = jris("release", "--raw-dir", raw, "--warehouse-dir", tmp_path / "wh")
    refused(proc, "reference/japan_regions.yaml is missing", "prefectures")
    nothing_built(tmp_path / "wh")


def test_help_texts_say_their_defaults(tmp_path: Path) -> None:
    text = " ".join(jris("release", "--help", env={"COLUMNS": "200"}).stdout.split())
    assert "Corpus folder (env JRIS_RAW_DIR; default: raw/ of the project folder" in text
    assert "default: 0" not in text and "one per core" in text


def test_diff_of_a_release_with_itself_says_no_change(released) -> None:
    paths, _ = released
    proc = jris("diff", "1.0.0", "1.0.0", "--warehouse-dir", paths.warehouse_dir)
    assert proc.returncode == 0, proc.stderr
    assert "a no change" not in proc.stdout and "no change" in proc.stdout
