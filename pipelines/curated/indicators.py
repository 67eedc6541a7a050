"""indicators: the facts a researcher would chart, chosen and labelled by rules that are data."""

from __future__ import annotations

import pandas as pd

from pipelines.curated.parsers import curation_rules


def build_indicators(facts: pd.DataFrame, entity_names: dict[str, str]) -> pd.DataFrame:
    """Facts whose measure names what they count, chosen by rules.yaml's `indicators`, labelled
    measure, entity and geography: `SMEs — Industrial Cluster Program`."""
    rules = curation_rules()["indicators"]
    measure = facts["measure"].fillna("")
    lower = measure.str.lower()
    chosen = facts[
        facts["unit"].isin(rules["units"])
        & (facts["fact_type"] != "year")
        & (measure.str.len() >= rules["min_measure_chars"])
        & ~lower.isin(rules["measure_not"])
        & ~lower.str.startswith(tuple(rules["measure_not_starting"]))
    ]
    # the label names a place its sentence ties the number to; the entity's place (the entity is
    # named already) and the document's subject place stay in the geography column only
    source = chosen.get("geography_source")
    named = (
        chosen["geography"] if source is None else chosen["geography"].where(source == "sentence")
    )
    labels = [
        " — ".join(
            part
            for part in (m, entity_names.get(e) if isinstance(e, str) else None, g)
            if isinstance(part, str) and part
        )
        for m, e, g in zip(chosen["measure"], chosen["entity_id"], named, strict=True)
    ]
    out = pd.DataFrame(
        {
            "indicator_id": chosen["fact_id"],
            "label": labels,
            "measure": chosen["measure"],
            "entity_id": chosen["entity_id"],
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
