"""entities (from raw/curation/entities.yaml, quotes checked) and entity_mentions (found in text)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from pipelines.extracted.japanese.ja_numbers import JAPANESE_SCRIPT
from pipelines.plumbing.errors import ContractError
from pipelines.raw.safe_yaml import check_entry, line_of, load_yaml

# Entity fields and their kinds (pipelines/raw/safe_yaml.py): `?` where null is allowed.
FIELDS = {
    "id": "text",
    "name": "text",
    "aliases": "names?",
    "type": "text",
    "prefecture_code": "text?",
    "city": "text?",
    "country": "text?",
    "description": "text?",
    "year": "year?",
    "year_doc": "text?",
    "year_quote": "text?",
}
_ENTITY_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


class CurationError(ContractError):
    """A curated value whose quote the document no longer supports, or a malformed entry."""


def load_curation(path: Path) -> list[dict[str, Any]]:
    """The curated entities, every field checked; no file, no entities (the run warns)."""
    if not path.exists() and not path.is_symlink():
        return []
    data = load_yaml(path, CurationError)
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("entities") or [], list):
        raise CurationError(f"{path}: expected a mapping with an 'entities:' list of entries")
    entries: list[dict[str, Any]] = data.get("entities") or []
    seen: dict[str, int] = {}
    for i, e in enumerate(entries, 1):
        name = e.get("id") if isinstance(e, dict) else None
        where = f"{path}: entity {name!r}" if isinstance(name, str) else f"{path}: entity #{i}"
        check_entry(e, FIELDS, where, CurationError, required=("id", "name", "type"))
        if not _ENTITY_ID.match(e["id"]):
            raise CurationError(
                f"{where}, line {line_of(e, 'id')}: an id holds lower-case letters, digits, "
                "'.', '_' and '-'"
            )
        if e["id"] in seen:
            raise CurationError(
                f"{where}, line {line_of(e)}: the id is used by entity #{seen[e['id']]} too"
            )
        seen[e["id"]] = i
        if e.get("year") is not None and not (e.get("year_doc") and e.get("year_quote")):
            raise CurationError(
                f"{where}, line {line_of(e, 'year')}: a year needs 'year_doc' and 'year_quote', "
                "the passage that states it"
            )
    return entries


def check_quote(entry: dict[str, Any], texts: dict[str, str], path: Path) -> tuple[int, int] | None:
    """The span of the entry's quote; fails loudly when the document no longer says it."""
    if entry.get("year") is None:
        return None
    where = f"{path.name}: entity '{entry['id']}'"
    doc, quote = entry.get("year_doc"), entry.get("year_quote")
    if doc not in texts:
        raise CurationError(f"{where}: document '{doc}' is not in the corpus")
    if not quote or str(entry["year"]) not in quote:
        raise CurationError(f"{where}: the year {entry['year']} is not in its quote {quote!r}")
    at = texts[doc].find(quote)
    if at < 0:
        raise CurationError(f"{where}: document '{doc}' no longer contains the quote {quote!r}")
    return at, at + len(quote)


MENTION_COLUMNS = [
    "mention_id",
    "entity_id",
    "doc_id",
    "surface",
    "char_start",
    "char_end",
    "quote",
]


@cache
def _patterns(path: Path, mtime_ns: int) -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for e in load_curation(path):
        names = sorted({e["name"], *(e.get("aliases") or [])}, key=len, reverse=True)
        out.append((e["id"], re.compile("|".join(_bounded(n) for n in names))))
    return out


def _bounded(name: str) -> str:
    """`name` as a whole word: not inside a longer Latin word (`INS` in `INSIDE`); Japanese has
    no blanks between words, so an end written in kana or kanji needs no boundary
    (経済産業省は, 頭脳立地法案)."""
    before = "" if JAPANESE_SCRIPT.match(name[0]) else r"(?<![\w-])"
    after = "" if JAPANESE_SCRIPT.match(name[-1]) else r"(?![\w-])"
    return f"{before}{re.escape(name)}{after}"


