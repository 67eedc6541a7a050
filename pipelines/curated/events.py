"""policy_events (a timeline) and indicators (numbers to chart), both from extracted output."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import pandas as pd

from pipelines.curated.from_tables import _find_tables, load_bindings
from pipelines.curated.parsers import curation_rules
from pipelines.extracted.block_patterns import REFERENCE_HEADING as _REFERENCE_HEADING
from schemas.vocabulary import INDICATOR_UNITS

PROSE = ("paragraph", "list_item", "heading", "caption", "figure_caption")


def event_kind(event: str) -> str:
    for kind, words in curation_rules()["event_kinds"].items():
        if any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", event) for w in words):
            return str(kind)
    return "other"


def _id(*parts: object) -> str:
    return "evt_" + hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:12]


def build_policy_events(
    tables: pd.DataFrame,
    cells: pd.DataFrame,
    facts: pd.DataFrame,
    blocks: pd.DataFrame,
    texts: dict[str, str],
) -> pd.DataFrame:
    timeline = timeline_events(tables, cells, texts)
    return dedupe_events(pd.concat([timeline, dated_events(facts, blocks, texts)]))


def dedupe_events(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (year, event): a timeline row first, else the first statement in the corpus."""
    if events.empty:
        return events
    order = events.assign(_tl=events["source"] != "timeline_table").sort_values(
        ["_tl", "doc_id", "char_start"], kind="stable"
    )
    return order.drop_duplicates(["year", "event"]).drop(columns="_tl").reset_index(drop=True)


def timeline_events(
    tables: pd.DataFrame, cells: pd.DataFrame, texts: dict[str, str]
) -> pd.DataFrame:
    """Rows of the chronology tables bindings.yaml names."""
    rows: list[dict[str, Any]] = []
    for spec in load_bindings()["policy_events"]["timeline_tables"]:
        if spec["doc"] not in texts:  # a corpus without the bound document
            continue
        table = _find_tables("policy_events", spec, spec, tables).iloc[0]
        for _, row in cells[cells["table_id"] == table["table_id"]].groupby("row_index", sort=True):
            by_col = {int(c.col_index): c for c in row.itertuples()}
            year_cell, event_cell = by_col[0], by_col[1]
            year = int(year_cell.value_number)
            event = str(event_cell.text)
            s, e = int(row["char_start"].min()), int(row["char_end"].max())
            span_years = re.search(r"\((\d{4})\s*[–-]\s*(\d{2,4})\)", event)
            end_year = None
            if span_years:
                b = span_years.group(2)
                end_year = int(span_years.group(1)[:2] + b) if len(b) == 2 else int(b)
            rows.append(
                {
                    "event_id": _id(spec["doc"], year, event),
                    "year": year,
                    "end_year": end_year,
                    "event": event,
                    "kind": event_kind(event),
                    "source": "timeline_table",
                    "doc_id": spec["doc"],
                    "char_start": s,
                    "char_end": e,
                    "quote": texts[spec["doc"]][s:e],
                }
            )
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


EVENT_COLUMNS = [
    "event_id",
    "year",
    "end_year",
    "event",
    "kind",
    "source",
    "doc_id",
    "char_start",
    "char_end",
    "quote",
]


def dated_events(facts: pd.DataFrame, blocks: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """Statements that date a law, plan, programme, organisation or agreement; works on any
    subset of documents, so it runs per document."""
    rows: list[dict[str, Any]] = []
    block_span = blocks.set_index("block_id")[["char_start", "char_end"]]
    in_notes = set(
        blocks[
            blocks["heading_path"].map(lambda path: any(_REFERENCE_HEADING.match(h) for h in path))
        ]["block_id"]
    )
    dated = facts[
        (facts["fact_type"] == "year")
        & facts["source_kind"].isin(PROSE)
        & facts["subject"].notna()
        & ~facts["block_id"].isin(in_notes)
    ]
    seen: set[tuple[str, int, str]] = set()  # per document: the corpus dedupe comes later
    for f in dated.itertuples():
        event = str(f.subject)
        kind = event_kind(event)
        if kind == "other" or len(event) < 12 or (f.doc_id, int(f.value), event) in seen:
            continue
        seen.add((f.doc_id, int(f.value), event))
        s, e = (int(v) for v in block_span.loc[f.block_id])
        rows.append(
            {
                "event_id": _id(f.doc_id, f.value, event, f.char_start),
                "year": int(f.value),
                "end_year": None if pd.isna(f.value_high) else int(f.value_high),
                "event": event,
                "kind": kind,
                "source": "dated_statement",
                "doc_id": f.doc_id,
                "char_start": s,
                "char_end": e,
                "quote": texts[f.doc_id][s:e],
            }
        )
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


def build_indicators(facts: pd.DataFrame) -> pd.DataFrame:
    chosen = facts[
        facts["unit"].isin(INDICATOR_UNITS)
        & (facts["fact_type"] != "year")
        & facts["subject"].notna()
    ]
    out = pd.DataFrame(
        {
            "indicator_id": chosen["fact_id"],
            "label": chosen["subject"],
            "geography": chosen["geography"],
            "period_start": chosen["period_start"],
            "period_end": chosen["period_end"],
            "value": chosen["value"],
            "value_low": chosen["value_low"],
            "value_high": chosen["value_high"],
            "unit": chosen["unit"],
            "qualifier": chosen["qualifier"],
            "doc_id": chosen["doc_id"],
            "char_start": chosen["char_start"],
            "char_end": chosen["char_end"],
            "quote": chosen["quote"],
        }
    )
    return out.reset_index(drop=True)
