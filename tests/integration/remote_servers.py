"""Hostile publication servers for the remote tests: a ThreadingHTTPServer on 127.0.0.1 in a
thread of the test, serving a small synthetic release or whatever a test's route answers, and
shut down by the test itself. Nothing here contacts anything but the loopback address."""

from __future__ import annotations

import hashlib
import json
import tarfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb

from pipelines.release.publication import archive_name, write_archive

Route = Callable[[BaseHTTPRequestHandler, threading.Event], None]


def make_release(root: Path, version: str = "1.0.0", table: str = "prefectures") -> Path:
    """A release folder as `jris publish` leaves it, with one table: enough for download/sql."""
    rel = root / version
    (rel / "data").mkdir(parents=True)
    target = rel / "data" / f"{table}.parquet"
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE t AS SELECT * FROM (VALUES (1, 'Hokkaido'), (13, 'Tokyo')) v(id, name)"
    )
    con.table("t").write_parquet(str(target))
    con.close()
    (rel / "README.md").write_text("a release\n", encoding="utf-8")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    manifest = {
        "version": version,
        "inputs": [{"doc_id": "d1", "sha256": "0" * 64}],
        "tables": {
            table: {
                "rows": 2,
                "sha256": digest,
                "columns": [{"name": "id", "type": "INTEGER"}, {"name": "name", "type": "VARCHAR"}],
            }
        },
    }
    (rel / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    write_sums(rel)
    return rel


def write_sums(rel: Path, extra_lines: tuple[str, ...] = ()) -> None:
    lines = [
        f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(rel).as_posix()}"
        for p in sorted(rel.rglob("*"))
        if p.is_file() and p.name not in ("SHA256SUMS", "manifest.json")
    ]
    (rel / "SHA256SUMS").write_text("\n".join([*lines, *extra_lines]) + "\n", encoding="utf-8")


def publish(root: Path, version: str = "1.0.0") -> None:
    """The archive, its .sha256 and versions.json of the release in root/version."""
    write_archive(root / version, version, root / archive_name(version))
    set_archive(root, version, (root / archive_name(version)).read_bytes())


def set_archive(root: Path, version: str, data: bytes) -> None:
    name = archive_name(version)
    (root / name).write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    (root / f"{name}.sha256").write_text(f"{digest}  {name}\n", encoding="utf-8")
    index = {"latest": version, "versions": [{"version": version, "archive": name}]}
    (root / "versions.json").write_text(json.dumps(index), encoding="utf-8")


def tar_gz(members: list[tuple[tarfile.TarInfo, bytes]], lying: int = 0) -> bytes:
    """A gzip'd tar of these members; with `lying`, a last member whose header declares that
    many bytes and whose data is 512 bytes and the end (a small archive claiming a huge file)."""
    import gzip

    blocks = []
    for info, data in members:
        info.size = len(data)
        blocks.append(info.tobuf(tarfile.PAX_FORMAT) + data + b"\0" * (-len(data) % 512))
    if lying:
        info = tarfile.TarInfo(members[0][0].name.split("/")[0] + "/data/facts.parquet")
        info.size = lying
        blocks.append(info.tobuf(tarfile.PAX_FORMAT) + b"x" * 512)
    else:
        blocks.append(b"\0" * 1024)
    return gzip.compress(b"".join(blocks), mtime=0)


def members_of(rel: Path, version: str) -> list[tuple[tarfile.TarInfo, bytes]]:
    out = []
    for p in sorted(rel.rglob("*")):
        if p.is_file():
            info = tarfile.TarInfo(f"{version}/{p.relative_to(rel).as_posix()}")
            info.mode = 0o444
            out.append((info, p.read_bytes()))
    return out


@dataclass
class Server:
    url: str
    stop: threading.Event


@contextmanager
def serve(root: Path, routes: dict[str, Route] | None = None) -> Iterator[Server]:
    """Files of root over HTTP (with byte ranges), a route's answer for its path instead."""
    stop = threading.Event()
    routes = routes or {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def _file(self, head: bool) -> None:
            path = self.path.split("?")[0]
            if path in routes:
                routes[path](self, stop)
                return
            f = root / path.lstrip("/")
            if not f.resolve().is_relative_to(root.resolve()) or not f.is_file():
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            data = f.read_bytes()
            rng = self.headers.get("Range")
            if rng and rng.startswith("bytes="):
                a, _, b = rng[6:].partition("-")
                start, end = int(a or 0), min(int(b) if b else len(data) - 1, len(data) - 1)
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
                data = data[start : end + 1]
            else:
                self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Accept-Ranges", "bytes")
            self.end_headers()
            if not head:
                self.wfile.write(data)

        def do_GET(self) -> None:
            self._file(head=False)

        def do_HEAD(self) -> None:
            self._file(head=True)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{httpd.server_address[1]}", stop)
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)
