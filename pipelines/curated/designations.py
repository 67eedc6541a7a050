"""Places of one programme designated in one year by a sentence (`MITI devised the Technopolis
program in 1983 and designated 26 sites`) against a table of another document giving each
place its own year of approval (`Akita (Akita) 1984`, ... 1987): the same year agrees;
otherwise the reader cannot tell whether the sentence's year dates the designations or only
the programme, and the table the places one by one."""

from __future__ import annotations

from typing import Any

import pandas as pd

from pipelines.curated.comparison_rows import comparison_id, row
from pipelines.curated.event_comparisons import COUNTED

_PLACE_KINDS = ("designated", "approved")


def designation_years(sources: pd.DataFrame, facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Each counted designation (`26 sites of X designated`) against the earliest row of each
    table elsewhere that dates places of the same entity one by one."""
    fact_entity = dict(zip(facts["fact_id"], facts["entity_id"], strict=True))
    owner = sources["entity_id"].where(
        sources["entity_id"].notna(), sources["fact_id"].map(fact_entity)
    )
    named = sources.assign(place_owner=owner)[sources["kind"].isin(_PLACE_KINDS) & owner.notna()]
    counted = named[(named["kind"] == "designated") & named["event"].astype(str).str.match(COUNTED)]
    rows = named[
        (named["source_kind"] == "table_row") & ~named["event"].astype(str).str.match(COUNTED)
    ]
    out: list[dict[str, Any]] = []
    for a in counted.itertuples():
        tables = rows[(rows["place_owner"] == a.place_owner) & (rows["doc_id"] != a.doc_id)]
        for _, t in tables.groupby("doc_id", sort=True):
            if len(t) < 2:
                continue  # one row is one place, not a table of them
            b = min(t.itertuples(), key=lambda r: (int(r.year), int(r.char_start)))
            years = f"{int(t['year'].min())}-{int(t['year'].max())}"
            if int(b.year) == int(a.year):
                verdict, why = "agree", "the same year"
            else:
                verdict = "cannot_tell"
                why = "the sentence's year may date the programme, the table each place"
            note = f"{a.event} {a.kind} in {a.year} ({a.doc_id}); {b.doc_id}'s table dates its "
            note += f"places {years}: {why}"
            out.append({
                **row("designation_year", verdict, a, b, note, measure="year designated", unit="year",
                      value=float(a.year), value_b=float(b.year), period_a=a.year,
                      period_b=b.year, geography=None),
                "comparison_id": comparison_id("designation", a.source_id, b.source_id),
            })  # fmt: skip
    return out
