"""`jris publish`: the releases of a warehouse as a publication folder people download from.

    DEST/versions.json          the index: latest version, and each version's archive and sha256
    DEST/latest -> <version>    the newest published version
    DEST/<version>/             the release's files, as `jris release` wrote them
    DEST/jris-<version>.tar.gz  one file per release (+ .sha256), byte-identical on a rebuild
    DEST/index.html, DEST/site/ the static site of the latest version (pipelines/release/site)

A version is copied under a temporary name and renamed into place, so a reader never sees
half a release; a published version is never overwritten. One publish at a time writes a
folder, and first removes what a killed one left there (see leftovers.py). For object
storage, copy the folder with rclone or `aws s3 sync` (see the README).
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipelines.plumbing.errors import JrisError
from pipelines.release.folders import LATEST, checksum_failures, list_releases, sha256_file
from pipelines.release.leftovers import publish_error, publishing, remove_leftovers, temp_name
from pipelines.release.site.build import build_site

INDEX = "versions.json"


def archive_name(version: str) -> str:
    return f"jris-{version}.tar.gz"


def write_archive(release_dir: Path, version: str, target: Path) -> None:
    """A gzip'd tar of the release under `<version>/`, entries sorted, times and owners zeroed:
    the same release gives the same bytes."""
    tmp = target.with_name(temp_name(f".{target.name}."))
    with (
        open(tmp, "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        for path in sorted(release_dir.rglob("*")):
            if not path.is_file() or path.is_symlink():
                continue
            info = tar.gettarinfo(
                str(path), f"{version}/{path.relative_to(release_dir).as_posix()}"
            )
            info.mtime, info.uid, info.gid, info.uname, info.gname = 0, 0, 0, "", ""
            info.mode = 0o444
            with open(path, "rb") as f:
                tar.addfile(info, f)
    os.replace(tmp, target)


def _same_release(a: Path, b: Path) -> bool:
    return (a / "SHA256SUMS").read_bytes() == (b / "SHA256SUMS").read_bytes()


def publish_releases(
    releases_dir: Path,
    dest: Path,
    versions: list[str] | None = None,
    warn: Callable[[str], None] | None = None,
) -> list[str]:
    """Copy the releases not yet in `dest` into it; returns the versions newly published.
    A folder that cannot be written is a one-line PublishError naming it."""
    published = list_releases(releases_dir)
    if not published:
        raise JrisError(f"no release in {releases_dir}: run `jris release` first")
    wanted = versions or published
    unknown = [v for v in wanted if v not in published]
    if unknown:
        raise JrisError(
            f"--version {unknown[0]!r} is not a release in {releases_dir} "
            f"(published: {', '.join(published[-5:])})"
        )
    try:
        dest.mkdir(parents=True, exist_ok=True)
        with publishing(dest):
            remove_leftovers(dest)
            try:
                return _publish(releases_dir, dest, wanted, warn)
            except BaseException as exc:
                remove_leftovers(dest, mine=True)  # what this publish had half-written
                if isinstance(exc, OSError):
                    raise publish_error(dest, exc) from exc
                raise
    except OSError as exc:  # the folder itself cannot be made or opened
        raise publish_error(dest, exc) from exc


def _publish(
    releases_dir: Path, dest: Path, wanted: list[str], warn: Callable[[str], None] | None
) -> list[str]:
    new: list[str] = []
    for version in wanted:
        source, target = releases_dir / version, dest / version
        bad = checksum_failures(source)
        if bad:
            raise JrisError(f"release {version} in {releases_dir} fails its checksums: {bad[0]}")
        if target.exists():
            if not _same_release(source, target):
                raise JrisError(
                    f"{target} holds a different release {version}: a published version is "
                    "never overwritten (publish to another folder, or release a new version)"
                )
            continue
        incoming = dest / temp_name(f".incoming-{version}-")
        shutil.copytree(source, incoming, symlinks=False)
        write_archive(incoming, version, dest / archive_name(version))
        digest = sha256_file(dest / archive_name(version))
        (dest / f"{archive_name(version)}.sha256").write_text(
            f"{digest}  {archive_name(version)}\n", encoding="utf-8"
        )
        os.rename(incoming, target)
        new.append(version)
    index = _write_index(dest)
    if index["latest"]:
        build_site(dest, index, warn)
    return new


def _write_index(dest: Path) -> dict[str, Any]:
    versions = list_releases(dest)
    entries: list[dict[str, Any]] = []
    for v in versions:
        sums = dest / f"{archive_name(v)}.sha256"
        entries.append(
            {
                "version": v,
                "path": f"{v}/",
                "archive": archive_name(v),
                "sha256": sums.read_text(encoding="utf-8").split()[0] if sums.exists() else None,
            }
        )
    index = {"latest": versions[-1] if versions else None, "versions": entries}
    tmp = dest / temp_name(f".{INDEX}.")
    tmp.write_text(json.dumps(index, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, dest / INDEX)
    if versions:
        link = dest / temp_name(f".{LATEST}.")
        os.symlink(versions[-1], link)
        os.replace(link, dest / LATEST)
    return index
