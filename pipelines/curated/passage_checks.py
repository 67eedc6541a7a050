"""Checks of one passage against a second number it gives: a stated conversion against the
corpus's exchange rate, a count against the items named after it, a total against its parts."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from pipelines.curated.comparison_rows import measure_key, row, same
from pipelines.curated.parsers import curation_rules

_MONEY = ("JPY", "USD")


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
        out.append(row("conversion", verdict, a, b, note, value_b=float(b.value)))
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
            row("announced_count", verdict, a, listed, note, value_b=float(len(items)),
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
    UK)`: a count against the counts in the parenthesis right after it, when every item of the
    parenthesis is one of them, whatever its noun (`156 firms (129 SMEs, 27 large companies)`)."""
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
            if re.search(r"\btotal\b", inside, re.IGNORECASE):
                continue  # `(Total 447 banks ... 69 meetings)`: its own totals, no breakdown
            parts = [
                r for r in rows[k + 1 :]
                if str(r.quote) in inside
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
            verdict = "agree" if same(whole, float(total.value)) else "inconsistent"
            note = f"{total.quote} {total.measure}; parts " + " + ".join(p.quote for p in parts)
            out.append(row("total_of_parts", verdict, total, parts[-1], note, value_b=whole))
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


def shares_of_totals(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """`The market was 2.7 trillion yen ... includes imports of 1.3 trillion yen, accounting for
    48.6% of the total`: a share (its sentence says so: rules.yaml's `share_words`) against the
    one pair of amounts of one unit stated near it whose ratio it is, to its stated precision.
    Only agreements, and only one pair: a share no pair gives may be of other amounts, and one
    that several pairs give is a coincidence of a passage dense with numbers."""
    rules = curation_rules()["comparisons"]
    words = tuple(w.lower() for w in rules["share_words"])
    plain = facts[facts["value_low"].isna() & facts["value"].notna()]
    shares = plain[
        (plain["unit"] == "percent")
        & (plain["value"] > 0)
        & (plain["value"] < 100)
        & plain["sentence"].map(lambda t: isinstance(t, str) and any(w in t.lower() for w in words))
    ].drop_duplicates(["doc_id", "char_start"])
    amounts = plain[~plain["unit"].isin(("percent", "year", "years", "rank"))]
    out: list[dict[str, Any]] = []
    for s in shares.itertuples():
        near = amounts[
            (amounts["doc_id"] == s.doc_id)
            & ((amounts["char_start"] - s.char_start).abs() < rules["share_window"])
        ].drop_duplicates(["char_start"])
        rows = sorted(near.itertuples(), key=lambda r: int(r.char_start))
        tolerance = 0.5 * 10 ** -_decimals(str(s.quote)) + 1e-9
        found = [
            (part, whole, 100 * float(part.value) / float(whole.value))
            for part in rows for whole in rows
            if part.unit == whole.unit and 0 < float(part.value) < float(whole.value)
            and abs(100 * float(part.value) / float(whole.value) - float(s.value)) <= tolerance
        ]  # fmt: skip
        if len(found) != 1:
            continue
        part, whole, ratio = found[0]
        note = f"{s.quote} against {part.quote} of {whole.quote} ({s.doc_id}): their ratio "
        out.append(row("share_of_total", "agree", s, part, note + f"{ratio:.2f}%", value_b=ratio))
    return out


def _decimals(quote: str) -> int:
    """How many decimals a number is stated to (`48.6%`: 1)."""
    m = re.search(r"\d+(?:\.(\d+))?", quote)
    return len(m.group(1)) if m and m.group(1) else 0


def range_bounds(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """`The declines vary from 18.9% to 33.8%` and, in the same paragraph, `the smaller decline
    of 18.9% recorded by Chubu`: a value that names a bound of a range of the same measure (its
    head noun) and unit is that bound; they agree. Only agreements: a value inside or outside
    the range may be of something else."""
    dates = curation_rules()["comparisons"]["units_not_compared"]  # a span of years is a period
    ranges = facts[
        facts["value_low"].notna() & facts["value_high"].notna() & ~facts["unit"].isin(dates)
    ]
    singles = facts[facts["value_low"].isna() & facts["measure"].notna() & facts["value"].notna()]
    out: list[dict[str, Any]] = []
    for r in ranges.itertuples():
        if not isinstance(r.block_id, str) or not isinstance(r.measure, str):
            continue
        key = measure_key(r.measure)
        near = singles[
            (singles["block_id"] == r.block_id)
            & (singles["unit"] == r.unit)
            & (singles["sentence"] != r.sentence)
        ]
        for s in near.itertuples():
            bound = next(
                (b for b in (r.value_low, r.value_high) if same(float(b), float(s.value))), None
            )
            if bound is not None and measure_key(str(s.measure)) == key:
                note = f"{s.quote} ({s.doc_id}) names a bound of the range {r.quote}"
                out.append(row("same_measure", "agree", r, s, note, value=float(bound)))
    return out


_LISTS = re.compile(
    r"^(?:\s+[\w'’-]+){0,4}?\s+(include[sd]?|comprises?|comprised|consists?\s+of)\s+(.+)$",
    re.IGNORECASE,
)
_ITEM = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def listed_parts(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """`Its 15 councillors include the Prime Minister, four ministers and seven members`: a count
    against the items its verb lists, a count each or one for a singular `the`/`a` item (a
    piece with neither goes on the item before: `seven members from industry and academia`).
    The same sum agrees; a smaller one after `include` cannot tell (the list may name only
    some), after `comprise` or `consist of` it is inconsistent, as is a larger one."""
    counts = facts[(facts["unit"] == "count") & facts["value_low"].isna()]
    out: list[dict[str, Any]] = []
    for _, g in counts.groupby(["doc_id", "sentence"], sort=False):
        rows = sorted(g.itertuples(), key=lambda r: int(r.char_start))
        text = str(rows[0].sentence)
        for k, total in enumerate(rows):
            at = text.find(str(total.quote))
            m = _LISTS.match(text[at + len(str(total.quote)) :].rstrip(".")) if at >= 0 else None
            parts = _items(m.group(2), rows[k + 1 :]) if m else None
            if m is None or parts is None:
                continue
            whole, last = sum(v for v, _ in parts), [f for _, f in parts if f is not None][-1]
            partial = m.group(1).lower().startswith("include")
            if same(whole, float(total.value)):
                verdict, why = "agree", "their sum"
            elif partial and whole < float(total.value):
                verdict, why = "cannot_tell", "a smaller sum: the list may name only some"
            else:
                verdict, why = "inconsistent", "their sum differs"
            note = f"{total.quote} {total.measure} against the items listed: {whole:g}, {why}"
            out.append(row("total_of_parts", verdict, total, last, note, value_b=whole))
    return out


def _items(listed: str, later: list[Any]) -> list[tuple[float, Any]] | None:
    """Each item's count and fact (None for a singular item), or None when an item counts
    nothing readable."""
    items: list[tuple[float, Any]] = []
    for piece in (p.strip() for p in _ITEM.split(listed)):
        fact = next((f for f in later if piece.startswith(str(f.quote))), None)
        single = re.match(r"(?:the|a|an)\s+(?:[\w'’-]+\s+)*[\w'’-]*[^s\W]$", piece, re.I)
        if fact is not None:
            items.append((float(fact.value), fact))
        elif single is not None:
            items.append((1.0, None))
        elif not items:
            return None  # the list opens with no item it can count
    counted = [f for _, f in items if f is not None]
    return items if len(items) > 1 and counted else None
