"""Find the documents in raw/ and attach their bibliographic metadata from raw/registry.yaml.

A file without a registry entry still flows, with metadata inferred from its name and first
heading, and a warning; a problem with one document quarantines that document only.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pipelines.errors import DocumentError, RegistryError
from pipelines.raw.decoding import decode

DOCUMENT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}
METADATA_FIELDS = (
    "title",
    "authors",
    "publisher",
    "year",
    "kind",
    "language",
    "source_url",
    "licence_note",
)
_ENTRY_FIELDS = {"file", *METADATA_FIELDS}
_DOC_ID = re.compile(r"^[\w][\w.-]*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
_MARKUP = re.compile(r"<[^>]+>|\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")


@dataclass(frozen=True)
class SourceDocument:
    doc_id: str
    path: Path
    metadata: dict[str, Any]
    metadata_source: str  # "registry" or "inferred"
    sha256: str
    n_bytes: int
    text: str
    encoding_detected: str


@dataclass(frozen=True)
class QuarantinedDocument:
    doc_id: str
    file: str
    reason: str


@dataclass
class Corpus:
    documents: list[SourceDocument] = field(default_factory=list)
    quarantined: list[QuarantinedDocument] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def doc_id_from_filename(name: str) -> str:
    """A stable, path-safe id: the lower-cased file stem, other characters than
    letters, digits, `.`, `_` and `-` made `-`."""
    stem = unicodedata.normalize("NFC", Path(name).stem).lower()
    slug = re.sub(r"[^\w.-]+", "-", stem).strip("-.")
    return slug or "document"


def infer_title(text: str) -> str | None:
    """The first Markdown heading, else the first non-empty line, without markup."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    for ln in lines:
        m = _HEADING.match(ln)
        if m:
            return _clean_title(m.group(1))
    return _clean_title(lines[0]) if lines else None


def _clean_title(s: str) -> str:
    return re.sub(r"\s+", " ", _MARKUP.sub("", s)).strip()[:300] or s.strip()


def load_registry(path: Path) -> dict[str, dict[str, Any]]:
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RegistryError(f"{path}: not valid YAML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{path}: not UTF-8 text: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("documents", {}), dict):
        raise RegistryError(
            f"{path}: expected a mapping with a 'documents:' mapping of doc_id -> entry"
        )
    entries: dict[str, dict[str, Any]] = {}
    for doc_id, entry in (data.get("documents") or {}).items():
        where = f"{path}: entry '{doc_id}'"
        if not isinstance(doc_id, str) or not _DOC_ID.match(doc_id):
            raise RegistryError(
                f"{where}: a doc_id may hold only letters, digits, '.', '_' and '-'"
            )
        if not isinstance(entry, dict):
            raise RegistryError(f"{where}: expected a mapping of fields")
        unknown = set(entry) - _ENTRY_FIELDS
        if unknown:
            raise RegistryError(
                f"{where}: unknown field(s) {sorted(unknown)}; allowed: {sorted(_ENTRY_FIELDS)}"
            )
        file = entry.get("file")
        if (
            not isinstance(file, str)
            or not file
            or "/" in file
            or "\\" in file
            or file.startswith(".")
        ):
            raise RegistryError(f"{where}: 'file' must be a plain file name inside raw/")
        authors = entry.get("authors") or []
        if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
            raise RegistryError(f"{where}: 'authors' must be a list of names")
        year = entry.get("year")
        if year is not None and not isinstance(year, int):
            raise RegistryError(f"{where}: 'year' must be an integer or null, not {year!r}")
        entries[doc_id] = {
            **{k: entry.get(k) for k in METADATA_FIELDS},
            "authors": authors,
            "file": file,
        }
    return entries


def _candidate_files(raw_dir: Path) -> list[Path]:
    return sorted(
        p
        for p in raw_dir.iterdir()
        if p.suffix.lower() in DOCUMENT_SUFFIXES and not p.name.startswith(".")
    )


def max_document_bytes() -> int:
    """Largest document read, JRIS_MAX_DOCUMENT_MB (default 20): a bigger text file is far more
    likely a failed conversion than a policy paper, and would hold up every refresh."""
    return int(float(os.environ.get("JRIS_MAX_DOCUMENT_MB", "20")) * 1024 * 1024)


def _read(path: Path, raw_dir: Path) -> tuple[bytes, str]:
    if path.is_symlink() and not path.resolve().is_relative_to(raw_dir.resolve()):
        raise DocumentError(
            f"{path.name}: a symbolic link to {path.resolve()}, outside raw/; refused"
        )
    if not path.is_file():
        raise DocumentError(f"{path.name}: not a regular file")
    size, limit = path.stat().st_size, max_document_bytes()
    if size > limit:
        raise DocumentError(
            f"{path.name}: {size / 1048576:.1f} MB, over the {limit / 1048576:.0f} MB "
            "limit for one document (JRIS_MAX_DOCUMENT_MB)"
        )
    data = path.read_bytes()
    return data, hashlib.sha256(data).hexdigest()


def read_corpus(raw_dir: Path, registry_path: Path) -> Corpus:
    """Every document in raw/, read and normalised; unreadable ones quarantined with their reason."""
    if not raw_dir.is_dir():
        raise RegistryError(f"{raw_dir}: the raw folder does not exist")
    registry = load_registry(registry_path)
    corpus = Corpus()
    files = {p.name: p for p in _candidate_files(raw_dir)}
    claimed: dict[str, str] = {}  # doc_id -> file name

    plan: list[tuple[str, str, dict[str, Any] | None]] = []
    for doc_id, registered in registry.items():
        plan.append((doc_id, registered["file"], registered))
    registered_files = {e["file"] for e in registry.values()}
    for name in files:
        if name not in registered_files:
            plan.append((doc_id_from_filename(name), name, None))

    for doc_id, name, entry in plan:
        if doc_id in claimed:
            corpus.quarantined.append(
                QuarantinedDocument(
                    doc_id, name, f"{name}: doc_id '{doc_id}' is claimed by {claimed[doc_id]} too"
                )
            )
            continue
        claimed[doc_id] = name
        path = raw_dir / name
        try:
            if not path.exists() and not path.is_symlink():
                raise DocumentError(
                    f"{name}: listed in {registry_path.name} as '{doc_id}' but the file is missing"
                )
            data, sha = _read(path, raw_dir)
            decoded = decode(data, name)
        except (DocumentError, OSError) as exc:
            corpus.quarantined.append(QuarantinedDocument(doc_id, name, str(exc)))
            continue
        metadata: dict[str, Any]
        if entry is None:
            metadata = dict.fromkeys(METADATA_FIELDS)
            metadata["authors"] = []
            metadata["title"] = infer_title(decoded.text)
            corpus.warnings.append(
                f"{name}: no entry in {registry_path.name}; metadata inferred "
                f"(doc_id '{doc_id}', title {metadata['title']!r})"
            )
        else:
            metadata = {k: entry[k] for k in METADATA_FIELDS}
        corpus.documents.append(
            SourceDocument(
                doc_id=doc_id,
                path=path,
                metadata=metadata,
                metadata_source="inferred" if entry is None else "registry",
                sha256=sha,
                n_bytes=len(data),
                text=decoded.text,
                encoding_detected=decoded.encoding,
            )
        )
    corpus.documents.sort(key=lambda d: d.doc_id)
    corpus.quarantined.sort(key=lambda q: (q.doc_id, q.file))
    return corpus
