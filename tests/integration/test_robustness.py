"""Bad input, crashes and concurrent runs: clear errors, nothing lost, releases never half-written."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipelines.orchestration.runner import run_assets
from pipelines.plumbing.errors import RegistryError
from pipelines.plumbing.settings import Paths
from pipelines.raw.registry import read_corpus
from pipelines.release.folders import list_releases

REPO = Path(__file__).resolve().parents[2]
BAD = REPO / "tests" / "fixtures" / "bad_inputs"
JRIS = Path(sys.executable).parent / "jris"


@pytest.fixture
def awkward_raw(copy: tuple[Path, Path], tmp_path: Path) -> Path:
    """The corpus plus every bad and awkward input, small ones from tests/, big ones made here;
    beside it (../wh) a copy of the session's release 1.0.0 of the corpus."""
    raw_copy, _ = copy
    for f in BAD.iterdir():
        shutil.copy(f, raw_copy / f.name)
    big = raw_copy / "fifty-megabytes.txt"
    with big.open("w", encoding="utf-8") as fh:
        line = "The cluster grew steadily and its members met every month. " * 20 + "\n"
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(line)
    long_line = (
        "The regional cluster network met and talked about its plans " * 17_000
        + "in 2010 with 45 members."
    )
    (raw_copy / "one-long-line.txt").write_text(long_line, encoding="utf-8")  # one line of ~1 MB
    outside = tmp_path / "outside.txt"
    outside.write_text("# not ours\n", encoding="utf-8")
    (raw_copy / "link-outside.txt").symlink_to(outside)
    (raw_copy / "Notes.txt").write_text("# A\n", encoding="utf-8")
    (raw_copy / "notes.md").write_text("# B\n", encoding="utf-8")
    registry = raw_copy / "registry.yaml"
    registry.write_text(
        registry.read_text(encoding="utf-8") + "  ghost:\n    file: ghost.txt\n", encoding="utf-8"
    )
    return raw_copy


