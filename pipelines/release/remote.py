"""`jris download`: a published release fetched, checked and unpacked. The archive is read
within the command's budget (pipelines/release/fetch.py) and checked against its .sha256; then
each member's declared size is checked before anything is unpacked, every member must be one
the release's SHA256SUMS lists (or manifest.json, CITATION.cff), and manifest.json must name
the version asked for. `jris sql --release URL` is pipelines/release/remote_sql.py.

URL is the publication folder (holding versions.json) or one version's folder in it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import tarfile
import tempfile
import urllib.parse
import zlib
from pathlib import Path
from typing import IO, Any

from pipelines.plumbing.errors import JrisError
from pipelines.plumbing.sql_text import has_control, shown
from pipelines.release.fetch import Budget, get, stream
from pipelines.release.folders import NOT_CHECKSUMMED, checksum_failures
from pipelines.release.publication import INDEX, archive_name

_VERSION = re.compile(r"^\d+\.\d+\.\d+$")
_DIGEST = re.compile(r"^[0-9a-f]{64}$")


def check_scheme(url: str) -> str:
    if not url.startswith(("http://", "https://")) or has_control(url):
        raise JrisError(f"{url!r}: give the http:// or https:// address of a published release")
    return url.rstrip("/")


def _index(root: str, budget: Budget) -> dict[str, Any]:
    url = f"{root}/{INDEX}"
    try:
        index = json.loads(get(url, budget))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise JrisError(f"{shown(url)} is not JSON: {exc}") from exc
    versions = index.get("versions") if isinstance(index, dict) else None
    if not isinstance(versions, list) or not all(
        isinstance(v, dict) and isinstance(v.get("version"), str) for v in versions
    ):
        raise JrisError(
            f'{shown(url)} is not a JRIS index: expected an object whose "versions" is a list '
            'of {"version": ...} entries'
        )
    return index


def resolve(url: str, version: str | None, budget: Budget) -> tuple[str, str]:
    """(publication root, version) of URL: a root with versions.json, or a version's folder."""
    url = check_scheme(url)
    path = urllib.parse.urlsplit(url).path
    head, _, last = url.rpartition("/")
    if version is None and path.strip("/") and _VERSION.match(last):
        return head, last  # …/2.0.0
    index = _index(url, budget)
    known = [v["version"] for v in index["versions"] if _VERSION.match(v["version"])]
    chosen = version or index.get("latest")
    if chosen not in known:
        shown_known = shown(", ".join(known[-5:])) or "none"
        raise JrisError(f"{url}: no published version {str(chosen)!r} (published: {shown_known})")
    return url, str(chosen)


