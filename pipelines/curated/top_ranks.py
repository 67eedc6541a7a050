"""A rank a sentence gives in words (`From top position in 1989–93, Japan began to slide ...
to 24th position in 2007`): the top is the first rank, dated by the year after it, against
the rank the same sentence gives in figures: a change over time when the years differ."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from pipelines.curated.comparison_rows import row

_TOP = re.compile(r"\b(?:top|first)\s+(?:position|place|spot|rank)\s+in\s+$", re.IGNORECASE)


def top_ranks(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Each year after `top position in` against each dated rank in figures of its sentence."""
    ranks = facts[(facts["unit"] == "rank") & facts["period_start"].notna()]
    years = facts[(facts["unit"] == "year") & facts["sentence"].notna()]
    out: list[dict[str, Any]] = []
    for y in years.itertuples():
        text = str(y.sentence)
        at = text.find(str(y.quote))
        if at < 0 or not _TOP.search(text[:at]):
            continue
        same = ranks[(ranks["doc_id"] == y.doc_id) & (ranks["sentence"] == y.sentence)]
        for r in same.itertuples():
            if int(r.period_start) == int(y.period_start) or float(r.value) == 1.0:
                continue  # the same period, or the top still: no change the sentence tells
            note = f"top position ({y.quote}) against {r.quote} ({int(r.period_start)}, "
            note += f"{r.doc_id}): a change over time"
            out.append(row("same_measure", "changed", y, r, note, measure=r.measure, unit="rank",
                           value=1.0, value_b=float(r.value)))  # fmt: skip
    return out
