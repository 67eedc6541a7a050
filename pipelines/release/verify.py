"""`jris verify`: the quotes of a document a release ships only as passages, checked against a
copy of the document the user has: the copy's sha256 must be the one the release records, and
every quote of every table must be the copy's text at its offsets (withheld characters ░ aside).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipelines.plumbing.errors import DocumentError, JrisError
from pipelines.raw.registry import DocEntry, file_sha256, read_document
from pipelines.release.withheld import WITHHELD
from schemas import CONTRACTS
from schemas.contract import provenance_sides


@dataclass
class Verified:
    doc_id: str
    quotes: int
    tables: int
    withheld: int  # characters of the document the release does not ship


def _matches(original: str, shipped: str) -> bool:
    return len(original) == len(shipped) and all(
        s in (WITHHELD, o) for o, s in zip(original, shipped, strict=True)
    )


def verify_file(release_dir: Path, path: Path) -> Verified:
    data = release_dir / "data"
    con = duckdb.connect()
    digest = file_sha256(path)
    row = con.execute(
        "SELECT doc_id FROM read_parquet(?) WHERE sha256 = ?",
        [str(data / "documents.parquet"), digest],
    ).fetchone()
    if row is None:
        raise JrisError(
            f"{path}: no document of release {release_dir.name} has this file's sha256 "
            f"({digest}): not the document the release was built from"
        )
    doc_id = str(row[0])
    try:
        doc, _ = read_document(DocEntry(doc_id, path.name, None), path.parent, path.parent / "-")
    except DocumentError as exc:
        raise JrisError(str(exc)) from exc
    (shipped,) = con.execute(
        "SELECT text FROM read_parquet(?) WHERE doc_id = ?",
        [str(data / "document_texts.parquet"), doc_id],
    ).fetchone() or ("",)
    if not _matches(doc.text, shipped):
        raise JrisError(f"{path}: its text does not match release {release_dir.name}'s {doc_id}")
    quotes = tables = 0
    for name, contract in sorted(CONTRACTS.items()):
        counted = False
        for s in provenance_sides(contract.column_names):
            rows = con.execute(
                f"SELECT char_start{s}, char_end{s}, quote{s} FROM "
                f"read_parquet(?) WHERE doc_id{s} = ?",
                [str(data / f"{name}.parquet"), doc_id],
            ).fetchall()
            for a, b, quote in rows:
                if not _matches(doc.text[a:b], quote):
                    raise JrisError(
                        f"{path}: {name} quotes {quote[:60]!r} at {a}-{b}, the file says "
                        f"{doc.text[a:b][:60]!r}"
                    )
            quotes += len(rows)
            counted = counted or bool(rows)
        tables += counted
    return Verified(doc_id, quotes, tables, shipped.count(WITHHELD))


def files_to_verify(release_dir: Path, source_dir: Path) -> list[Path]:
    """The files of source_dir named as the release's withheld documents were."""
    con = duckdb.connect()
    names = [
        r[0]
        for r in con.execute(
            "SELECT file_name FROM read_parquet(?) WHERE NOT full_text ORDER BY doc_id",
            [str(release_dir / "data" / "documents.parquet")],
        ).fetchall()
    ]
    found = [source_dir / n for n in names if (source_dir / n).is_file()]
    if not found:
        raise JrisError(
            f"{source_dir}: none of the documents release {release_dir.name} ships as passages "
            f"only ({', '.join(names) or 'none'}) is there"
        )
    return found
