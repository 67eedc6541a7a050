"""A published release from where it is served: `jris download` fetches its archive, checks it
and every file in it against the published checksums, and unpacks it; `jris sql --release URL`
queries its Parquet files in place over HTTP, DuckDB reading the byte ranges it needs through
fsspec's HTTP filesystem (DuckDB's own httpfs extension is not bundled and may not be fetched).

URL is the publication folder (holding versions.json) or one version's folder in it.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import re
import shutil
import tarfile
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import duckdb

from pipelines.errors import JrisError
from pipelines.release.folders import checksum_failures
from pipelines.release.publication import INDEX, archive_name

_VERSION = re.compile(r"^\d+\.\d+\.\d+$")
TIMEOUT = 60  # seconds a server may take to answer one request


def _get(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:  # noqa: S310 (http/https only)
            data: bytes = response.read()
            return data
    except urllib.error.HTTPError as exc:
        raise JrisError(f"{url}: the server answered {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise JrisError(f"{url}: cannot be fetched ({reason})") from exc


def _check_scheme(url: str) -> str:
    if not url.startswith(("http://", "https://")):
        raise JrisError(f"{url!r}: give the http:// or https:// address of a published release")
    return url.rstrip("/")


def _index(root: str) -> dict[str, Any]:
    try:
        index: dict[str, Any] = json.loads(_get(f"{root}/{INDEX}"))
    except json.JSONDecodeError as exc:
        raise JrisError(f"{root}/{INDEX} is not JSON: {exc}") from exc
    return index


def resolve(url: str, version: str | None) -> tuple[str, str]:
    """(publication root, version) of URL: a root with versions.json, or a version's folder."""
    url = _check_scheme(url)
    path = urllib.parse.urlsplit(url).path
    head, _, last = url.rpartition("/")
    if version is None and path.strip("/") and _VERSION.match(last):
        return head, last  # …/2.0.0
    index = _index(url)
    known = [v["version"] for v in index.get("versions", [])]
    chosen = version or index.get("latest")
    if chosen not in known:
        raise JrisError(
            f"{url}: no published version {chosen!r} (published: {', '.join(known[-5:]) or 'none'})"
        )
    return url, str(chosen)


def download(url: str, version: str | None, to: Path) -> Path:
    """Fetch, verify and unpack a release into `to/<version>/`; nothing is left behind when a
    check fails."""
    root, version = resolve(url, version)
    target = to / version
    if target.exists():
        raise JrisError(f"{target} exists: a downloaded release is not overwritten")
    name = archive_name(version)
    archive = _get(f"{root}/{name}")
    expected = _get(f"{root}/{name}.sha256").decode("utf-8", "replace").split()[:1]
    if not expected or hashlib.sha256(archive).hexdigest() != expected[0]:
        raise JrisError(
            f"{root}/{name}: its bytes do not match {name}.sha256 (damaged or tampered)"
        )
    to.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".download-", dir=to))
    try:
        with tarfile.open(fileobj=io.BytesIO(archive), mode="r:gz") as tar:
            for member in tar.getmembers():
                if not member.isfile() or not member.name.startswith(f"{version}/"):
                    raise JrisError(f"{name}: unexpected entry {member.name!r}; not unpacked")
            tar.extractall(work, filter="data")
        bad = checksum_failures(work / version)
        if bad:
            raise JrisError(
                f"{name}: {bad[0]} does not match the release's SHA256SUMS "
                f"({len(bad)} file(s) damaged or tampered); nothing was written"
            )
        (work / version).rename(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def remote_tables(url: str) -> tuple[str, list[str]]:
    """The version folder of URL and the Parquet files its SHA256SUMS lists."""
    root, version = resolve(url, None)
    base = f"{root}/{version}"
    sums = _get(f"{base}/SHA256SUMS").decode("utf-8", "replace")
    files = [
        rel
        for line in sums.splitlines()
        if (rel := line.partition("  ")[2]).startswith("data/") and rel.endswith(".parquet")
    ]
    if not files:
        raise JrisError(f"{base}/SHA256SUMS lists no data/*.parquet: not a JRIS release")
    return base, files


def _http_filesystem(block_size: int) -> Any:
    """fsspec's HTTP filesystem with the `modified` DuckDB asks for (fsspec does not implement
    it: a published release never changes, so any fixed time will do), and a HEAD to learn
    that a file exists."""
    from fsspec.implementations.http import HTTPFileSystem

    class ReleaseFileSystem(HTTPFileSystem):  # type: ignore[misc]
        def modified(self, path: str) -> datetime.datetime:
            return datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)

        async def _exists(self, path: str, **kwargs: Any) -> bool:
            """HEAD, not fsspec's GET of the whole file, to learn that a file is there."""
            try:
                await self._info(path, **kwargs)
            except FileNotFoundError:
                return False
            return True

    return ReleaseFileSystem(block_size=block_size)


def connect_remote(url: str, block_size: int = 1 << 20) -> duckdb.DuckDBPyConnection:
    """Every table of the release at URL as a view over HTTP; like a local release, only the
    release's own files can be read (an fsspec HTTP filesystem, no extension)."""
    base, files = remote_tables(url)
    con = duckdb.connect(config={"autoinstall_known_extensions": False,
                                 "autoload_known_extensions": False})  # fmt: skip
    con.register_filesystem(_http_filesystem(block_size))
    for rel in files:
        stem = Path(rel).stem
        if not stem.replace("_", "").isalnum():
            raise JrisError(f"{base}/SHA256SUMS: unexpected file name {rel!r}")
        con.execute(f"CREATE VIEW \"{stem}\" AS SELECT * FROM read_parquet('{base}/{rel}')")
    con.execute("SET allowed_paths = ?", [[f"{base}/{rel}" for rel in files]])
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con
