"""Facts of the numeric cells of a table row: the cell's value, unit and period as the table
reader parsed them, the column header as subject."""

from __future__ import annotations

import re
from typing import Any

from pipelines.extracted.fact import Fact
from pipelines.extracted.structure.sentences import MAX_SENTENCE


def table_cell_facts(
    text: str, row_cells: list[dict[str, Any]], places_of_row: str | None
) -> list[Fact]:
    """Facts of the numeric cells of one table row: the column header is the subject. The row's
    texts are joined once (and bounded), so a row of 10,000 cells costs linear time."""
    out: list[Fact] = []
    sentence = " | ".join(str(c["text"]) for c in row_cells if c.get("text"))[:MAX_SENTENCE]
    labels = "; ".join(
        str(c["text"]) for c in row_cells if c.get("text") and c.get("value_number") is None
    )[:160]
    for cell in row_cells:
        value = cell.get("value_number")
        if value is None or value != value:  # NaN
            continue
        unit = cell.get("unit") or "count"
        header = cell.get("column_header")
        subject = re.sub(r"\s*\([^()]*\)\s*$", "", str(header)) if header else (labels or None)
        start, end = int(cell["char_start"]), int(cell["char_end"])
        fact = Fact(
            value=float(value),
            unit=str(unit),
            start=start,
            end=end,
            subject=subject,
            measure=subject,
            sentence=sentence,
            fact_type="year" if unit == "year" else "quantity",
            period_start=cell.get("period_start"),
            period_end=cell.get("period_end"),
            geography=places_of_row,
        )
        if unit == "year":
            fact.period_start = fact.period_end = int(value)
        out.append(fact)
    return out
