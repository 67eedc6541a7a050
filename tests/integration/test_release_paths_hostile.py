"""Issue 37: a local release's folder is reached by version name only. `latest` pointing outside
releases/ is refused, `jris diff` takes version names (never paths) and says `missing` for a
table whose file is absent, and a ' in the warehouse path reaches no SQL text."""

from __future__ import annotations

import os
from pathlib import Path

from tests.integration.remote_servers import make_release
from tests.integration.test_remote_hostile import jris, one_line


def _warehouse(tmp_path: Path) -> Path:
    wh = tmp_path / "wh"
    make_release(wh / "releases", "1.0.0")
    return wh


def test_latest_pointing_outside_releases_is_refused(tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    (wh / "releases").mkdir(parents=True)
    make_release(tmp_path / "elsewhere", "1.0.0")
    os.symlink(tmp_path / "elsewhere" / "1.0.0", wh / "releases" / "latest")
    done = jris("sql", "SELECT * FROM prefectures", "--warehouse-dir", str(wh))
    line = one_line(done)
    assert "latest" in line and "outside" in line


def test_diff_takes_version_names_not_paths(tmp_path: Path) -> None:
    wh = _warehouse(tmp_path)
    make_release(wh, "other")  # wh/other: a folder beside releases/, with a manifest
    done = jris("diff", "../other", "1.0.0", "--warehouse-dir", str(wh))
    line = one_line(done)
    assert "'../other'" in line and "version" in line


def test_diff_reports_a_missing_table_file_as_missing(tmp_path: Path) -> None:
    wh = _warehouse(tmp_path)
    releases = wh / "releases"
    new = releases / "1.0.1"
    new.mkdir()
    (new / "manifest.json").write_bytes((releases / "1.0.0" / "manifest.json").read_bytes())
    (new / "SHA256SUMS").write_text("")
    done = jris("diff", "1.0.0", "1.0.1", "--warehouse-dir", str(wh))
    assert "| `prefectures` | missing |" in done.stdout, done.stdout + done.stderr
    assert "unchanged" not in done.stdout


def test_a_quote_in_the_warehouse_path_reaches_no_sql_and_the_bytes_are_the_same(
    released, tmp_path: Path
) -> None:
    """Release, query and diff a warehouse whose path holds a ': paths are bound parameters
    (or quoted by the one helper), so none breaks a statement or becomes part of one. Built from
    nothing in another warehouse, the release is byte for byte the session's build of the same
    inputs (tests/conftest.py)."""
    from tests.conftest import RAW
    from tests.integration.hostile import release, sql

    wh = tmp_path / "it's'); --wh"
    done = release(RAW, wh)
    assert done.returncode == 0, done.stderr
    session, _ = released
    assert (wh / "releases/1.0.0/SHA256SUMS").read_text() == (
        session.releases_dir / "1.0.0" / "SHA256SUMS"
    ).read_text()
    counted = sql(wh, "SELECT count(*) > 0 FROM facts", "--format", "csv")
    assert counted.returncode == 0 and counted.stdout.splitlines() == [
        "(count_star() > 0)",
        "True",
    ], counted.stdout + counted.stderr
    same = jris("diff", "1.0.0", "1.0.0", "--warehouse-dir", str(wh))
    assert same.returncode == 0 and "| `facts` | unchanged |" in same.stdout, same.stderr
