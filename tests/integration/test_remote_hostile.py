"""Issue 37: nothing a server sends becomes code, nothing remote runs away. Each test serves a
hostile publication from a thread of its own (127.0.0.1 only) and runs the real `jris`: the
command must refuse in one line naming the server or file and the problem, write nothing, and
end within its --timeout."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import subprocess
import sys
import tarfile
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import duckdb
import pytest

from pipelines.plumbing.errors import JrisError
from pipelines.release.publication import archive_name
from tests.integration.remote_servers import (
    make_release,
    members_of,
    publish,
    serve,
    set_archive,
    tar_gz,
    write_sums,
)

JRIS = str(Path(sys.executable).parent / "jris")


def jris(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([JRIS, *args], capture_output=True, text=True, timeout=120, cwd=cwd)


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    """The command failed with exactly one line on stderr, which is not a crash."""
    assert done.returncode in (1, 2), (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "unexpected" not in lines[0] and "Traceback" not in lines[0], lines[0]
    return lines[0]


def test_a_hostile_sha256sums_line_writes_nothing(tmp_path: Path) -> None:
    root = tmp_path / "site"
    rel = make_release(root)
    pwned = tmp_path / "pwned.csv"
    hostile = (
        "data/prefectures.parquet'); COPY (SELECT 42 AS x) TO '"
        + str(pwned)
        + "' (FORMAT csv); --/x.parquet"
    )
    write_sums(rel, (f"{'0' * 64}  {hostile}",))
    publish(root)
    with serve(root) as server:
        done = jris("sql", "SELECT count(*) FROM prefectures", "--release", f"{server.url}/1.0.0")
    line = one_line(done)
    assert not pwned.exists()
    assert server.url in line and "COPY" in line


def test_a_table_the_contracts_do_not_know_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "site"
    rel = make_release(root)
    (rel / "data" / "prefectures.parquet").rename(rel / "data" / "secrets.parquet")
    write_sums(rel)
    publish(root)
    with serve(root) as server:
        done = jris("sql", "SELECT * FROM secrets", "--release", f"{server.url}/1.0.0")
    line = one_line(done)
    assert "data/secrets.parquet" in line and "SHA256SUMS" in line


def test_remote_sql_still_works(tmp_path: Path) -> None:
    root = tmp_path / "site"
    make_release(root)
    publish(root)
    with serve(root) as server:
        done = jris(
            "sql", "SELECT name FROM prefectures ORDER BY id", "--release", server.url,
            "--format", "csv", "--timeout", "30",
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["name", "Hokkaido", "Tokyo"]


def test_download_still_works(tmp_path: Path) -> None:
    root = tmp_path / "site"
    make_release(root)
    publish(root)
    with serve(root) as server:
        done = jris("download", server.url, "--to", str(tmp_path / "dl"), "--timeout", "30")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "dl" / "1.0.0" / "data" / "prefectures.parquet").is_file()


def _trickle(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", "1000000")
    handler.end_headers()
    while not stop.wait(1):
        try:
            handler.wfile.write(b" ")
            handler.wfile.flush()
        except OSError:
            return


def test_a_trickling_server_is_refused_at_the_timeout(tmp_path: Path) -> None:
    with serve(tmp_path, {"/versions.json": _trickle}) as server:
        done = jris("download", server.url, "--to", str(tmp_path / "dl"), "--timeout", "3")
    line = one_line(done)
    assert f"{server.url}/versions.json" in line and "3 s" in line
    assert not (tmp_path / "dl").exists() or not any((tmp_path / "dl").iterdir())


def _endless(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
    handler.send_response(200)
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    chunk = b'{"versions": [' + b" " * 65000
    for _ in range(1024):  # 64 MiB: far beyond any index, and a bound for the test itself
        if stop.is_set():
            return
        try:
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except OSError:
            return


def test_an_endless_index_is_refused_at_its_size_cap(tmp_path: Path) -> None:
    with serve(tmp_path, {"/versions.json": _endless}) as server:
        done = jris("download", server.url, "--to", str(tmp_path / "dl"), "--timeout", "60")
    line = one_line(done)
    assert f"{server.url}/versions.json" in line and "more than 1048576 bytes" in line


def test_a_redirect_to_another_host_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "site"
    make_release(root)
    publish(root)
    with serve(root) as other:

        def redirect(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
            handler.send_response(302)
            handler.send_header("Location", f"{other.url}/versions.json")
            handler.send_header("Content-Length", "0")
            handler.end_headers()

        with serve(root, {"/versions.json": redirect}) as server:
            done = jris("download", server.url, "--to", str(tmp_path / "dl"), "--timeout", "30")
    line = one_line(done)
    assert other.url in line and "another host" in line
    assert not (tmp_path / "dl" / "1.0.0").exists()


def test_a_member_declaring_four_gib_is_refused_before_unpacking(tmp_path: Path) -> None:
    root = tmp_path / "site"
    rel = make_release(root)
    set_archive(root, "1.0.0", tar_gz(members_of(rel, "1.0.0"), lying=4 << 30))
    with serve(root) as server:
        done = jris("download", server.url, "--to", str(tmp_path / "dl"), "--timeout", "30")
    line = one_line(done)
    assert "1.0.0/data/facts.parquet" in line and str(4 << 30) in line
    assert not (tmp_path / "dl" / "1.0.0").exists()


def test_a_member_over_the_size_cap_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "site"
    rel = make_release(root)
    (rel / "README.md").write_bytes(b"\0" * (3 << 20))  # listed in SHA256SUMS, 3 MB
    write_sums(rel)
    publish(root)
    with serve(root) as server:
        done = jris(
            "download", server.url, "--to", str(tmp_path / "dl"), "--max-size", "1",
        )  # fmt: skip
    line = one_line(done)
    assert "1.0.0/README.md" in line and "--max-size" in line
    assert not (tmp_path / "dl" / "1.0.0").exists()


def test_files_not_in_sha256sums_are_refused(tmp_path: Path) -> None:
    root = tmp_path / "site"
    rel = make_release(root)
    publish(root)  # SHA256SUMS written before the extra file: it does not list it
    (rel / "data" / "extra.parquet").write_bytes(
        (rel / "data" / "prefectures.parquet").read_bytes()
    )
    set_archive(root, "1.0.0", tar_gz(members_of(rel, "1.0.0")))
    with serve(root) as server:
        done = jris("download", server.url, "--to", str(tmp_path / "dl"))
    line = one_line(done)
    assert "data/extra.parquet" in line and "SHA256SUMS" in line
    assert not (tmp_path / "dl" / "1.0.0").exists()


def test_a_manifest_claiming_another_version_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "site"
    rel = make_release(root)
    manifest = json.loads((rel / "manifest.json").read_text())
    (rel / "manifest.json").write_text(json.dumps({**manifest, "version": "9.9.9"}))
    publish(root)
    with serve(root) as server:
        done = jris("download", server.url, "--to", str(tmp_path / "dl"))
    line = one_line(done)
    assert "manifest.json" in line and "9.9.9" in line
    assert not (tmp_path / "dl" / "1.0.0").exists()


def test_a_remote_parquet_read_that_never_answers_ends_at_the_timeout(tmp_path: Path) -> None:
    root = tmp_path / "site"
    make_release(root)
    publish(root)

    def hang(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        stop.wait(60)

    with serve(root, {"/1.0.0/data/prefectures.parquet": hang}) as server:
        done = jris(
            "sql", "SELECT * FROM prefectures", "--release", f"{server.url}/1.0.0",
            "--timeout", "3",
        )  # fmt: skip
    line = one_line(done)
    assert server.url in line and "3 s" in line


def test_an_index_of_the_wrong_shape_is_named(tmp_path: Path) -> None:
    for body in (b"[]", b'{"versions": [1, 2], "latest": "1.0.0"}', b'{"versions": "x"}'):
        (tmp_path / "versions.json").write_bytes(body)
        with serve(tmp_path) as server:
            done = jris("download", server.url, "--to", str(tmp_path / "dl"))
        line = one_line(done)
        assert f"{server.url}/versions.json" in line


def test_control_characters_in_a_file_name_are_shown_escaped(tmp_path: Path) -> None:
    root = tmp_path / "site"
    rel = make_release(root)
    write_sums(rel, (f"{'0' * 64}  data/\x1b]0;owned\x07\x1b[2J.txt",))
    publish(root)
    with serve(root) as server:
        done = jris("download", server.url, "--to", str(tmp_path / "dl"))
    line = one_line(done)
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr
    assert "\\x1b" in line


def test_the_archive_digest_is_checked_as_it_streams(tmp_path: Path) -> None:
    """A tampered archive is still refused by name (the bounded fetch keeps the check)."""
    root = tmp_path / "site"
    make_release(root)
    publish(root)
    name = archive_name("1.0.0")
    (root / f"{name}.sha256").write_text(f"{hashlib.sha256(b'x').hexdigest()}  {name}\n")
    with serve(root) as server:
        done = jris("download", server.url, "--to", str(tmp_path / "dl"))
    line = one_line(done)
    assert name in line and "sha256" in line
    assert tarfile.is_tarfile(root / name)


def test_remote_sql_follows_no_redirect(tmp_path: Path) -> None:
    root = tmp_path / "site"
    make_release(root)
    publish(root)

    def redirect(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        handler.send_response(302)
        handler.send_header("Location", "http://localhost:9/x.parquet")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    with serve(root, {"/1.0.0/data/prefectures.parquet": redirect}) as server:
        done = jris("sql", "SELECT * FROM prefectures", "--release", server.url, "--timeout", "30")
    line = one_line(done)
    assert "redirects to http://localhost:9/x.parquet" in line and "refused" in line


def _big_release(root: Path) -> bytes:
    """A release whose one table is a few MB: more than one block, so DuckDB asks for ranges."""
    rel = make_release(root)
    table = rel / "data" / "prefectures.parquet"
    duckdb.connect().execute(
        "COPY (SELECT i AS id, md5(i::VARCHAR) || md5((i * 7)::VARCHAR) AS name "
        "FROM range(60000) t(i)) TO ? (FORMAT parquet, COMPRESSION uncompressed)",
        [str(table)],
    )
    write_sums(rel)
    publish(root)
    return table.read_bytes()


def test_a_server_without_byte_ranges_is_named(tmp_path: Path) -> None:
    root = tmp_path / "site"
    data = _big_release(root)

    def whole(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        if handler.command != "HEAD":
            with contextlib.suppress(OSError):
                handler.wfile.write(data)

    with serve(root, {"/1.0.0/data/prefectures.parquet": whole}) as server:
        done = jris("sql", "SELECT count(*) FROM prefectures", "--release", server.url)
    line = one_line(done)
    assert server.url in line and "byte-range" in line


def test_a_remote_table_over_the_size_cap_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "site"
    _big_release(root)
    with serve(root) as server:
        done = jris(
            "sql", "SELECT count(*) FROM prefectures", "--release", server.url, "--max-size", "1"
        )
    line = one_line(done)
    assert f"{server.url}/1.0.0/data/prefectures.parquet" in line and "more than 1 MB" in line
    with serve(root) as server:  # the same release under the default cap
        done = jris("sql", "SELECT count(*) FROM prefectures", "--release", server.url)
    assert done.returncode == 0, done.stderr


def test_a_member_climbing_out_of_its_folder_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "site"
    rel = make_release(root)
    members = members_of(rel, "1.0.0")
    members.append((tarfile.TarInfo("1.0.0/../../escaped.txt"), b"x"))
    set_archive(root, "1.0.0", tar_gz(members))
    with serve(root) as server:
        done = jris("download", server.url, "--to", str(tmp_path / "dl"))
    line = one_line(done)
    assert "1.0.0/../../escaped.txt" in line
    assert not (tmp_path / "escaped.txt").exists() and not (tmp_path / "dl" / "1.0.0").exists()


def test_a_folder_that_cannot_take_the_release_is_named(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "site"
    make_release(root)
    publish(root)
    from pipelines.release import remote

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "dl" / "x"))

    def taken(src: object, dst: object) -> None:
        raise OSError(errno.ENOTEMPTY, "Directory not empty", str(src), None, str(dst))

    with serve(root) as server:
        monkeypatch.setattr(tarfile.TarFile, "extractall", full)
        with pytest.raises(JrisError, match="No space left on device.*nothing was written"):
            remote.download(server.url, None, tmp_path / "dl")
        monkeypatch.undo()
        monkeypatch.setattr(remote.os, "rename", taken)
        with pytest.raises(JrisError, match=r"dl/1\.0\.0: the release cannot be put there"):
            remote.download(server.url, None, tmp_path / "dl")
    assert not (tmp_path / "dl" / "1.0.0").exists()