def download(url: str, version: str | None, to: Path, budget: Budget | None = None) -> Path:
    """Fetch, verify and unpack a release into `to/<version>/`; nothing is left behind when a
    check fails."""
    budget = budget or Budget()
    root, version = resolve(url, version, budget)
    target = to / version
    if target.exists():
        raise JrisError(f"{target} exists: a downloaded release is not overwritten")
    name = archive_name(version)
    expected = get(f"{root}/{name}.sha256", budget).decode("utf-8", "replace").split()[:1]
    try:
        to.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".download-", dir=to))
    except OSError as exc:
        raise JrisError(f"{to}: cannot unpack a release there ({exc.strerror or exc})") from exc
    try:
        archive = work / name
        digest = hashlib.sha256()
        note = f"--max-size {budget.max_mb} MB"
        with open(archive, "wb") as f:
            for chunk in stream(f"{root}/{name}", budget, budget.max_bytes, note):
                digest.update(chunk)
                f.write(chunk)
        if not expected or digest.hexdigest() != expected[0]:
            raise JrisError(
                f"{root}/{name}: its bytes do not match {name}.sha256 (damaged or tampered)"
            )
        _unpack(archive, name, version, work, budget)
        try:
            os.rename(work / version, target)
        except OSError as exc:
            raise JrisError(
                f"{target}: the release cannot be put there ({exc.strerror or exc}); "
                "nothing was written"
            ) from exc
    except OSError as exc:
        where = getattr(exc, "filename", None) or to
        raise JrisError(
            f"{shown(str(where))}: cannot write the release ({exc.strerror or exc}); "
            "nothing was written"
        ) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def _unpack(archive: Path, name: str, version: str, work: Path, budget: Budget) -> None:
    """Check every member's header, then SHA256SUMS against the members, then unpack."""
    try:
        with tarfile.open(archive, mode="r:gz") as tar:
            members = _members(tar, name, version, budget)
            sums = _listed(tar, members, name, version)
            extra = sorted(set(members) - sums - {"SHA256SUMS", *NOT_CHECKSUMMED})
            if extra:
                raise JrisError(
                    f"{name}: {version}/{shown(extra[0])} is not listed in the release's "
                    f"SHA256SUMS ({len(extra)} unlisted file(s)); nothing was written"
                )
            tar.extractall(work, members=list(members.values()), filter="data")
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise JrisError(f"{name}: not a readable .tar.gz ({exc}); nothing was written") from exc
    bad = checksum_failures(work / version)
    if bad:
        raise JrisError(
            f"{name}: {shown(bad[0])} does not match the release's SHA256SUMS "
            f"({len(bad)} file(s) damaged or tampered); nothing was written"
        )
    manifest = work / version / "manifest.json"
    if manifest.is_file():
        try:
            claimed = json.loads(manifest.read_text(encoding="utf-8")).get("version")
        except (ValueError, AttributeError) as exc:
            raise JrisError(f"{name}: {version}/manifest.json is not a JSON object") from exc
        if claimed != version:
            raise JrisError(
                f"{name}: {version}/manifest.json says version {str(claimed)!r}, not "
                f"{version}; nothing was written"
            )


def _members(
    tar: tarfile.TarFile, name: str, version: str, budget: Budget
) -> dict[str, tarfile.TarInfo]:
    """Each member's header, checked as it is read: a regular file under <version>/, no larger
    than the cap, all of them together no larger than the cap (before a byte is unpacked)."""
    members: dict[str, tarfile.TarInfo] = {}
    total = 0
    while (member := tar.next()) is not None:
        parts = member.name.split("/")
        if not member.isfile() or parts[0] != version or ".." in parts or "" in parts[1:]:
            raise JrisError(
                f"{name}: {member.name!r} is not a plain file inside {version}/; not unpacked"
            )
        total += member.size
        if member.size > budget.max_bytes or total > budget.max_bytes:
            raise JrisError(
                f"{name}: {shown(member.name)} declares {member.size} bytes, over --max-size "
                f"{budget.max_mb} MB unpacked; not unpacked"
            )
        budget.remaining(name)
        members[member.name.removeprefix(f"{version}/")] = member
    return members


def _listed(
    tar: tarfile.TarFile, members: dict[str, tarfile.TarInfo], name: str, version: str
) -> set[str]:
    """The files the archive's SHA256SUMS lists, each line checked for its shape."""
    info = members.get("SHA256SUMS")
    f: IO[bytes] | None = tar.extractfile(info) if info is not None else None
    if f is None:
        raise JrisError(f"{name}: no {version}/SHA256SUMS; not a JRIS release")
    listed = set()
    for n, line in enumerate(f.read().decode("utf-8", "replace").splitlines(), 1):
        digest, _, rel = line.partition("  ")
        parts = rel.split("/")
        if (
            not _DIGEST.match(digest)
            or not rel
            or has_control(rel)
            or ".." in parts
            or not parts[0]
        ):
            raise JrisError(
                f"{name}: {version}/SHA256SUMS line {n} is not `<sha256>  <file>`: "
                f"{line[:120]!r}; nothing was written"
            )
        listed.add(rel)
    return listed
