"""What each page of the site says, read from one release and the contracts in schemas/ (the
same source as the data dictionary and datapackage.json: no description is written twice)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from pipelines.release.findings import comparison_counts
from pipelines.release.metadata import (
    DESCRIPTION,
    LICENCE_NOTE,
    TITLE,
    citation_text,
    ordered_tables,
)
from schemas import CONTRACTS, FOREIGN_KEYS

DOCUMENT_FIELDS = ("title", "authors", "publisher", "year", "kind", "language", "source_url",
                   "licence_note", "file_name", "sha256", "metadata_source")  # fmt: skip


@dataclass(frozen=True)
class Release:
    """One published release as the site reads it."""

    version: str
    folder: Path  # DEST/<version>
    con: duckdb.DuckDBPyConnection  # a view per table
    manifest: dict[str, Any]

    def rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description or []]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def page_name(key: str) -> str:
    """A file name for a table or document id (ids are slugs; anything else is replaced)."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", key) + ".html"


# A scheme as a browser reads it, once it has dropped what it ignores around and inside a URL.
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
LINK_SCHEMES = ("http", "https")
_IGNORED = "".join(map(chr, range(0x21)))  # C0 controls and space, stripped at the ends


def safe_link(url: object) -> bool:
    """Whether an address from the registry may be a link: http(s) or relative only, so that a
    `javascript:`, `data:` or `vbscript:` address is shown as text and never runs."""
    if not isinstance(url, str) or not url.strip():
        return False
    seen = re.sub(r"[\t\n\r]", "", url).strip(_IGNORED)
    scheme = _SCHEME.match(seen)
    return scheme is None or scheme.group(1).lower() in LINK_SCHEMES


def rows_by_document(release: Release) -> dict[str, dict[str, int]]:
    """table -> doc_id -> rows, for every table whose rows name their document."""
    out: dict[str, dict[str, int]] = {}
    for name in ordered_tables():
        if "doc_id" in CONTRACTS[name].column_names:
            counts = release.rows(f"SELECT doc_id, count(*) AS n FROM {name} GROUP BY 1 ORDER BY 1")
            out[name] = {str(r["doc_id"]): int(r["n"]) for r in counts}
    return out


def documents(release: Release) -> list[dict[str, Any]]:
    fields = ", ".join(("doc_id", "full_text", *DOCUMENT_FIELDS))
    return release.rows(f"SELECT {fields} FROM documents ORDER BY doc_id")


def table_pages(
    release: Release, by_doc: dict[str, dict[str, int]], first_page: Callable[[str], dict[str, Any]]
) -> list[dict[str, Any]]:
    """Each table's page; `first_page(name)` gives its static rows (see rows.py)."""
    pages = []
    for name in ordered_tables():
        contract = CONTRACTS[name]
        (n_rows,) = release.con.execute(f"SELECT count(*) FROM {name}").fetchone() or (0,)
        pages.append(
            {
                "name": name,
                "file": page_name(name),
                "layer": contract.layer,
                "description": contract.description,
                "key": list(contract.primary_key),
                "columns": contract.columns,
                "references": [(col, t, tc) for tb, col, t, tc in FOREIGN_KEYS if tb == name],
                "referenced_by": [(tb, col) for tb, col, t, _ in FOREIGN_KEYS if t == name],
                "rows": int(n_rows),
                "sha256": release.manifest["tables"][name]["sha256"],
                **first_page(name),
                "documents": by_doc.get(name, {}),
            }
        )
    return pages


def source_pages(release: Release, by_doc: dict[str, dict[str, int]]) -> list[dict[str, Any]]:
    pages = []
    for doc in documents(release):
        counts = {t: n[doc["doc_id"]] for t, n in by_doc.items() if doc["doc_id"] in n}
        pages.append({**doc, "file": page_name(doc["doc_id"]), "counts": counts})
    return pages


def comparison_counts_of(release: Release) -> dict[str, int]:
    return comparison_counts(release.con, release.folder / "data")


def landing(
    release: Release, index: dict[str, Any], public_url: str | None, sources: list[dict[str, Any]]
) -> dict[str, Any]:
    latest = next(v for v in index["versions"] if v["version"] == release.version)
    base = public_url.rstrip("/") + "/" if public_url else None
    return {
        "description": DESCRIPTION,
        "licence_note": LICENCE_NOTE,
        "built_at": release.manifest.get("built_at", ""),
        "archive": latest["archive"],
        "archive_sha256": latest["sha256"],
        "versions": list(reversed(index["versions"])),
        "citation": citation_text(release.version),
        "base": base,
        "sources": sources,
        "jsonld": dataset_jsonld(release, latest, base, sources),
    }


def dataset_jsonld(
    release: Release, latest: dict[str, Any], base: str | None, sources: list[dict[str, Any]]
) -> dict[str, Any]:
    """schema.org Dataset, as search engines and dataset registries read it."""
    here = base or ""
    built = str(release.manifest.get("built_at", ""))[:10]
    return {
        "@context": "https://schema.org/",
        "@type": "Dataset",
        "name": TITLE,
        "alternateName": "JRIS",
        "description": DESCRIPTION,
        "version": release.version,
        **({"url": base, "@id": base} if base else {}),
        **({"dateModified": built} if built else {}),
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "isAccessibleForFree": True,
        "creator": {"@type": "Organization", "name": "JRIS contributors"},
        "citation": citation_text(release.version),
        "keywords": ["regional innovation systems", "industrial clusters", "Japan",
                     "science and technology policy", "Technopolis", "knowledge clusters"],
        "spatialCoverage": {"@type": "Place", "name": "Japan"},
        "variableMeasured": [name for name in ordered_tables()],
        "isBasedOn": [
            {"@type": "CreativeWork", "name": s["title"] or s["doc_id"],
             **({"url": s["source_url"]} if safe_link(s["source_url"]) else {}),
             **({"datePublished": str(s["year"])} if s["year"] else {}),
             **({"publisher": {"@type": "Organization", "name": s["publisher"]}}
                if s["publisher"] else {}),
             **({"author": [{"@type": "Person", "name": a} for a in s["authors"]]}
                if s["authors"] else {})}
            for s in sources
        ],
        "distribution": [
            {"@type": "DataDownload", "name": latest["archive"],
             "contentUrl": f"{here}{latest['archive']}", "encodingFormat": "application/gzip",
             "description": f"the whole release, sha256 {latest['sha256']}"},
            {"@type": "DataDownload", "name": "croissant.json",
             "contentUrl": f"{here}{release.version}/croissant.json",
             "encodingFormat": "application/ld+json"},
            {"@type": "DataDownload", "name": "datapackage.json",
             "contentUrl": f"{here}{release.version}/datapackage.json",
             "encodingFormat": "application/json"},
        ],
    }  # fmt: skip
