"""policy_event_sources (every passage that dates a law, plan, programme, organisation or
agreement, read from the parse of its sentence or its table row) and policy_events (one row
per event: the same thing, the same happening and the same year from any number of passages
and documents)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from pipelines.curated.entities import entity_patterns, load_curation
from pipelines.curated.event_names import type_of
from pipelines.curated.event_passages import passages
from pipelines.curated.event_reading import Reading, read_document
from pipelines.curated.layout_events import heading_starts, key_value_starts
from pipelines.curated.parsers import curation_rules

SOURCE_COLUMNS = [
    "source_id", "event_id", "year", "end_year", "event", "canonical", "kind", "event_type",
    "entity_id", "fact_id", "source_kind", "doc_id", "char_start", "char_end", "quote",
]  # fmt: skip
_PARENS = re.compile(r"\s*\([^()]*\)")
_STOP = {"the", "of", "and", "for", "in", "a", "an", "to", "on", "s", "japan's"}


def _sha(prefix: str, *parts: object) -> str:
    return prefix + hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:12]


def event_type(name: str, entity_type: str | None) -> str:
    rules = curation_rules()
    if entity_type is not None and entity_type in rules["entity_event_types"]:
        return str(rules["entity_event_types"][entity_type])
    return type_of(name)


def _normal(name: str) -> str:
    return " ".join(_PARENS.sub("", name).lower().removeprefix("the ").split())


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[\w&+'-]+", _normal(name)) if w not in _STOP}


def canonical_names(readings: list[Reading]) -> dict[int, str]:
    """One name per event of a document: a name whose words all stand in a longer name of the
    same year and kind (`Second Plan`, `Second Science and Technology Basic Plan`) takes the
    longer one."""
    out: dict[int, str] = {}
    for i, r in enumerate(readings):
        best = r.name
        for other in readings:
            if (other.year, other.kind) != (r.year, r.kind) or len(other.name) <= len(best):
                continue
            if _words(best) <= _words(other.name):
                best = other.name
        out[i] = best
    return out


def event_sources(
    facts: pd.DataFrame,
    blocks: pd.DataFrame,
    cells: pd.DataFrame,
    texts: dict[str, str],
    registry: Path,
) -> pd.DataFrame:
    """The passages of these documents that date an event, read from each sentence's verb and
    its arguments (and from table rows); works on any subset of documents, so it runs per
    document."""
    types = {e["id"]: e["type"] for e in load_curation(registry)}
    patterns = entity_patterns(registry)
    year_facts = {
        (f.doc_id, int(f.char_start)): f.fact_id
        for f in facts[facts["fact_type"] == "year"].itertuples()
    }
    rows: list[dict[str, Any]] = []
    for doc_id in sorted(texts):
        found = list(read_document(passages(doc_id, texts[doc_id], blocks, cells, {})))
        found += heading_starts(doc_id, texts[doc_id], blocks)
        found += key_value_starts(doc_id, cells)
        names = canonical_names([r for _, r in found])
        for i, (p, r) in enumerate(found):
            canonical = names[i]
            entity = next((e for e, pat in patterns if pat.search(canonical)), None)
            key = entity or _normal(canonical)
            s, e = min(r.year_start, p.start), max(r.year_end, p.end)
            rows.append(
                {
                    "source_id": _sha("evs_", doc_id, r.year_start, r.kind, r.name),
                    "event_id": _sha("evt_", key, r.kind, r.year),
                    "year": r.year,
                    "end_year": r.end_year,
                    "event": r.name,
                    "canonical": canonical,
                    "kind": r.kind,
                    "event_type": event_type(canonical, types.get(entity) if entity else None),
                    "entity_id": entity,
                    "fact_id": year_facts.get((doc_id, r.year_start)),
                    "source_kind": p.kind,
                    "doc_id": doc_id,
                    "char_start": s,
                    "char_end": e,
                    "quote": texts[doc_id][s:e],
                }
            )
    return pd.DataFrame(rows, columns=SOURCE_COLUMNS).drop_duplicates("source_id")


def events_sql(sources: str) -> str:
    """policy_events from its sources: the first source names the event (a table row first,
    then by document and position), its longest canonical name names it, the names as written
    are its aliases, the counts say how many passages and documents date it."""
    return f"""
WITH counted AS (
  SELECT event_id, count(*) AS n_sources, count(DISTINCT doc_id) AS n_documents,
         max(end_year) AS end_year,
         arg_max(canonical, length(canonical) * 1000000 - char_start) AS canonical,
         list_sort(list_distinct(list(event))) AS names
  FROM {sources} GROUP BY event_id
), n AS (
  SELECT * EXCLUDE (names), list_filter(names, lambda x: x <> canonical) AS aliases FROM counted
), first AS (
  SELECT *, row_number() OVER (
    PARTITION BY event_id
    ORDER BY (source_kind <> 'table_row'), doc_id, char_start, source_id) AS _rank
  FROM {sources}
)
SELECT first.* EXCLUDE (_rank, source_id, fact_id, source_kind, event, canonical)
       REPLACE (n.end_year AS end_year),
       n.canonical AS event, n.aliases, n.n_sources, n.n_documents
FROM first JOIN n USING (event_id) WHERE _rank = 1
"""


def events_of(sources: pd.DataFrame) -> pd.DataFrame:
    """policy_events of sources held in memory (tests, benchmarks): the warehouse's SQL."""
    con = duckdb.connect()
    con.register("sources", sources)
    return con.execute(events_sql("sources") + " ORDER BY year, event_id").df()