def entity_patterns(path: Path) -> list[tuple[str, re.Pattern[str]]]:
    """Each registered entity's names as one pattern (cached on the file's mtime)."""
    return _patterns(path, path.stat().st_mtime_ns if path.exists() else 0)


def find_mentions(path: Path, texts: dict[str, str]) -> pd.DataFrame:
    """Every mention of a registered entity in these documents, the longest where they nest."""
    return mentions_frame(
        mention_row(entity_id, doc_id, m)
        for entity_id, pattern in entity_patterns(path)
        for doc_id, text in sorted(texts.items())
        for m in pattern.finditer(text)
    )


def mention_row(entity_id: str, doc_id: str, m: re.Match[str]) -> dict[str, Any]:
    """One entity_mentions row for a name matched in a document's text."""
    mid = hashlib.sha1(f"{entity_id}|{doc_id}|{m.start()}".encode()).hexdigest()[:12]
    return {
        "mention_id": f"men_{mid}",
        "entity_id": entity_id,
        "doc_id": doc_id,
        "surface": m.group(0),
        "char_start": m.start(),
        "char_end": m.end(),
        "quote": m.group(0),
    }


def mentions_frame(mentions: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """entity_mentions from its rows, the longest where names nest."""
    men = pd.DataFrame(_drop_nested(list(mentions)), columns=MENTION_COLUMNS)
    for col in ("char_start", "char_end"):
        men[col] = men[col].astype("Int64")
    return men


def entity_rows(path: Path, texts: dict[str, str], counts: dict[str, int]) -> pd.DataFrame:
    """The registry, each dated entity's quote checked against its document (texts must hold
    the documents the registry cites); n_mentions from `counts`."""
    rows: list[dict[str, Any]] = []
    for e in load_curation(path):
        span = check_quote(e, texts, path)
        rows.append(
            {
                "entity_id": e["id"],
                "name": e["name"],
                "aliases": list(e.get("aliases") or []),
                "type": e["type"],
                "prefecture_code": e.get("prefecture_code"),
                "city": e.get("city"),
                "country": e.get("country"),
                "founded_or_enacted_year": e.get("year"),
                "description": e.get("description"),
                "year_doc_id": e.get("year_doc") if span else None,
                "year_char_start": span[0] if span else None,
                "year_char_end": span[1] if span else None,
                "year_quote": e.get("year_quote") if span else None,
                "n_mentions": int(counts.get(e["id"], 0)),
            }
        )
    ents = pd.DataFrame(rows, columns=ENTITY_COLUMNS)
    for col in ("founded_or_enacted_year", "year_char_start", "year_char_end", "n_mentions"):
        ents[col] = ents[col].astype("Int64")
    return ents


ENTITY_COLUMNS = [
    "entity_id", "name", "aliases", "type", "prefecture_code", "city", "country",
    "founded_or_enacted_year", "description", "year_doc_id", "year_char_start", "year_char_end",
    "year_quote", "n_mentions",
]  # fmt: skip


def entity_names(path: Path) -> dict[str, str]:
    return {e["id"]: e["name"] for e in load_curation(path)}


def cited_documents(path: Path) -> set[str]:
    return {e["year_doc"] for e in load_curation(path) if e.get("year_doc")}


def build_entities(path: Path, texts: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    men = find_mentions(path, texts)
    counts = men["entity_id"].value_counts().to_dict()
    return entity_rows(path, texts, counts), men


def _drop_nested(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`Technopolis Law` is one mention, not also one of `Technopolis`: keep the longest."""
    kept: list[dict[str, Any]] = []
    ordered = sorted(
        mentions, key=lambda m: (m["doc_id"], m["char_start"], -(m["char_end"] - m["char_start"]))
    )
    last_doc, last_end = None, -1
    for m in ordered:
        if m["doc_id"] == last_doc and m["char_start"] < last_end:
            continue
        kept.append(m)
        last_doc, last_end = m["doc_id"], m["char_end"]
    return kept
