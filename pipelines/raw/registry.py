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

from pipelines.plumbing.errors import DocumentError, RegistryError, document_error
from pipelines.raw.content_kind import check_kind
from pipelines.raw.decoding import DecodedText, decode
from pipelines.raw.language import detect_language
from pipelines.raw.pdf_ocr import CONFIDENCE_FLOOR
from pipelines.raw.pdf_text import pages_named, read_pdf
from pipelines.raw.safe_yaml import check_entry, line_of, load_yaml
from pipelines.raw.stat_cache import StatCache
from pipelines.raw.suffixes import DOCUMENT_SUFFIXES

# files of raw/ that are configuration, not documents: the registry and its like
_NOT_DOCUMENTS = {".yaml", ".yml"}
METADATA_FIELDS = (
    "title",
    "authors",
    "publisher",
    "year",
    "kind",
    "language",
    "source_url",
    "licence_note",
    "full_text",
)
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
    page_starts: tuple[int, ...] = ()  # a PDF's: where page 1, 2 ... begins in `text`
    ocr_confidence: tuple[float | None, ...] = ()  # per page: a scanned page's OCR confidence
    furniture: tuple[tuple[int, int], ...] = ()  # a PDF's page furniture: spans of `text`
    # a PDF's pages left out of `text` (OCR read them too poorly): page (1-based), why
    pages_left_out: tuple[tuple[int, str], ...] = ()


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


# Registry fields and their kinds (pipelines/raw/safe_yaml.py): `?` where null is allowed.
_ENTRY_KINDS = {
    "file": "text",
    "title": "text?",
    "authors": "names?",
    "publisher": "text?",
    "year": "year?",
    "kind": "text?",
    "language": "text?",
    "source_url": "text?",
    "licence_note": "text?",
    "full_text": "bool?",
}


def load_registry(path: Path) -> dict[str, dict[str, Any]]:
    """The registry's entries by doc_id; any problem raises one RegistryError naming the file,
    line, entry and field. No registry file: no entries (metadata is inferred)."""
    if not path.exists() and not path.is_symlink():
        return {}
    data = load_yaml(path, RegistryError)
    if data is None:
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("documents") or {}, dict):
        raise RegistryError(
            f"{path}: expected a mapping with a 'documents:' mapping of doc_id -> entry"
        )
    documents = data.get("documents") or {}
    entries: dict[str, dict[str, Any]] = {}
    for doc_id, entry in documents.items():
        where = f"{path}: entry '{doc_id}'"
        if not isinstance(doc_id, str) or not _DOC_ID.match(doc_id):
            raise RegistryError(
                f"{path}, line {line_of(documents, doc_id)}: entry {doc_id!r}: a doc_id may "
                "hold only letters, digits, '.', '_' and '-'"
            )
        check_entry(entry, _ENTRY_KINDS, where, RegistryError, required=("file",))
        file = entry["file"]
        if "/" in file or "\\" in file or file.startswith(".") or "\x00" in file:
            raise RegistryError(
                f"{where}, line {line_of(entry, 'file')}: 'file' must be a plain file name "
                "inside raw/"
            )
        entries[doc_id] = {
            **{k: entry.get(k) for k in METADATA_FIELDS},
            "authors": entry.get("authors") or [],
            "file": file,
        }
    files: dict[str, str] = {}
    for doc_id, e in entries.items():
        if e["file"] in files:
            raise RegistryError(
                f"{path}: entries '{files[e['file']]}' and '{doc_id}' name the same file "
                f"{e['file']!r}"
            )
        files[e["file"]] = doc_id
    return entries


def _candidate_files(raw_dir: Path) -> list[Path]:
    """Every file of raw/ but hidden ones, folders (curation/, reference/) and YAML: a file of a
    kind JRIS cannot read (.docx, .xlsx, an image) is listed too, to be quarantined saying so,
    never passed over in silence."""
    return sorted(
        p
        for p in raw_dir.iterdir()
        if not p.name.startswith(".")
        and p.suffix.lower() not in _NOT_DOCUMENTS
        and (p.is_symlink() or not p.is_dir())
    )


PDF_SIZE_FACTOR = 10


def max_document_bytes() -> int:
    """Largest document read, JRIS_MAX_DOCUMENT_MB (default 20): a bigger text file is far more
    likely a failed conversion than a policy paper, and would hold up every refresh."""
    return int(float(os.environ.get("JRIS_MAX_DOCUMENT_MB", "20")) * 1024 * 1024)


def _read(path: Path, raw_dir: Path) -> tuple[bytes, str]:
    try:
        target = path.resolve(strict=True) if path.is_symlink() else path
    except (OSError, RuntimeError) as exc:  # a loop, or a link to nothing
        raise DocumentError(f"{path.name}: a symbolic link that leads nowhere ({exc})") from None
    if path.is_symlink() and not target.is_relative_to(raw_dir.resolve()):
        raise DocumentError(
            f"{path.name}: a symbolic link to {path.resolve()}, outside raw/; refused"
        )
    if not path.is_file():
        raise DocumentError(f"{path.name}: not a regular file")
    size, limit = path.stat().st_size, max_document_bytes()
    if path.suffix.lower() == ".pdf":
        limit *= PDF_SIZE_FACTOR  # a PDF carries its fonts and images beside the text
    if size > limit:
        raise DocumentError(
            f"{path.name}: {size / 1048576:.1f} MB, over the {limit / 1048576:.0f} MB "
            "limit for one document (JRIS_MAX_DOCUMENT_MB)"
        )
    data = path.read_bytes()
    return data, hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class DocEntry:
    """One document raw/ should hold: its id, its file and its registry entry (None: inferred)."""

    doc_id: str
    file: str
    entry: dict[str, Any] | None


