"""The timeline: policy_events and the passages that date them."""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.curated import YEAR
from schemas.provenance import Provenance

_EVENT_KINDS = [
    "enacted", "established", "abolished", "replaced", "launched", "designated", "approved",
    "revised", "renamed", "reorganised", "signed", "agreement_concluded", "negotiations_started",
    "phase_started", "proposed",
]  # fmt: skip
_EVENT_TYPES = ["law", "plan", "programme", "organisation", "agreement", "place", "other"]


class PolicyEventSources(Provenance):
    source_id: Series[str] = pa.Field(unique=True, description="Id derived from the fact.")
    event_id: Series[str] = pa.Field(description="The event (policy_events.event_id).")
    year: Series[pd.Int64Dtype] = pa.Field(**YEAR, description="Year as this passage dates it.")
    end_year: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, **YEAR, description="Last year, for a span of years (1996–2000)."
    )
    event: Series[str] = pa.Field(description="The law, plan ... as this passage names it.")
    canonical: Series[str] = pa.Field(
        description=(
            "The name this document's passages give the event at its fullest (`Second Plan` "
            "-> `Second Science and Technology Basic Plan`)."
        )
    )
    kind: Series[str] = pa.Field(isin=_EVENT_KINDS, description="What happened (policy_events).")
    event_type: Series[str] = pa.Field(isin=_EVENT_TYPES, description="See policy_events.")
    entity_id: Series[str] = pa.Field(
        nullable=True, description="The registered entity the name matches (entities)."
    )
    fact_id: Series[str] = pa.Field(
        nullable=True, description="The year's fact (facts.fact_id), when facts holds it."
    )
    source_kind: Series[str] = pa.Field(
        description="Where the year stands: paragraph, list_item, table_cell ..."
    )

    class Config:
        strict = True
        description = (
            "Every passage that dates an event of policy_events: its block or table row as "
            "quote, the year and the name as that passage gives them."
        )


class PolicyEvents(Provenance):
    event_id: Series[str] = pa.Field(
        unique=True,
        description=(
            "Id derived from what the event is: its entity (or its normalised name), what "
            "happened and the year; the same in every release while the sources say so."
        ),
    )
    year: Series[pd.Int64Dtype] = pa.Field(**YEAR, description="Year of the event.")
    end_year: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, **YEAR, description="Last year, for an event that spans years."
    )
    event: Series[str] = pa.Field(
        description=(
            "Canonical name of the law, plan, programme ...: the fullest name its sources give "
            "(names as written are in aliases and policy_event_sources.event)."
        )
    )
    aliases: Series[object] = pa.Field(
        metadata={"duckdb_type": "VARCHAR[]"},
        description="Other names the sources give the event as written (`Second Plan`).",
    )
    kind: Series[str] = pa.Field(
        isin=_EVENT_KINDS,
        description=(
            "What happened, read from the verb (or action noun, or table column header) the "
            "year depends on: enacted, established, abolished, replaced, launched, designated, "
            "approved, revised, renamed, reorganised, signed, agreement_concluded, "
            "negotiations_started (talks towards it began), phase_started (a term or stage of "
            "a programme, not its launch), proposed; for a named law, plan or programme dated "
            "without a verb, what its type implies (a law: enacted; a plan: approved)."
        ),
    )
    event_type: Series[str] = pa.Field(
        isin=_EVENT_TYPES,
        description=(
            "What the event is about: law, plan, programme, organisation, agreement, place or "
            "other (the registered entity's type, else the words of its name)."
        ),
    )
    entity_id: Series[str] = pa.Field(
        nullable=True, description="The registered entity the name matches (entities)."
    )
    n_sources: Series[pd.Int64Dtype] = pa.Field(
        ge=1, description="Passages that date it (policy_event_sources)."
    )
    n_documents: Series[pd.Int64Dtype] = pa.Field(ge=1, description="Documents that date it.")

    class Config:
        strict = True
        description = (
            "A timeline of laws, plans, programmes, organisations and agreements: one row per "
            "event (one name, one year, one kind), read from the dependency parse of every "
            "sentence, list item and table row of every document that dates one; its first "
            "source's passage as provenance, every source in policy_event_sources. Covers "
            "events dated to a year; not events dated only by decade (`in the 1980s`), planned "
            "ones, meetings, visits and surveys, nor years of budgets (FY) or citations."
        )
