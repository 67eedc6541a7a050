"""A releases folder as readers see it: which releases it holds, the latest, their manifests
and checksums, and what a release run says. Kept apart from publishing (DuckDB, the contracts),
so `jris release` on unchanged data and the read-only commands answer without loading them.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipelines.plumbing.errors import ReleaseError
from pipelines.release.versioning import parse_version, version_key

LATEST = "latest"


@dataclass
class ReleaseOutcome:
    published: bool
    version: str
    path: Path | None
    change: str | None
    message: str
    manifest: dict[str, Any] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # per stage of the publication


def unchanged_text(version: str) -> str:
    return f"data unchanged since release {version}; nothing published"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def list_releases(releases_dir: Path) -> list[str]:
    if not releases_dir.is_dir():
        return []
    versions = []
    for p in releases_dir.iterdir():
        if p.is_dir() and not p.is_symlink() and (p / "manifest.json").is_file():
            try:
                parse_version(p.name)
            except ReleaseError:
                continue
            versions.append(p.name)
    return sorted(versions, key=version_key)


def latest_release(releases_dir: Path) -> str | None:
    """The version `latest` names; a link to anything but a release of this folder is refused
    (it would have the commands read a folder of someone else's choosing)."""
    link = releases_dir / LATEST
    versions = list_releases(releases_dir)
    if link.is_symlink():
        target = os.readlink(link)
        if target in versions:
            return target
        if "/" in target or target in (".", "..") or os.sep in target:
            raise ReleaseError(
                f"{link} points to {target!r}, outside the releases of "
                f"{releases_dir}: refused (remove the link, or point it at a version there)"
            )
    return versions[-1] if versions else None  # no link, or one to a release since removed


def read_manifest(release_dir: Path) -> dict[str, Any]:
    return json.loads((release_dir / "manifest.json").read_text(encoding="utf-8"))


NOT_CHECKSUMMED = {
    "manifest.json": "holds the build time",
    "CITATION.cff": "holds the release date",
}


def checksummed(rel: str) -> bool:
    return rel != "SHA256SUMS" and not any(
        rel == p or (p.endswith("/") and rel.startswith(p)) for p in NOT_CHECKSUMMED
    )


def write_checksums(release_dir: Path) -> None:
    """SHA256SUMS over every file whose bytes do not depend on the build time."""
    lines = []
    for p in sorted(release_dir.rglob("*")):
        rel = p.relative_to(release_dir).as_posix()
        if p.is_file() and checksummed(rel):
            lines.append(f"{sha256_file(p)}  {rel}")
    (release_dir / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")


def checksum_failures(release_dir: Path) -> list[str]:
    """The files of a release that are missing or whose bytes no longer match SHA256SUMS."""
    sums = release_dir / "SHA256SUMS"
    if not sums.is_file():
        return ["SHA256SUMS (missing)"]
    bad = []
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _, rel = line.partition("  ")
        f = release_dir / rel
        if not rel or ".." in Path(rel).parts or Path(rel).is_absolute():
            bad.append(f"SHA256SUMS (malformed line {line[:60]!r})")
        elif not f.is_file():
            bad.append(f"{rel} (missing)")
        elif sha256_file(f) != digest:
            bad.append(rel)
    return bad


def check_previous_release(releases_dir: Path) -> None:
    """The latest release still matches its SHA256SUMS: the next one is built on it (its
    version, its changelog, the quality results it lends), so a tampered one stops the run."""
    prev_version = latest_release(releases_dir) if releases_dir.is_dir() else None
    if prev_version is None:
        return
    tampered = checksum_failures(releases_dir / prev_version)
    if tampered:
        raise ReleaseError(
            f"release {prev_version} no longer matches its SHA256SUMS ({', '.join(tampered[:5])})"
            f"; nothing published: restore {releases_dir / prev_version} from its archive"
        )
