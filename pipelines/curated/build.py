"""Every curated table from the extracted tables, typed to its contract's columns."""

from __future__ import annotations

import bisect
from pathlib import Path

import pandas as pd

from pipelines.curated.comparisons import build_fact_comparisons
from pipelines.curated.entities import cited_documents, entity_names, entity_rows, find_mentions
from pipelines.curated.entity_places import place_from_entities
from pipelines.curated.events import event_sources, events_of
from pipelines.curated.fact_entities import link_facts
from pipelines.curated.from_tables import build_bound_table, load_bindings
from pipelines.curated.indicators import build_indicators
from pipelines.curated.partnership_entities import (
    partnership_entities,
    partnership_mentions,
    partnership_tables,
)
from pipelines.curated.programs import build_programs
from schemas import CONTRACTS

BOUND = (
    "technopolis_sites",
    "prefecture_st_policies",
    "prefecture_focus_areas",
    "ins_network_comparison",
    "cluster_lifecycle_phases",
    "cluster_program_typology",
    "escp4i_partnerships",
    "escp4i_partnership_countries",
)
CURATED = (
    *BOUND,
    "policy_programs",
    "policy_program_phases",
    "policy_program_budgets",
    "policy_events",
    "policy_event_sources",
    "indicators",
    "eu_japan_partnerships",
    "eu_japan_partnership_partners",
    "entities",
    "entity_mentions",
    "fact_comparisons",
)


def typed(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Columns in contract order, integers as nullable Int64, missing as None."""
    contract = CONTRACTS[name]
    out = pd.DataFrame({c: df.get(c) for c in contract.column_names}).reset_index(drop=True)
    for col in contract.columns:
        values = out[col.name]
        if col.duckdb_type == "BIGINT":
            if values.dtype != "Int64":
                out[col.name] = pd.to_numeric(values, errors="raise").astype("Int64")
        elif col.duckdb_type == "DOUBLE":
            out[col.name] = values.astype("float64")
        elif col.duckdb_type == "VARCHAR":
            out[col.name] = values.astype(object).where(values.notna(), None)
    return out


# Built per document, in the same worker that extracts it, so a refresh redoes only the
# documents that changed; the rest is built once per corpus from the documents the curation
# files name.
PER_DOCUMENT = ("policy_event_sources", "indicators", "entity_mentions")


def per_document_curated(
    texts: dict[str, str],
    blocks: pd.DataFrame,
    tables: pd.DataFrame,
    cells: pd.DataFrame,
    facts: pd.DataFrame,
    curation_dir: Path,
) -> dict[str, pd.DataFrame]:
    """The mentions of the registered entities and of the partnerships (in the report they come
    from), the facts linked to them, and the rows built from those."""
    registry = curation_dir / "entities.yaml"
    _, partnerships = partnership_tables(blocks, tables, cells, facts, texts)
    found = [find_mentions(registry, texts), partnership_mentions(partnerships, texts)]
    mentions = in_blocks(pd.concat([f for f in found if len(f)] or found[:1]), blocks)
    facts = place_from_entities(link_facts(facts, mentions, blocks, texts, registry), registry)
    names = entity_names(registry) | {p.entity_id: p.name for p in partnerships}
    out = {
        "policy_event_sources": event_sources(facts, blocks, cells, texts, registry),
        "indicators": build_indicators(facts, names),
        "entity_mentions": mentions,
    }
    return {"facts": facts} | {name: typed(name, df) for name, df in out.items()}


def in_blocks(mentions: pd.DataFrame, blocks: pd.DataFrame) -> pd.DataFrame:
    """Each mention's block: the last block starting at or before it that also holds its end."""
    block_of: list[str | None] = []
    by_doc = {
        doc: (list(g["char_start"]), list(g["char_end"]), list(g["block_id"]))
        for doc, g in blocks.sort_values(["doc_id", "char_start"]).groupby("doc_id")
    }
    for doc, start, end in zip(
        mentions["doc_id"], mentions["char_start"], mentions["char_end"], strict=True
    ):
        starts, ends, ids = by_doc.get(doc, ([], [], []))
        k = bisect.bisect_right(starts, start) - 1
        block_of.append(ids[k] if k >= 0 and ends[k] >= end else None)
    return mentions.assign(block_id=block_of)


def named_documents(curation_dir: Path) -> set[str]:
    """The documents bindings.yaml and the curation files take rows or quotes from."""
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "doc" and isinstance(v, str):
                    found.add(v)
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(load_bindings())
    return found | cited_documents(curation_dir / "entities.yaml")


def corpus_curated(
    texts: dict[str, str],
    blocks: pd.DataFrame,
    tables: pd.DataFrame,
    cells: pd.DataFrame,
    facts: pd.DataFrame,
    curation_dir: Path,
    mention_counts: dict[str, int],
) -> dict[str, pd.DataFrame]:
    """The tables bound to named documents; the frames need hold only those documents."""
    out = {name: build_bound_table(name, tables, cells, texts) for name in BOUND}
    out.update(build_programs(tables, cells, blocks, texts))
    partnership_rows, partnerships = partnership_tables(blocks, tables, cells, facts, texts)
    out.update(partnership_rows)
    registered = entity_rows(curation_dir / "entities.yaml", texts, mention_counts)
    found = partnership_entities(partnerships, texts, mention_counts)
    out["entities"] = pd.concat([f for f in (registered, found) if len(f)] or [registered])
    return {name: typed(name, df) for name, df in out.items()}


def build_curated(
    texts: dict[str, str],
    blocks: pd.DataFrame,
    tables: pd.DataFrame,
    cells: pd.DataFrame,
    facts: pd.DataFrame,
    curation_dir: Path,
) -> dict[str, pd.DataFrame]:
    """Every curated table of a corpus held in memory (tests, benchmarks)."""
    per_doc = per_document_curated(texts, blocks, tables, cells, facts, curation_dir)
    facts = per_doc["facts"]
    counts = per_doc["entity_mentions"]["entity_id"].value_counts().to_dict()
    out = corpus_curated(texts, blocks, tables, cells, facts, curation_dir, counts)
    out["policy_event_sources"] = per_doc["policy_event_sources"]
    out["policy_events"] = events_of(per_doc["policy_event_sources"])
    out["fact_comparisons"] = build_fact_comparisons(facts, out["policy_event_sources"], texts)
    out["indicators"] = per_doc["indicators"]
    out["entity_mentions"] = per_doc["entity_mentions"]
    return {name: typed(name, out[name]) for name in CURATED}
