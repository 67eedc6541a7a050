"""fact_comparisons: where the corpus's numbers agree, disagree or changed over time, and the
checks that need a second number (a stated conversion against the corpus's exchange rate, a
count against the items named after it, a total against its parts, the years two passages
give one event). Precision first: a pair is made only of facts of the same measure and the
same entity (or place), and every row carries both sides' passages."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import pandas as pd

from pipelines.curated.parsers import curation_rules

COLUMNS = [
    "comparison_id", "check_type", "verdict", "measure", "entity_id", "geography", "unit",
    "value", "value_b", "period_start", "period_b", "note",
    "doc_id", "char_start", "char_end", "quote",
    "doc_id_b", "char_start_b", "char_end_b", "quote_b",
]  # fmt: skip
_MONEY = ("JPY", "USD")


def _id(*parts: object) -> str:
    return "cmp_" + hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:12]


def _side(row: Any) -> dict[str, Any]:
    return {
        "doc_id_b": row.doc_id,
        "char_start_b": int(row.char_start),
        "char_end_b": int(row.char_end),
        "quote_b": row.quote,
    }


def _row(check: str, verdict: str, a: Any, b: Any, note: str, **kw: Any) -> dict[str, Any]:
    return {
        "comparison_id": _id(check, a.fact_id, getattr(b, "fact_id", b.quote)),
        "check_type": check,
        "verdict": verdict,
        "measure": kw.get("measure", getattr(a, "measure", None)),
        "entity_id": kw.get("entity_id", getattr(a, "entity_id", None)),
        "geography": kw.get("geography", getattr(a, "geography", None)),
        "unit": kw.get("unit", getattr(a, "unit", None)),
        "value": kw.get("value", getattr(a, "value", None)),
        "value_b": kw.get("value_b", getattr(b, "value", None)),
        "period_start": kw.get("period_a", getattr(a, "period_start", None)),
        "period_b": kw.get("period_b", getattr(b, "period_start", None)),
        "note": note,
        "doc_id": a.doc_id,
        "char_start": int(a.char_start),
        "char_end": int(a.char_end),
        "quote": a.quote,
        **_side(b),
    }


def _same(a: float, b: float) -> bool:
    """Equal as stated: within rounding of the less precise side (5,000 and 5,000; 3.4 and 3.4)."""
    return abs(a - b) <= 0.005 * max(abs(a), abs(b))


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
        if _same(float(a.value), float(b.value)):
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
        out.append(_row("same_measure", verdict, a, b, note))
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


def conversions(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """A yen amount followed by its dollar amount in parentheses (`12.4 billion yen ($1.05
    billion)`) against the yen–dollar rates the corpus states: inconsistent when the implied
    rate is outside the stated ones by more than `rate_tolerance` times."""
    rules = curation_rules()["comparisons"]
    rates = facts.loc[facts["unit"] == "yen_per_usd", "value"].astype(float)
    if rates.empty:
        return []
    low, high = rates.min() / rules["rate_tolerance"], rates.max() * rules["rate_tolerance"]
    money = facts[facts["unit"].isin(_MONEY) & facts["value_low"].isna()].sort_values(
        ["doc_id", "char_start"]
    )
    out: list[dict[str, Any]] = []
    rows = list(money.itertuples())
    for a, b in zip(rows, rows[1:], strict=False):
        if a.doc_id != b.doc_id or {a.unit, b.unit} != set(_MONEY):
            continue
        if int(b.char_start) - int(a.char_end) > 4 or a.sentence != b.sentence:
            continue
        sentence = str(a.sentence)
        at = sentence.find(str(a.quote))
        if at < 0 or not re.match(
            r"\s*\(\s*" + re.escape(str(b.quote)), sentence[at + len(str(a.quote)) :]
        ):
            continue
        yen, usd = (a, b) if a.unit == "JPY" else (b, a)
        rate = float(yen.value) / float(usd.value)
        verdict = "agree" if low <= rate <= high else "inconsistent"
        note = (
            f"implies {rate:,.1f} yen per dollar; the corpus states {rates.min():g} to "
            f"{rates.max():g}"
        )
        out.append(_row("conversion", verdict, a, b, note, value_b=float(b.value)))
    return out


_ITEM_SPLIT = re.compile(r";|,\s*(?:and\s+)?|\s+and\s+")
_PARENS = re.compile(r"\([^()]*\)")


def announced_counts(facts: pd.DataFrame, texts: dict[str, str]) -> list[dict[str, Any]]:
    """`four European clusters: Biocat (Catalonia), BioM (Bavaria), bioPmed (Piedmont) and
    Lyonbiopole`: the count against the names listed after the colon."""
    rules = curation_rules()["comparisons"]
    out: list[dict[str, Any]] = []
    counts = facts[
        (facts["unit"] == "count") & facts["measure"].notna() & facts["value_low"].isna()
    ]
    for a in counts.itertuples():
        n = float(a.value)
        if not (2 <= n <= rules["largest_list"]) or n != int(n):
            continue
        sentence = str(a.sentence)
        at = sentence.find(str(a.quote))
        colon = sentence.find(":", at)
        if at < 0 or colon < 0 or colon - at > 12 + len(str(a.measure)) + len(str(a.quote)):
            continue
        items = _named_items(_PARENS.sub("", sentence[colon + 1 :]))
        if len(items) < 2:
            continue  # not a list of names that ends with "and": nothing to count
        listed = _listed_span(texts.get(a.doc_id, ""), a.doc_id, int(a.char_end), items)
        if listed is None:
            continue
        verdict = "agree" if len(items) == int(n) else "inconsistent"
        note = f"announces {int(n)} {a.measure}; names {len(items)}: {'; '.join(items)}"
        out.append(
            _row("announced_count", verdict, a, listed, note, value_b=float(len(items)),
                 period_b=None)
        )  # fmt: skip
    return out


class _Passage:
    """Side b of a check of one passage: the names listed, as a span of the document."""

    def __init__(self, doc_id: str, start: int, end: int, text: str) -> None:
        self.doc_id, self.char_start, self.char_end = doc_id, start, end
        self.quote = text[start:end]


def _listed_span(text: str, doc_id: str, after: int, items: list[str]) -> _Passage | None:
    """From the colon after the count to the end of the last name listed."""
    colon = text.find(":", after, after + 200)
    last = text.find(items[-1], colon) if colon >= 0 else -1
    if last < 0 or last - colon > 2000:
        return None
    return _Passage(doc_id, colon + 1, last + len(items[-1]), text)


_SEPARATOR = re.compile(r"\s*(;|,\s*and\s+|,|\s+and\s+)\s*")


def _named_items(listed: str) -> list[str]:
    """The names a list starts with, when it closes with `and` + a name (`A, B, C and D`)."""
    pieces = _SEPARATOR.split(listed.strip().rstrip("."))
    items, joints = pieces[0::2], pieces[1::2]
    run: list[str] = []
    closed = False
    for k, item in enumerate(items):
        first = item.split()[0] if item.split() else ""
        if not (1 <= len(item.split()) <= 6 and any(c.isupper() for c in first)):
            break
        run.append(item)
        if k > 0 and "and" in joints[k - 1]:
            closed = True
            break
    return run if closed else []


def totals_of_parts(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """`eight are related to the European Union (five in Germany, two in France and one in the
    UK)`: a count against the counts in the parenthesis right after it."""
    out: list[dict[str, Any]] = []
    counts = facts[
        (facts["unit"] == "count")
        & facts["value_low"].isna()
        & facts["sentence"].str.contains("(", regex=False)
    ].sort_values(["block_id", "char_start"], kind="stable")
    for rows in _sentence_runs(list(counts.itertuples())):
        if len(rows) < 3:
            continue  # a total and at least two parts
        text = str(rows[0].sentence)
        for k, total in enumerate(rows):
            at = text.find(str(total.quote))
            opened = text.find("(", at)
            closed = text.find(")", opened)
            if at < 0 or opened < 0 or closed < 0:
                continue
            inside = text[opened:closed]
            parts = [
                r for r in rows[k + 1 :]
                if str(r.quote) in inside and r.measure == total.measure
            ]  # fmt: skip
            if len(parts) < 2 or any(
                r.char_start < parts[0].char_start
                for r in rows[k + 1 :]
                if r.char_start > total.char_start and r not in parts
            ):
                continue  # another count stands between the total and the parenthesis
            if len(_SEPARATOR.split(inside.strip("( "))[0::2]) != len(parts):
                continue  # a part the reader did not take as a number ("one in the UK")
            whole = sum(float(p.value) for p in parts)
            verdict = "agree" if _same(whole, float(total.value)) else "inconsistent"
            note = f"{total.quote} {total.measure}; parts " + " + ".join(p.quote for p in parts)
            out.append(_row("total_of_parts", verdict, total, parts[-1], note, value_b=whole))
    return out


def _sentence_runs(rows: list[Any]) -> list[list[Any]]:
    """Rows sorted by block and position, cut where the sentence changes."""
    runs: list[list[Any]] = []
    for r in rows:
        if runs and runs[-1][-1].block_id == r.block_id and runs[-1][-1].sentence == r.sentence:
            runs[-1].append(r)
        else:
            runs.append([r])
    return runs


def event_years(sources: pd.DataFrame) -> list[dict[str, Any]]:
    """Passages that date the same happening of the same thing in different years: the
    Technopolis Law abolished in 1998 in a table, the Technopolis program replaced in 1999 in
    the text. Things are the same when their names are the same without a generic head word
    (`Technopolis Law`, `Technopolis program`); happenings by the groups of rules.yaml."""
    rules = curation_rules()["comparisons"]
    group_of = {k: g for g, kinds in rules["event_groups"].items() for k in kinds}
    heads = set(rules["generic_heads"])
    keyed = sources.assign(
        _stem=sources["event"].map(lambda n: _stem(n, heads)),
        _group=sources["kind"].map(group_of),
    ).dropna(subset=["_group"])
    out: list[dict[str, Any]] = []
    for (stem, group), g in keyed.groupby(["_stem", "_group"], sort=True):
        if not stem:
            continue
        first_of_year: dict[int, Any] = {}
        ordered = sorted(g.itertuples(), key=lambda r: (r.source_kind != "table_row", r.doc_id,
                                                         r.char_start))  # fmt: skip
        for r in ordered:
            first_of_year.setdefault(int(r.year), r)  # one passage per year it gives
        out += [_agreement(first_of_year[int(r.year)], r) for r in _firsts_per_document(ordered)
                if r.source_id != first_of_year[int(r.year)].source_id]  # fmt: skip
        years = sorted(first_of_year)
        for y, z in zip(years, years[1:], strict=False):
            a, b = first_of_year[y], first_of_year[z]
            verdict = "inconsistent_within_document" if a.doc_id == b.doc_id else "differ"
            note = f"{a.event} {a.kind} in {a.year}; {b.event} {b.kind} in {b.year}"
            if a.kind != b.kind and group != "end":
                continue  # established 2005, launched 2016: two happenings, not two dates
            if a.kind != b.kind:  # abolished 1998, replaced 1999: one may follow the other
                verdict = "cannot_tell"
                note += f": {a.kind} and {b.kind} may be two steps, not two dates of one"
            out.append(
                {
                    **_row("event_year", verdict, a, b, note, measure=f"year {group}",
                           unit="year", value=float(a.year), value_b=float(b.year),
                           period_a=a.year, period_b=b.year, geography=None),
                    "comparison_id": _id("event_year", a.source_id, b.source_id),
                }
            )  # fmt: skip
    return out


def _firsts_per_document(rows: list[Any]) -> list[Any]:
    """The first passage of each (document, year)."""
    seen: dict[tuple[str, int], Any] = {}
    for r in rows:
        seen.setdefault((r.doc_id, int(r.year)), r)
    return list(seen.values())


def _agreement(first: Any, r: Any) -> dict[str, Any]:
    note = f"{first.event} ({first.doc_id}) and {r.event} ({r.doc_id}): both {r.year}"
    return {
        **_row("event_year", "agree", first, r, note, measure=f"year {r.kind}", unit="year",
               value=float(first.year), value_b=float(r.year), period_a=first.year,
               period_b=r.year, geography=None),
        "comparison_id": _id("event_agree", first.source_id, r.source_id),
    }  # fmt: skip


def event_agreements(sources: pd.DataFrame) -> list[dict[str, Any]]:
    """Passages that date one event (policy_events.event_id) the same: its first passage in
    each document against the first passage of the event elsewhere, one row per pair of
    passages that are not the same sentence."""
    out: list[dict[str, Any]] = []
    for _, g in sources.groupby("event_id", sort=True):
        rows = sorted(g.itertuples(), key=lambda r: (r.source_kind != "table_row", r.doc_id,
                                                     r.char_start))  # fmt: skip
        first = rows[0]
        out += [
            _agreement(first, r)
            for r in _firsts_per_document(rows[1:])
            if (r.doc_id, r.char_start) != (first.doc_id, first.char_start)
        ]
    return out


def _stem(name: str, heads: set[str]) -> str:
    words = [w for w in re.findall(r"[\w'’-]+", name.lower()) if w not in ("the", "a", "an")]
    return " ".join(w for w in words if w not in heads)


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
