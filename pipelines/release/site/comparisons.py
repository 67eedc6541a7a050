"""Where the sources disagree, shown so a reader can judge: both sides' passages side by side,
each with its number, hedge ("about", "more than", from the fact at that passage), date and
page, flagged pairs first."""

from __future__ import annotations

from typing import Any

from pipelines.release.site.pages import Release
from pipelines.release.site.viewer import provenance
from schemas.comparisons import FLAGS

_HEDGES = (
    "SELECT doc_id, char_start, char_end, any_value(qualifier ORDER BY fact_id) AS hedge, "
    "any_value(page ORDER BY fact_id) AS page, any_value(unit ORDER BY fact_id) AS unit "
    "FROM facts GROUP BY ALL"
)


def comparison_pairs(release: Release, texts: dict[str, str]) -> list[dict[str, Any]]:
    rows = release.rows(
        f"WITH h AS ({_HEDGES}) SELECT c.*, a.hedge, a.page, a.unit AS unit_a, b.hedge AS hedge_b, "
        "b.page AS page_b, b.unit AS unit_b "
        "FROM fact_comparisons c "
        "LEFT JOIN h a ON a.doc_id = c.doc_id AND a.char_start = c.char_start "
        "AND a.char_end = c.char_end "
        "LEFT JOIN h b ON b.doc_id = c.doc_id_b AND b.char_start = c.char_start_b "
        "AND b.char_end = c.char_end_b "
        "ORDER BY c.verdict NOT IN (SELECT unnest(?)), c.check_type, c.doc_id, c.char_start, "
        "c.comparison_id",
        [list(FLAGS)],
    )
    out = []
    for r in rows:
        sides = []
        for suffix in ("", "_b"):
            side = {"doc_id": r[f"doc_id{suffix}"], "char_start": r[f"char_start{suffix}"],
                    "char_end": r[f"char_end{suffix}"], "page": r[f"page{suffix}"]}  # fmt: skip
            sides.append({
                "value": r["value" if not suffix else "value_b"],
                "hedge": r[f"hedge{suffix}"],
                # each side's own unit where its fact gives one (a conversion pairs two)
                "unit": r["unit_b" if suffix else "unit_a"] or r["unit"],
                "period": r["period_start" if not suffix else "period_b"],
                "passage": provenance(side, texts),
            })  # fmt: skip
        out.append({**{k: r[k] for k in ("check_type", "verdict", "measure", "entity_id",
                                         "unit", "note")},
                    "flagged": r["verdict"] in FLAGS, "sides": sides})  # fmt: skip
    return out