def test_every_awkward_input_flows_or_is_quarantined_with_its_reason(
    awkward_raw: Path, tmp_path: Path
) -> None:
    corpus = read_corpus(awkward_raw, awkward_raw / "registry.yaml")
    reasons = {q.file: q.reason for q in corpus.quarantined}
    assert reasons == {
        "empty.txt": "empty.txt: the file is empty",
        "image-renamed.txt": reasons["image-renamed.txt"],
        "invalid-utf8.txt": reasons["invalid-utf8.txt"],
        "fifty-megabytes.txt": reasons["fifty-megabytes.txt"],
        "link-outside.txt": reasons["link-outside.txt"],
        "notes.md": "notes.md: doc_id 'notes' is claimed by Notes.txt too",
        "ghost.txt": "ghost.txt: listed in registry.yaml as 'ghost' but the file is missing",
    }
    assert "the bytes are a PNG image" in reasons["image-renamed.txt"]
    assert (
        "not valid UTF-8" in reasons["invalid-utf8.txt"] and "offset" in reasons["invalid-utf8.txt"]
    )
    assert "50.0 MB, over the 20 MB limit" in reasons["fifty-megabytes.txt"]
    assert "outside raw/" in reasons["link-outside.txt"]
    encodings = {d.path.name: d.encoding_detected for d in corpus.documents}
    assert (
        encodings["japanese-sjis.txt"] == "shift_jis"
        and encodings["japanese-eucjp.txt"] == "euc-jp"
    )
    assert encodings["utf16-bom.txt"] == "utf-16-le"
    texts = {d.path.name: d.text for d in corpus.documents}
    assert (
        texts["crlf-line-ends.txt"]
        == texts["cr-line-ends.txt"]
        == "# Cluster note\n\nThe Kansai cluster had 45 members in 2012.\n"
    )
    assert (
        "岩手県では1992年にINSが発足した"
        in texts["japanese-sjis.txt"]
        == texts["japanese-eucjp.txt"]
    )
    ids = {d.doc_id for d in corpus.documents}
    assert {
        "regional-report-ōita-2015",
        "one-long-line",
        "ragged-and-one-column-tables",
        "notes",
    } <= ids

    # The whole pipeline: strict by default, --skip-bad publishes the rest and says so.
    paths = Paths(awkward_raw, awkward_raw.parent / "wh")
    env = {**os.environ, "DAGSTER_HOME": os.environ.get("DAGSTER_HOME", "")}
    strict = subprocess.run(
        [
            str(JRIS),
            "release",
            "--raw-dir",
            str(awkward_raw),
            "--warehouse-dir",
            str(paths.warehouse_dir),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert strict.returncode == 1
    assert (
        "7 document(s) quarantined" in strict.stderr
        and "empty.txt: the file is empty" in strict.stderr
    )
    assert os.readlink(paths.releases_dir / "latest") == "1.0.0"  # nothing published
    outcome = run_assets(paths, release_config={"skip_bad": True}).release
    assert outcome.published and outcome.version == "1.1.0"  # documents added: a minor release
    release = outcome.path
    manifest = json.loads((release / "manifest.json").read_text())
    assert sorted(q["file"] for q in manifest["quarantined"]) == sorted(reasons)
    assert "published without them (--skip-bad)" in (release / "CHANGELOG.md").read_text()
    summary = json.loads((release / "quality" / "summary.json").read_text())
    assert sorted(q["file"] for q in summary["quarantined_documents"]) == sorted(reasons)
    assert "Quarantined documents" in (release / "quality" / "index.html").read_text()
    con = duckdb.connect()
    data = release / "data"
    tables = con.execute(
        f"SELECT doc_id, n_rows, n_cols, header FROM '{data}/extracted_tables.parquet' "
        "WHERE doc_id IN ('ragged-and-one-column-tables', 'japanese-sjis')"
    ).fetchall()
    assert sorted(tables) == [
        ("japanese-sjis", 2, 2, ["県名", "政策年"]),
        ("ragged-and-one-column-tables", 2, 3, ["Year", "Projects", "Budget"]),
    ]
    assert con.execute(f"SELECT count(*) FROM '{data}/documents.parquet'").fetchall() == [(14,)]


def test_registry_syntax_error_names_the_file(raw_copy: Path, tmp_path: Path) -> None:
    (raw_copy / "registry.yaml").write_text("documents:\n  x: {file: [\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"registry\.yaml, line \d+: not valid YAML"):
        run_assets(Paths(raw_copy, tmp_path / "wh"))
    assert not (tmp_path / "wh" / "releases").exists()


def test_path_traversal_in_registry_is_refused(raw_copy: Path) -> None:
    registry = raw_copy / "registry.yaml"
    base = registry.read_text(encoding="utf-8")
    registry.write_text(base + "  escape:\n    file: ../../etc/passwd\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="'file' must be a plain file name inside raw/"):
        read_corpus(raw_copy, registry)
    registry.write_text(base + "  ../escape:\n    file: x.txt\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="a doc_id may hold only letters"):
        read_corpus(raw_copy, registry)


@pytest.fixture
def first_release(published: tuple[Path, Path]) -> tuple[Path, Path]:
    """The session's published corpus (tests/integration/conftest.py): each test copies it."""
    return published


def _release_cmd(raw: Path, wh: Path) -> list[str]:
    return [str(JRIS), "release", "--raw-dir", str(raw), "--warehouse-dir", str(wh)]


def _start_paused(raw: Path, wh: Path, point: str, tmp_path: Path) -> subprocess.Popen[bytes]:
    """A `jris release` that stops at fault point `point` and waits there to be killed."""
    marker = tmp_path / "paused"
    env = {**os.environ, "JRIS_PAUSE_AT": point, "JRIS_PAUSE_MARKER": str(marker)}
    proc = subprocess.Popen(
        _release_cmd(raw, wh), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 300
    while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert marker.exists(), f"the release never reached {point}"
    return proc


def _unpaused_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("JRIS_PAUSE")}


def test_kill_9_never_leaves_a_partial_release(
    first_release: tuple[Path, Path], tmp_path: Path
) -> None:
    """A release killed at each fault point in turn, on the same warehouse (each run finds what
    the kills before it left), then one run to the end: nothing half-written is ever seen."""
    base_raw, base_wh = first_release
    raw, wh = tmp_path / "raw", tmp_path / "wh"
    shutil.copytree(base_raw, raw)
    shutil.copytree(base_wh, wh, symlinks=True)
    doc = raw / "fukushima-tohoku-innovation-policy.txt"
    doc.write_text(doc.read_text(encoding="utf-8").replace("\t198\t", "\t199\t"), encoding="utf-8")
    releases = wh / "releases"
    for point in ("parquet", "quality", "rename"):
        (tmp_path / point).mkdir()
        proc = _start_paused(raw, wh, point, tmp_path / point)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        assert list_releases(releases) == ["1.0.0"], point
        assert os.readlink(releases / "latest") == "1.0.0", point
        assert not (releases / "1.0.1").exists(), point
        visible = sorted(p.name for p in releases.iterdir() if not p.name.startswith("."))
        assert visible == ["1.0.0", "latest"], point
        con = duckdb.connect(str(wh / "jris.duckdb"))  # the warehouse opens after the crash
        assert con.execute("SELECT count(*) FROM reference.prefectures").fetchall() == [(47,)]
        con.close()
    rerun = subprocess.run(
        _release_cmd(raw, wh),
        capture_output=True,
        text=True,
        timeout=600,
        env=_unpaused_env(),
    )
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert "published release 1.0.1" in rerun.stdout
    assert not list(releases.glob(".candidate-*"))
    assert os.readlink(releases / "latest") == "1.0.1"


def test_two_releases_at_once_one_waits_or_fails_clearly(
    first_release: tuple[Path, Path], tmp_path: Path
) -> None:
    base_raw, base_wh = first_release
    raw, wh = tmp_path / "raw", tmp_path / "wh"
    shutil.copytree(base_raw, raw)
    shutil.copytree(base_wh, wh, symlinks=True)
    doc = raw / "hosoya-2008-industrial-cluster-program.txt"
    doc.write_text(doc.read_text(encoding="utf-8").replace("10,700", "10,800"), encoding="utf-8")
    first = _start_paused(raw, wh, "quality", tmp_path)
    second = subprocess.run(
        _release_cmd(raw, wh),
        capture_output=True,
        text=True,
        timeout=300,
        env=_unpaused_env(),
    )
    assert second.returncode == 1
    assert f"the warehouse {wh} is busy" in second.stderr and f"pid {first.pid}" in second.stderr
    os.kill(first.pid, signal.SIGKILL)
    first.wait(timeout=60)
    assert list_releases(wh / "releases") == ["1.0.0"]
