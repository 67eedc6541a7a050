"""fact_comparisons: where the corpus's numbers agree, disagree or changed over time. Precision
first: a pair is made only of facts of the same measure and the same entity (or place), and
every row carries both sides' passages. The checks of one passage against a second number it
gives are in passage_checks, the years passages give one event in event_comparisons."""

from __future__ import annotations

from typing import Any

import pandas as pd

from pipelines.curated.comparison_rows import COLUMNS, row, same
from pipelines.curated.event_comparisons import event_agreements, event_years
from pipelines.curated.parsers import curation_rules
from pipelines.curated.passage_checks import announced_counts, conversions, totals_of_parts


def same_measure_pairs(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Facts of the same measure, unit and entity (or, without one, place) in different
    passages: agree, changed (both dated, different periods) or differ (a real disagreement:
    the same period, or a side without one); within one document `inconsistent_within_document`.
    Numbers of one sentence are one statement and are not compared with each other."""
    rules = curation_rules()["comparisons"]
    usable = facts[
        facts["measure"].notna()
        & ~facts["unit"].isin(rules["units_not_compared"])
        & ~facts["measure"].str.lower().isin(rules["measures_not_compared"])
        & (facts["entity_id"].notna() | facts["geography"].notna())
        & facts["value_low"].isna()
    ].copy()
    usable["_key"] = usable["measure"].str.lower()
    usable["_owner"] = usable["entity_id"].fillna("@" + usable["geography"].fillna(""))
    group = ["_key", "_owner", "unit"]
    sizes = usable.groupby(group)["block_id"].transform("size")
    blocks = usable.groupby(group)["block_id"].transform("nunique")
    usable = usable[(blocks >= 2) & (sizes <= rules["largest_group"])]
    # each fact beside the next of its group in the order of periods, documents and places:
    # what any pair could show (a disagreement, a change over time) shows between neighbours,
    # and the rows grow with the facts, not with their square
    usable = usable.assign(_period=usable["period_start"].fillna(-1)).sort_values(
        [*group, "_period", "doc_id", "char_start"], kind="stable"
    )
    nxt = usable.groupby(group).shift(-1)
    pairs = pd.concat([usable, nxt.add_prefix("b_")], axis=1)
    pairs = pairs[pairs["b_block_id"].notna() & (pairs["b_block_id"] != pairs["block_id"])]
    out: list[dict[str, Any]] = []
    for a in pairs.itertuples():
        b = _Side(a)
        dated = pd.notna(a.period_start) and pd.notna(b.period_start)
        same_doc = a.doc_id == b.doc_id
        if same(float(a.value), float(b.value)):
            verdict, why = "agree", "the same value"
        elif dated and a.period_start != b.period_start:
            verdict, why = "changed", "both dated, different periods: a change over time"
        elif same_doc and not dated:
            continue  # one document's undated counts of a thing are most often of parts
        else:
            verdict, why = hedged_verdict(a, b)
            if verdict == "differ" and same_doc:
                verdict = "inconsistent_within_document"
        note = f"{_stated(a)} against {_stated(b)}: {why}"
        out.append(row("same_measure", verdict, a, b, note))
    return out


def _stated(f: Any) -> str:
    """`about 5,000 (undated, edgington-...)`: a side's value as the passage hedges and dates it."""
    hedge = f"{f.qualifier} " if isinstance(f.qualifier, str) else ""
    when = f"{int(f.period_start)}" if pd.notna(f.period_start) else "undated"
    return f"{hedge}{f.quote} ({when}, {f.doc_id})"


def hedged_verdict(a: Any, b: Any) -> tuple[str, str]:
    """Two different values: a lower bound the other meets agrees (`over 200`, 290); a side
    hedged (`about`) or undated against a dated one cannot tell a disagreement from growth;
    else they differ."""
    lower = set(curation_rules()["comparisons"]["lower_bounds"])
    for x, y in ((a, b), (b, a)):
        if x.qualifier in lower and float(y.value) >= float(x.value):
            return "agree", f"{y.quote} meets the bound {x.qualifier} {x.quote}"
    hedged = [f for f in (a, b) if isinstance(f.qualifier, str) or pd.isna(f.period_start)]
    if (hedged and len(hedged) < 2) or any(isinstance(f.qualifier, str) for f in (a, b)):
        return "cannot_tell", "one side hedged or undated against a dated one: both readings hold"
    return "differ", "the same period (or none) and different values beyond the hedges"


class _Side:
    """Side b of a same-measure pair: the `b_…` columns of the pair's row."""

    def __init__(self, row: Any) -> None:
        self.fact_id: str = row.b_fact_id
        self.doc_id: str = row.b_doc_id
        self.char_start: int = int(row.b_char_start)
        self.char_end: int = int(row.b_char_end)
        self.quote: str = row.b_quote
        self.value: float = float(row.b_value)
        self.period_start: Any = row.b_period_start
        self.qualifier: Any = row.b_qualifier


def build_fact_comparisons(
    facts: pd.DataFrame, sources: pd.DataFrame, texts: dict[str, str]
) -> pd.DataFrame:
    """Every comparison of these facts and event sources; `texts` needs hold only the
    documents of facts that announce a count (see curated/assets.py)."""
    rows = (
        same_measure_pairs(facts)
        + conversions(facts)
        + announced_counts(facts, texts)
        + totals_of_parts(facts)
        + event_years(sources)
        + event_agreements(sources)
    )
    out = pd.DataFrame(rows, columns=COLUMNS).drop_duplicates("comparison_id")
    return out.sort_values(["check_type", "doc_id", "char_start", "comparison_id"]).reset_index(
        drop=True
    )
