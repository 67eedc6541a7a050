"""A fact's place from the entity it belongs to, where its sentence names none: the registered
prefecture (else country) of facts.entity_id comes before the document's subject place."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipelines.curated.entities import load_curation


def place_from_entities(facts: pd.DataFrame, registry: Path) -> pd.DataFrame:
    if facts.empty or "entity_id" not in facts.columns:
        return facts
    places = {
        e["id"]: e.get("prefecture_code") or e.get("country")
        for e in (load_curation(registry) if registry.exists() else [])
    }
    place = facts["entity_id"].map(lambda e: places.get(e) if isinstance(e, str) else None)
    weaker = facts["geography_source"].isna() | (facts["geography_source"] == "document")
    use = weaker & place.notna()
    if not use.any():
        return facts
    out = facts.copy()
    out.loc[use, "geography"] = place[use]
    out.loc[use, "geography_source"] = "entity"
    return out
