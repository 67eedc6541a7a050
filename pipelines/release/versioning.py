"""Semantic versions from the difference between two release manifests.

major: a table or column removed, or a column retyped -- users' queries may break.
minor: a table, column or document added, or a document removed -- new coverage.
patch: only values changed.
"""

from __future__ import annotations

import re
from typing import Any

from pipelines.plumbing.errors import ReleaseError

_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
FIRST_VERSION = "1.0.0"


def parse_version(v: str) -> tuple[int, int, int]:
    m = _SEMVER.match(v)
    if not m:
        raise ReleaseError(f"'{v}' is not a semantic version MAJOR.MINOR.PATCH (e.g. 1.2.0)")
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def classify_change(prev: dict[str, Any], new: dict[str, Any]) -> str | None:
    """'major', 'minor', 'patch', or None when the data is identical."""
    pt, nt = prev["tables"], new["tables"]
    if set(pt) - set(nt):
        return "major"
    for name in set(pt) & set(nt):
        pcols = {c["name"]: c["type"] for c in pt[name]["columns"]}
        ncols = {c["name"]: c["type"] for c in nt[name]["columns"]}
        if set(pcols) - set(ncols) or any(ncols[c] != t for c, t in pcols.items() if c in ncols):
            return "major"
    prev_docs = {d["doc_id"] for d in prev["inputs"]}
    new_docs = {d["doc_id"] for d in new["inputs"]}
    if set(nt) - set(pt) or prev_docs != new_docs:
        return "minor"
    for name in nt:
        if {c["name"] for c in nt[name]["columns"]} - {c["name"] for c in pt[name]["columns"]}:
            return "minor"
    if any(nt[n]["sha256"] != pt[n]["sha256"] for n in nt):
        return "patch"
    return None


def bump(version: str, change: str) -> str:
    major, minor, patch = parse_version(version)
    if change == "major":
        return f"{major + 1}.0.0"
    if change == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def version_key(v: str) -> tuple[int, int, int]:
    return parse_version(v)
