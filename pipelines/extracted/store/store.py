"""The per-document store: each document's extracted rows as Parquet, stamped with what made them.

`warehouse/documents/<doc_id>/` holds one Parquet file per table and `stamp.json`, which records
the content hash of the file, its registry entry and the extractor's code, so a refresh can tell
which documents need extracting again. A document is replaced as a whole (written beside, then
renamed), so a crash never leaves a half-written document behind.

`documents/.verified.json` remembers, as git's index does, the stats (inode, size, mtime and
ctime) of the files that last matched their checksums, so a refresh re-reads only files whose
stats changed instead of the whole store (60 MB for 400 documents) in every process. A write,
a truncation, a copy over the file or a `touch` changes them; a file changed within RACY_SECONDS
of its check is never remembered.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipelines.raw.stat_cache import RACY_SECONDS  # the same window as the raw files' hashes

if TYPE_CHECKING:  # the table I/O imports them when it runs: planning a refresh needs neither
    import pandas as pd
    import pyarrow as pa

# The tables every document contributes, in the order they are written.
PER_DOCUMENT_TABLES = (
    "documents",
    "document_texts",
    "document_blocks",
    "extracted_tables",
    "extracted_table_cells",
    "facts",
    "citations",
    "fact_candidates",
)
STAMP = "stamp.json"
VERIFIED = ".verified.json"
# The code that turns a file into rows: the layers below the warehouse, the contracts, and the
# per-document runner that calls them.
_CODE_ROOTS = ("pipelines/raw", "pipelines/extracted", "pipelines/curated", "schemas",
               "pipelines/orchestration/per_document.py")  # fmt: skip
_REPO = Path(__file__).resolve().parents[3]


@cache
def extractor_version() -> str:
    """A hash of the code and rules that turn a file into rows: change them and every
    document is stale."""
    h = hashlib.sha256()
    for f in code_files():
        h.update(str(f.relative_to(_REPO)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def code_files() -> list[Path]:
    """The files `extractor_version` hashes; a root that is missing is an error, not an empty
    hash (a moved module must not make every stamp look fresh)."""
    files: list[Path] = []
    for root in _CODE_ROOTS:
        path = _REPO / root
        if not path.exists():
            raise FileNotFoundError(f"extractor code root {path} is missing")
        found = [path] if path.is_file() else sorted(path.rglob("*"))
        files += [f for f in found if f.suffix in (".py", ".yaml") and f.is_file()]
    return files


def input_key(sha256: str | None, entry: dict[str, Any] | None) -> str:
    """What one document's rows depend on: its bytes, its registry entry and the extractor."""
    blob = json.dumps([sha256, entry, extractor_version()], sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:24]


@dataclass(frozen=True)
class Stamp:
    doc_id: str
    file: str
    sha256: str | None
    n_bytes: int | None
    input_key: str
    status: str  # "extracted" or "quarantined"
    reason: str | None
    rows: dict[str, int]
    extraction_id: str = ""  # random per extraction, so re-extracted rows are staged again
    files: dict[str, str] = field(default_factory=dict)  # Parquet file name -> its sha256
    # rows left out because they break their table's contract: table, key, column, value, check
    rejected: list[dict[str, str | None]] = field(default_factory=list)
    # pages of the document left out of its text (a scan OCR read too poorly): page, reason
    pages_left_out: list[dict[str, Any]] = field(default_factory=list)

    @property
    def quarantined(self) -> bool:
        return self.status == "quarantined"

    @property
    def rows_key(self) -> str:
        """Names these very rows: a document extracted again is staged again."""
        return f"{self.input_key}/{self.extraction_id}"


class DocumentStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        # doc_id -> (stamp file's inode, size, mtime_ns), stamp: read again only when it changed
        self._stamps: dict[str, tuple[tuple[int, int, int] | None, Stamp | None]] = {}
        # doc_id -> its stamp's checksums and its files' stats when they last matched (from and
        # to .verified.json, read on first use)
        self._verified: dict[str, dict[str, Any]] | None = None
        self._verified_changed = False

    def path(self, doc_id: str) -> Path:
        if "/" in doc_id or doc_id.startswith("."):
            raise ValueError(f"not a safe doc_id: {doc_id!r}")
        return self.root / doc_id

    def stamp(self, doc_id: str) -> Stamp | None:
        f = self.path(doc_id) / STAMP
        try:
            st = f.stat()
            key: tuple[int, int, int] | None = (st.st_ino, st.st_size, st.st_mtime_ns)
        except OSError:
            key = None
        known = self._stamps.get(doc_id)
        if known is not None and known[0] == key:
            return known[1]
        stamp: Stamp | None = None
        if key is not None:  # a document's folder is replaced whole: a new stamp, a new inode
            try:
                stamp = Stamp(**json.loads(f.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError):
                stamp = None
        self._stamps[doc_id] = (key, stamp)
        return stamp

    def doc_ids(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if (p / STAMP).is_file())

    def write(self, stamp: Stamp, frames: dict[str, pa.Table] | None) -> None:
        """Replace the document's folder with these rows (none for a quarantined document)."""
        import pyarrow.parquet as pq

        target = self.path(stamp.doc_id)
        self._stamps.pop(stamp.doc_id, None)
        tmp = self.root / f".{stamp.doc_id}.{uuid.uuid4().hex[:8]}.tmp"
        tmp.mkdir(parents=True)
        try:
            sums = {}
            for name, table in (frames or {}).items():
                if table.num_rows:  # no file for no rows: the stamp says 0
                    pq.write_table(table, tmp / f"{name}.parquet", compression="zstd")
                    sums[f"{name}.parquet"] = _sha256(tmp / f"{name}.parquet")
            stamp = replace(stamp, files=sums)
            (tmp / STAMP).write_text(json.dumps(stamp.__dict__, ensure_ascii=False), "utf-8")
            old = None
            if target.exists():
                old = self.root / f".{stamp.doc_id}.{uuid.uuid4().hex[:8]}.old"
                os.rename(target, old)
            os.rename(tmp, target)
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise

    def damaged_files(self, doc_id: str) -> list[str]:
        """The document's stored files that are missing, extra or fail their checksum: rows
        that must not be trusted. Files are not read again while their stats and the stamp's
        checksums are those they last matched (`.verified.json`)."""
        stamp = self.stamp(doc_id)
        if stamp is None or stamp.quarantined:
            return []
        folder = self.path(doc_id)
        try:
            with os.scandir(folder) as entries:  # cheaper than Path objects: this runs per plan
                present = {e.name: e.stat() for e in entries if e.name.endswith(".parquet")}
        except OSError:
            return ["the folder cannot be read"]
        seen: dict[str, Any] = {
            "files": stamp.files,
            "stats": sorted([n, s.st_ino, s.st_size, s.st_mtime_ns, s.st_ctime_ns]
                            for n, s in present.items()),
        }  # fmt: skip
        verified = self._known_good()
        if verified.get(doc_id) == seen:
            return []
        expected = stamp.files if stamp.files or not any(stamp.rows.values()) else None
        if expected is None:
            return ["stamp.json (no checksums)"]
        bad = sorted(f"{n} (missing)" for n in set(expected) - set(present))
        bad += sorted(f"{n} (not in the stamp)" for n in set(present) - set(expected))
        for name in sorted(set(expected) & set(present)):
            try:
                if _sha256(folder / name) != expected[name]:
                    bad.append(f"{name} (checksum mismatch)")
            except OSError as exc:
                bad.append(f"{name} ({exc.strerror})")
        settled = all(s.st_ctime < time.time() - RACY_SECONDS for s in present.values())
        if not bad and settled:
            verified[doc_id] = seen
            self._verified_changed = True
        elif verified.pop(doc_id, None) is not None:
            self._verified_changed = True
        return bad

    def _known_good(self) -> dict[str, dict[str, Any]]:
        if self._verified is None:
            try:
                data = json.loads((self.root / VERIFIED).read_text(encoding="utf-8"))
                self._verified = data if isinstance(data, dict) else {}
            except (OSError, ValueError):
                self._verified = {}
        return self._verified

    def save_verified(self, doc_ids: Iterable[str]) -> None:
        """Remember the files checked so far (of these documents: the others are gone)."""
        if not self._verified_changed or not self.root.is_dir():
            return
        keep = set(doc_ids)
        known = {d: v for d, v in self._known_good().items() if d in keep}
        tmp = self.root / f".{VERIFIED}.{uuid.uuid4().hex[:8]}.tmp"
        try:
            tmp.write_text(json.dumps(known, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.root / VERIFIED)  # another process may write it too: last wins
        except OSError:
            tmp.unlink(missing_ok=True)  # a store that cannot be written is checked every time
        self._verified_changed = False

    def remove(self, doc_id: str) -> None:
        self._stamps.pop(doc_id, None)
        shutil.rmtree(self.path(doc_id), ignore_errors=True)

    def remove_leftovers(self, doc_ids: Iterable[str]) -> None:
        """Half-written folders a killed run left of these documents: only the documents this
        run extracts, as runs of other partitions may be writing theirs beside it."""
        if self.root.is_dir():
            for doc_id in doc_ids:
                for p in [*self.root.glob(f".{doc_id}.*.tmp"), *self.root.glob(f".{doc_id}.*.old")]:
                    shutil.rmtree(p, ignore_errors=True)

    def files(self, table: str, doc_ids: Iterable[str]) -> list[Path]:
        return [self.path(d) / f"{table}.parquet" for d in doc_ids]

    def read(self, table: str, doc_ids: Iterable[str]) -> pd.DataFrame:
        """One table's rows for these documents, typed as the contract says."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        from schemas import CONTRACTS

        parts = [pq.read_table(f) for f in self.files(table, doc_ids) if f.exists()]
        schema = CONTRACTS[table].arrow_schema
        combined = pa.concat_tables(parts) if parts else schema.empty_table()
        df = combined.to_pandas(types_mapper=_nullable_ints)
        for col in schema:
            if pa.types.is_list(col.type):
                df[col.name] = df[col.name].map(lambda v: None if v is None else list(v))
        return df


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _nullable_ints(t: pa.DataType) -> Any:
    import pandas as pd
    import pyarrow as pa

    return pd.Int64Dtype() if pa.types.is_integer(t) else None


def to_arrow(table: str, df: pd.DataFrame) -> pa.Table:
    """A frame as its contract's Arrow schema: every document's file has the same types."""
    import pyarrow as pa

    from schemas import CONTRACTS

    schema = CONTRACTS[table].arrow_schema
    return pa.Table.from_pandas(df[schema.names], schema=schema, preserve_index=False)
