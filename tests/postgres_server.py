"""Debian's PostgreSQL server in a folder of its own on 127.0.0.1, started and stopped by its
own pid: the storage of the team's Dagster instance (deploy/dagster.yaml) in the tests and in
benchmarks/backfill_timing.py."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg2


def server_binaries() -> Path | None:
    """The newest installed server's bin/ folder (Debian keeps them per major version)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"), key=_major)
    return Path(found[-1]).parent if found else None


def _major(path: str) -> int:
    return int(Path(path).parts[-3])


@dataclass
class Postgres:
    host: str
    port: int
    user: str
    password: str
    db_name: str
    pid: int

    def env(self) -> dict[str, str]:
        """What deploy/dagster.yaml reads its storage settings from."""
        return {
            "DAGSTER_PG_HOST": self.host,
            "DAGSTER_PG_PORT": str(self.port),
            "DAGSTER_PG_USERNAME": self.user,
            "DAGSTER_PG_PASSWORD": self.password,
            "DAGSTER_PG_DB": self.db_name,
        }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def postgres(db_name: str = "dagster") -> Iterator[Postgres]:
    """A new cluster (initdb), its server on 127.0.0.1 with password logins, and an empty
    database; the server is stopped by its pid and the cluster deleted on exit. PostgreSQL
    refuses to run as root: under root the server runs as Debian's `postgres` user."""
    binaries = server_binaries()
    assert binaries, "the PostgreSQL server is not installed (make test installs postgresql)"
    work = Path(tempfile.mkdtemp(prefix="jris-postgres-"))
    as_user: dict[str, Any] = {}
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(work, owner.pw_uid, owner.pw_gid)
        as_user = {"user": owner.pw_uid, "group": owner.pw_gid, "extra_groups": []}
    password = "jris-test"
    (work / "password").write_text(password)
    os.chmod(work / "password", 0o644)
    subprocess.run(
        [binaries / "initdb", "-D", work / "data", "-U", "dagster", "--pwfile", work / "password",
         "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8", "--no-sync"],
        check=True, capture_output=True, cwd=work, **as_user,
    )  # fmt: skip
    port = _free_port()
    log = (work / "server.log").open("wb")
    proc = subprocess.Popen(
        [binaries / "postgres", "-D", work / "data", "-h", "127.0.0.1", "-p", str(port),
         "-k", work, "-c", "fsync=off", "-c", "max_connections=200"],
        stdout=log, stderr=subprocess.STDOUT, cwd=work, start_new_session=True, **as_user,
    )  # fmt: skip
    try:
        con = _connect(port, password, proc, work)
        con.autocommit = True
        with con.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{db_name}"')
        con.close()
        yield Postgres("127.0.0.1", port, "dagster", password, db_name, proc.pid)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)  # PostgreSQL's fast shutdown
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        log.close()
        shutil.rmtree(work, ignore_errors=True)


def _connect(port: int, password: str, proc: subprocess.Popen[bytes], work: Path) -> Any:
    deadline = time.monotonic() + 60
    while True:
        try:
            return psycopg2.connect(
                host="127.0.0.1", port=port, user="dagster", password=password, dbname="postgres"
            )
        except psycopg2.OperationalError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(
                    "PostgreSQL did not start: " + (work / "server.log").read_text()[-2000:]
                ) from None
            time.sleep(0.2)
