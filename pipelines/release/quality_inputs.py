"""What a table's quality results follow from, so a release can take them from the release
before when none of it changed: a refresh of one document leaves most tables byte-identical, and
validating them again with Great Expectations was most of a small release's time.

A table's key hashes its expectations, the files they read (the table, the tables its foreign
keys point to, the source texts its quotes are checked against), the chunking, the version of
Great Expectations and the code and rules of the report. The release before is checked against
its SHA256SUMS (quality/summary.json included) before anything is taken from it."""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path
from typing import Any

import duckdb

from pipelines.plumbing.sql_text import literal
from schemas import CONTRACTS, FOREIGN_KEYS
from schemas.contract import PROVENANCE_COLUMNS

_HERE = Path(__file__).resolve().parent
_CODE = ("quality.py", "quality_inputs.py", "expectation_plan.py", "expectations.yaml")


def input_keys(
    con: duckdb.DuckDBPyConnection,
    data_dir: Path,
    plan: dict[str, list[dict[str, Any]]],
    chunking: tuple[int, int],
) -> dict[str, str]:
    """Each table's key: equal keys, equal results. Besides the table's own bytes, what its
    checks look up elsewhere: the keys it points to that are missing from their tables, and
    the texts of the documents its quotes come from (not the whole corpus's: a new document
    leaves the other tables' keys as they were)."""
    common = hashlib.sha256(json.dumps([version("great_expectations"), chunking]).encode())
    for name in _CODE:
        common.update((_HERE / name).read_bytes())
    keys = {}
    for name, items in plan.items():
        h = common.copy()
        h.update(json.dumps(items, sort_keys=True, default=str).encode())
        h.update((data_dir / f"{name}.parquet").read_bytes())
        for table, column, target, target_column in FOREIGN_KEYS:
            if table == name:
                h.update(
                    repr(_missing(con, data_dir, name, column, target, target_column)).encode()
                )
        if set(PROVENANCE_COLUMNS) <= set(CONTRACTS[name].column_names):
            h.update(repr(_texts_read(con, data_dir, name)).encode())
        keys[name] = h.hexdigest()
    return keys


def _file(data_dir: Path, name: str) -> str:
    return literal(str(data_dir / f"{name}.parquet"))


def _missing(
    con: duckdb.DuckDBPyConnection, data_dir: Path, name: str, column: str, target: str,
    target_column: str,
) -> list[tuple[Any, ...]]:  # fmt: skip
    """The table's values of a foreign key that its target table does not hold."""
    return con.execute(
        f'SELECT DISTINCT "{column}" FROM read_parquet({_file(data_dir, name)}) '
        f'WHERE "{column}" IS NOT NULL AND "{column}" NOT IN '
        f'(SELECT "{target_column}" FROM read_parquet({_file(data_dir, target)})) ORDER BY 1'
    ).fetchall()


def _texts_read(con: duckdb.DuckDBPyConnection, data_dir: Path, name: str) -> list[tuple[Any, ...]]:
    """A digest of each source text the table's quotes are checked against."""
    return con.execute(
        f"SELECT doc_id, md5(text) FROM read_parquet({_file(data_dir, 'document_texts')}) "
        f"WHERE doc_id IN (SELECT doc_id FROM read_parquet({_file(data_dir, name)})) ORDER BY 1"
    ).fetchall()


def reusable(previous: Path | None, keys: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """The results, per table, of the previous release's report whose key equals this one's."""
    summary = previous / "summary.json" if previous is not None else None
    if summary is None or not summary.is_file():
        return {}
    before = json.loads(summary.read_text(encoding="utf-8"))
    same = {t for t, k in (before.get("inputs") or {}).items() if keys.get(t) == k}
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in same}
    for r in before.get("results", []):
        if r.get("table") in same:
            out[r["table"]].append(r)
    return out
