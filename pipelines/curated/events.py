"""policy_event_sources (every passage that dates a law, plan, programme, organisation or
agreement, read from its year fact's measure) and policy_events (one row per event: the same
thing, the same happening and the same year from any number of passages and documents)."""

from __future__ import annotations

import bisect
import hashlib
import re
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from pipelines.curated.entities import entity_patterns, load_curation
from pipelines.curated.parsers import curation_rules

SOURCE_COLUMNS = [
    "source_id", "event_id", "year", "end_year", "event", "kind", "event_type", "entity_id",
    "fact_id", "source_kind", "doc_id", "char_start", "char_end", "quote",
]  # fmt: skip
_ACTION = re.compile(r"^(?P<noun>[A-Za-z][A-Za-z ]*?) (?P<joint>of|by) (?:the )?(?P<name>.+)$")
_PARENS = re.compile(r"\s*\([^()]*\)")


def _sha(prefix: str, *parts: object) -> str:
    return prefix + hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:12]


def read_event(measure: str) -> tuple[str, str] | None:
    """(what happened, the name as written) of a year's measure: `enactment of the Technopolis
    Law` -> (enacted, Technopolis Law); `The Industrial Relocation Promotion Law` -> (None
    here: its type decides), `decision by ... to establish ...` -> (decided, the whole)."""
    rules = curation_rules()
    m = _ACTION.match(measure)
    if m:
        action = rules["event_actions"].get(m.group("noun").lower())
        if action:
            name = measure if m.group("joint") == "by" else m.group("name")
            return action, name.removeprefix("the ").removeprefix("The ")
    return None


def _described(measure: str) -> bool:
    """`holding of Workshop`: a happening this module does not name, of a thing."""
    m = _ACTION.match(measure)
    return m is not None and m.group("noun").islower() and " " not in m.group("noun")


def _proper(name: str) -> bool:
    """A name, not a description: `Industrial Relocation Promotion Law`, `EU Competitiveness
    and Innovation programme`; not `Start date of project` or `Other legislation`."""
    words = name.split()
    capitals = sum(w[:1].isupper() for w in words)
    return len(words) > 1 and (words[-1][:1].isupper() or capitals >= 2)


def event_type(name: str, entity_type: str | None) -> str:
    rules = curation_rules()
    if entity_type is not None and entity_type in rules["entity_event_types"]:
        return str(rules["entity_event_types"][entity_type])
    for kind, words in rules["event_types"].items():
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", name) for w in words):
            return str(kind)
    return "other"


def _normal(name: str) -> str:
    return " ".join(_PARENS.sub("", name).lower().removeprefix("the ").split())


def event_sources(
    facts: pd.DataFrame,
    blocks: pd.DataFrame,
    cells: pd.DataFrame,
    texts: dict[str, str],
    registry: Path,
) -> pd.DataFrame:
    """The passages of these documents that date an event; works on any subset of documents,
    so it runs per document."""
    rules = curation_rules()
    types = {e["id"]: e["type"] for e in load_curation(registry)}
    names = {e["id"]: e["name"] for e in load_curation(registry)}
    patterns = entity_patterns(registry)
    years = facts[(facts["fact_type"] == "year") & facts["measure"].notna()]
    spans = _SpanFinder(blocks, cells)
    rows: list[dict[str, Any]] = []
    for f in years.itertuples():
        measure = str(f.measure)
        found = read_event(measure)
        bare = rules["event_actions"].get(measure.lower())
        if bare and isinstance(f.entity_id, str) and f.entity_id in names:
            found = (bare, names[f.entity_id])  # "- 2005: established as ...", under its name
        name = found[1] if found else _PARENS.sub("", measure).strip()
        entity = next((e for e, p in patterns if p.search(name)), None)
        etype = event_type(name, types.get(entity) if entity else None)
        if found:
            action = found[0]
        elif etype in rules["default_actions"] and _proper(name) and not _described(measure):
            action = rules["default_actions"][etype]  # a named law, plan ... with its year
        else:
            continue
        if etype == "other" and action != "decided":
            continue  # a visit, a meeting, an earthquake: not a policy event
        if not any(w[:1].isupper() and w not in rules["generic_names"] for w in name.split()):
            continue  # "program", "an MoU", "five-year plan": no name says which
        if " " not in name and entity is None and not name.isupper():
            continue  # "Council": one common word names no particular one
        year = int(f.value)
        key = entity or _normal(name)
        s, e = spans.of(f)
        rows.append(
            {
                "source_id": _sha("evs_", f.fact_id),
                "event_id": _sha("evt_", key, action, year),
                "year": year,
                "end_year": None if pd.isna(f.value_high) else int(f.value_high),
                "event": name,
                "kind": action,
                "event_type": etype,
                "entity_id": entity,
                "fact_id": f.fact_id,
                "source_kind": f.source_kind,
                "doc_id": f.doc_id,
                "char_start": s,
                "char_end": e,
                "quote": texts[f.doc_id][s:e],
            }
        )
    return pd.DataFrame(rows, columns=SOURCE_COLUMNS).drop_duplicates("source_id")


class _SpanFinder:
    """The passage a year fact's event is read from: its block, or its table row."""

    def __init__(self, blocks: pd.DataFrame, cells: pd.DataFrame) -> None:
        self.blocks = blocks.set_index("block_id")[["char_start", "char_end", "kind"]]
        self.rows: dict[tuple[str, int], tuple[int, int]] = {}
        self.cell_starts: dict[str, tuple[list[int], list[tuple[str, int]]]] = {}
        for (table, row), g in cells.groupby(["table_id", "row_index"]):
            self.rows[(table, int(row))] = (int(g["char_start"].min()), int(g["char_end"].max()))
        for table, g in cells.sort_values("char_start").groupby("table_id"):
            self.cell_starts[str(table)] = (
                [int(x) for x in g["char_start"]],
                [(str(table), int(r)) for r in g["row_index"]],
            )

    def of(self, f: Any) -> tuple[int, int]:
        if isinstance(f.table_id, str) and f.table_id in self.cell_starts:
            starts, rows = self.cell_starts[f.table_id]
            k = bisect.bisect_right(starts, int(f.char_start)) - 1
            if k >= 0:
                return self.rows[rows[k]]
        if isinstance(f.block_id, str) and f.block_id in self.blocks.index:
            s, e, _ = self.blocks.loc[f.block_id]
            return int(s), int(e)
        return int(f.char_start), int(f.char_end)


def events_sql(sources: str) -> str:
    """policy_events from its sources: the first source names the event (a table row first,
    then by document and position), the counts say how many passages and documents date it."""
    return f"""
WITH n AS (
  SELECT event_id, count(*) AS n_sources, count(DISTINCT doc_id) AS n_documents
  FROM {sources} GROUP BY event_id
), first AS (
  SELECT *, row_number() OVER (
    PARTITION BY event_id
    ORDER BY (source_kind <> 'table_cell'), doc_id, char_start, source_id) AS _rank
  FROM {sources}
)
SELECT first.* EXCLUDE (_rank, source_id, fact_id, source_kind), n.n_sources, n.n_documents
FROM first JOIN n USING (event_id) WHERE _rank = 1
"""


def events_of(sources: pd.DataFrame) -> pd.DataFrame:
    """policy_events of sources held in memory (tests, benchmarks): the warehouse's SQL."""
    con = duckdb.connect()
    con.register("sources", sources)
    return con.execute(events_sql("sources") + " ORDER BY year, event_id").df()
