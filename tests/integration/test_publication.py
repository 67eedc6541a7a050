"""Issue 18 (points 1-2): `jris publish` makes a publication folder; a real web server (nginx,
started by the test) serves it; `jris download` fetches and verifies a release, refusing a
tampered one by name; `jris sql --release URL` queries it in place with byte-range requests and
gets the same rows as the local release."""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from pipelines.release.folders import checksum_failures, sha256_file
from tests.web_server import nginx

JRIS = [str(Path(sys.executable).parent / "jris")]


def jris(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*JRIS, *args], capture_output=True, text=True, timeout=600, cwd=cwd
    )  # fmt: skip


@pytest.fixture(scope="module")
def site(released, tmp_path_factory: pytest.TempPathFactory) -> Path:
    paths, _ = released
    dest = tmp_path_factory.mktemp("site")
    done = jris("publish", "--warehouse-dir", str(paths.warehouse_dir), "--to", str(dest))
    assert done.returncode == 0, done.stderr
    assert "published 1.0.0" in done.stdout
    return dest


def test_publish_writes_versions_archives_and_latest(released, site: Path) -> None:
    paths, _ = released
    index = json.loads((site / "versions.json").read_text())
    assert index["latest"] == "1.0.0" and os.readlink(site / "latest") == "1.0.0"
    (entry,) = index["versions"]
    assert entry["sha256"] == sha256_file(site / entry["archive"])
    assert checksum_failures(site / "1.0.0") == []
    # again: nothing new, nothing rewritten
    before = sha256_file(site / entry["archive"])
    again = jris("publish", "--warehouse-dir", str(paths.warehouse_dir), "--to", str(site))
    assert again.returncode == 0 and "nothing new" in again.stdout
    assert sha256_file(site / entry["archive"]) == before


def test_a_published_version_is_never_overwritten(released, tmp_path: Path) -> None:
    paths, _ = released
    dest = tmp_path / "site"
    (dest / "1.0.0").mkdir(parents=True)
    (dest / "1.0.0" / "SHA256SUMS").write_text("0" * 64 + "  README.md\n")
    done = jris("publish", "--warehouse-dir", str(paths.warehouse_dir), "--to", str(dest))
    assert done.returncode == 1
    assert "holds a different release 1.0.0" in done.stderr and "never overwritten" in done.stderr
    assert (dest / "1.0.0" / "SHA256SUMS").read_text().startswith("0" * 64)


def test_download_and_query_over_http(released, site: Path, tmp_path: Path) -> None:
    paths, _ = released
    with nginx(site, tmp_path / "nginx") as server:
        got = jris("download", server.url, "--to", str(tmp_path / "dl"))
        assert got.returncode == 0, got.stderr
        fetched = tmp_path / "dl" / "1.0.0"
        assert checksum_failures(fetched) == []
        assert (fetched / "data" / "facts.parquet").read_bytes() == (
            paths.releases_dir / "1.0.0" / "data" / "facts.parquet"
        ).read_bytes()
        query = (
            "SELECT f.doc_id, f.value, f.measure FROM facts f JOIN entities e USING (entity_id) "
            "WHERE e.entity_id = 'industrial-cluster-program' ORDER BY f.doc_id, f.char_start"
        )
        served_before = len(server.requests())
        remote = jris("sql", "--release", server.url, "--format", "json", query)
        assert remote.returncode == 0, remote.stderr
        local = jris("sql", "--warehouse-dir", str(paths.warehouse_dir), "--format", "json", query)
        assert json.loads(remote.stdout) == json.loads(local.stdout) != []
        parquet_gets = [
            (p, s) for m, p, s in server.requests()[served_before:]
            if m == "GET" and p.endswith(".parquet")
        ]  # fmt: skip
        assert parquet_gets and all(s == 206 for _, s in parquet_gets)  # byte ranges only
        missing = jris("download", server.url, "--version", "9.9.9", "--to", str(tmp_path / "x"))
        assert missing.returncode == 1 and "no published version '9.9.9'" in missing.stderr


def _tampered_archive(site: Path, out: Path) -> None:
    """The archive with data/facts.parquet changed and SHA256SUMS left as published; its
    .sha256 rewritten to match, as a careless or hostile mirror would."""
    shutil.copytree(site, out, symlinks=True)
    name = "jris-1.0.0.tar.gz"
    buf = io.BytesIO()
    with (
        tarfile.open(out / name, "r:gz") as src,
        gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz,
        tarfile.open(fileobj=gz, mode="w") as dst,
    ):
        for member in src.getmembers():
            data = src.extractfile(member).read()  # type: ignore[union-attr]
            if member.name == "1.0.0/data/facts.parquet":
                data = data[:-1] + bytes([data[-1] ^ 1])
            member.size = len(data)
            dst.addfile(member, io.BytesIO(data))
    (out / name).chmod(0o644)
    (out / name).write_bytes(buf.getvalue())
    (out / f"{name}.sha256").chmod(0o644)
    (out / f"{name}.sha256").write_text(f"{sha256_file(out / name)}  {name}\n")


def test_a_tampered_release_is_refused_by_name(site: Path, tmp_path: Path) -> None:
    bad_site = tmp_path / "bad"
    _tampered_archive(site, bad_site)
    with nginx(bad_site, tmp_path / "nginx") as server:
        got = jris("download", server.url, "--to", str(tmp_path / "dl"))
        assert got.returncode == 1
        assert "data/facts.parquet does not match the release's SHA256SUMS" in got.stderr
        assert not (tmp_path / "dl" / "1.0.0").exists()
        # and an archive whose bytes do not match its .sha256
        (bad_site / "jris-1.0.0.tar.gz.sha256").write_text("0" * 64 + "  jris-1.0.0.tar.gz\n")
        got = jris("download", server.url, "--to", str(tmp_path / "dl"))
        assert got.returncode == 1 and "do not match jris-1.0.0.tar.gz.sha256" in got.stderr