@dataclass
class CorpusScan:
    entries: list[DocEntry] = field(default_factory=list)
    quarantined: list[QuarantinedDocument] = field(default_factory=list)


def scan_corpus(raw_dir: Path, registry_path: Path) -> CorpusScan:
    """The documents raw/ holds, without reading them: what a sensor or a refresh plan needs."""
    if not raw_dir.is_dir():
        raise RegistryError(f"{raw_dir}: the raw folder does not exist")
    registry = load_registry(registry_path)
    files = {p.name for p in _candidate_files(raw_dir)}
    registered_files = {e["file"] for e in registry.values()}
    plan: list[DocEntry] = [DocEntry(d, e["file"], e) for d, e in registry.items()]
    plan += [DocEntry(doc_id_from_filename(n), n, None) for n in sorted(files - registered_files)]
    scan = CorpusScan()
    claimed: dict[str, str] = {}  # doc_id -> file name
    for item in plan:
        if item.doc_id in claimed:
            scan.quarantined.append(
                QuarantinedDocument(
                    item.doc_id,
                    item.file,
                    f"{item.file}: doc_id '{item.doc_id}' is claimed by {claimed[item.doc_id]} too",
                )
            )
            continue
        claimed[item.doc_id] = item.file
        scan.entries.append(item)
    scan.entries.sort(key=lambda e: e.doc_id)
    return scan


_HASHES: StatCache[str] = StatCache()


def file_sha256(path: Path) -> str | None:
    """The file's content hash, None when it cannot be read (the read will say why);
    remembered per process while the file is unchanged (pipelines/raw/stat_cache.py)."""
    try:
        return _HASHES.get(path, lambda: hashlib.sha256(path.read_bytes()).hexdigest())
    except OSError:
        return None


def read_document(
    item: DocEntry, raw_dir: Path, registry_path: Path
) -> tuple[SourceDocument, str | None]:
    """Read and decode one document; raises DocumentError naming the file. Also returns the
    warning to give when its metadata had to be inferred."""
    name, path = item.file, raw_dir / item.file
    if not path.exists() and not path.is_symlink():
        raise DocumentError(
            f"{name}: listed in {registry_path.name} as '{item.doc_id}' but the file is missing"
        )
    suffix = path.suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        kind = f"a {suffix} file" if suffix else "a file without a suffix"
        raise DocumentError(
            f"{name}: {kind}, a kind of document JRIS cannot read (it reads "
            f"{', '.join(sorted(DOCUMENT_SUFFIXES))}); convert it, or move it out of raw/"
        )
    try:
        data, sha = _read(path, raw_dir)
    except OSError as exc:
        raise DocumentError(f"{name}: cannot be read: {exc}") from exc
    check_kind(data, name, suffix)  # the bytes say what the file is, before its name does
    page_starts: tuple[int, ...] = ()
    ocr_confidence: tuple[float | None, ...] = ()
    furniture: tuple[tuple[int, int], ...] = ()
    pages_left_out: tuple[tuple[int, str], ...] = ()
    notes: list[str] = []
    if suffix == ".pdf":
        pdf = read_pdf(data, name)
        decoded = DecodedText(pdf.text, "pdf")
        page_starts, ocr_confidence, furniture = pdf.page_starts, pdf.ocr_confidence, pdf.furniture
        pages_left_out = tuple(
            (page, f"a scanned page OCR read too poorly ({why}; the floor is a mean word "
                   f"confidence of {CONFIDENCE_FLOOR:g})")
            for page, why in pdf.left_out
        )  # fmt: skip
        if pdf.left_out:  # the rest of the document publishes; these pages are named
            notes.append(f"{name}: scanned pages left out, OCR read them too poorly: "
                         f"{pages_named(pdf.left_out)}")  # fmt: skip
    else:
        decoded = decode(data, name)
    metadata: dict[str, Any]
    warning = None
    if item.entry is None:
        metadata = dict.fromkeys(METADATA_FIELDS)
        metadata["authors"] = []
        metadata["title"] = infer_title(decoded.text)
        warning = (
            f"{name}: no entry in {registry_path.name}; metadata inferred "
            f"(doc_id '{item.doc_id}', title {metadata['title']!r})"
        )
    else:
        metadata = {k: item.entry[k] for k in METADATA_FIELDS}
    if not metadata.get("language"):
        metadata["language"] = detect_language(decoded.text)
    doc = SourceDocument(
        doc_id=item.doc_id,
        path=path,
        metadata=metadata,
        metadata_source="inferred" if item.entry is None else "registry",
        sha256=sha,
        n_bytes=len(data),
        text=decoded.text,
        encoding_detected=decoded.encoding,
        page_starts=page_starts,
        ocr_confidence=ocr_confidence,
        furniture=furniture,
        pages_left_out=pages_left_out,
    )
    if notes:
        warning = "; ".join([*notes, *([warning] if warning else [])])
    return doc, warning


def read_corpus(raw_dir: Path, registry_path: Path) -> Corpus:
    """Every document in raw/, read and normalised; unreadable ones quarantined with their reason."""
    scan = scan_corpus(raw_dir, registry_path)
    corpus = Corpus(quarantined=list(scan.quarantined))
    for item in scan.entries:
        try:
            doc, warning = read_document(item, raw_dir, registry_path)
        except Exception as exc:  # noqa: BLE001 - one document's failure is that document's
            reason = str(document_error(item.file, exc))
            corpus.quarantined.append(QuarantinedDocument(item.doc_id, item.file, reason))
            continue
        if warning:
            corpus.warnings.append(warning)
        corpus.documents.append(doc)
    corpus.documents.sort(key=lambda d: d.doc_id)
    corpus.quarantined.sort(key=lambda q: (q.doc_id, q.file))
    return corpus
