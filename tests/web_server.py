"""nginx from Debian serving a folder on 127.0.0.1, started and stopped by its own pid: the
real web server (byte ranges, HEAD, 404s) the publication tests download and query from."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


@dataclass
class WebServer:
    url: str
    root: Path
    access_log: Path

    def requests(self) -> list[tuple[str, str, int]]:
        """(method, path, status) of every request served so far."""
        out = []
        for line in self.access_log.read_text(encoding="utf-8").splitlines():
            request = line.split('"')[1].split()
            status = int(line.split('"')[2].split()[0])
            out.append((request[0], request[1], status))
        return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def nginx(root: Path, work: Path) -> Iterator[WebServer]:
    assert NGINX, "nginx is not installed: apt-get install nginx (make test installs it)"
    port = _free_port()
    work.mkdir(parents=True, exist_ok=True)
    user = "user root;" if os.geteuid() == 0 else ""
    temp = " ".join(
        f"{k}_temp_path {work}/{k};" for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (work / "nginx.conf").write_text(
        f"""worker_processes 1; daemon off; {user}
pid {work}/nginx.pid; error_log {work}/error.log;
events {{ worker_connections 64; }}
http {{ access_log {work}/access.log; {temp}
  types {{ application/json json; text/html html; text/css css; image/svg+xml svg;
          image/png png; text/markdown md; application/ld+json jsonld; }}
  server {{ listen 127.0.0.1:{port}; root {root}; }} }}
""",
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [NGINX, "-c", str(work / "nginx.conf"), "-p", str(work)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(url + "/", timeout=2).close()
                break
            except urllib.error.HTTPError:
                break  # 403/404 from nginx: it is serving
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"nginx did not start: {proc.stderr.read()!r}") from None
                time.sleep(0.1)
        (work / "access.log").write_text("", encoding="utf-8")  # only the test's requests
        yield WebServer(url, root, work / "access.log")
    finally:
        proc.terminate()  # the master by its own pid; it stops its worker
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=20)
