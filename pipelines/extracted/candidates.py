"""How sure a fact is, and the numbers set aside: nothing a reader left out is lost silently.

Each fact gets a `confidence` that it is a fact with this value, unit and measure, from what
produced it: its kind (a rate, a money amount, a count), whether its unit is known, whether a
measure or subject was found, its hedge and the kind of passage. Facts at or above
FACT_THRESHOLD are `facts`; the others, and every number a non-fact rule blanked (a web
address's digits, a date's day, a clock time), go to `fact_candidates` with the reason, so a
user can lower the bar."""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from pipelines.extracted.fact import Fact
from pipelines.extracted.japanese.ja_periods import (
    KANJI_DIGITS,
    era_first_years,
    era_named,
    era_year,
    numeral,
)
from pipelines.extracted.numbers.dating_rules import dating_year, relative_span
from pipelines.extracted.numbers.non_facts import named_spans
from pipelines.extracted.rules import load_rules

# Chosen on the development corpus's tune half only (benchmarks/real_documents.py, seed
# 20261205), bars 0.40-0.75 tried: 0.5 is the highest that loses no labelled fact there (en 74,
# ja 100 found) while setting aside the bare counts with no measure and no counter word (en
# unlabelled facts 4 -> 3); at 0.65 the bare counts of lists and tables go too (en 74 -> 63,
# ja 100 -> 93 found), a loss of recall the few junk facts it removes do not pay for.
FACT_THRESHOLD = 0.5

_STRONG_UNITS = frozenset(["percent", "people", "yen_per_usd", "km", "km2", "ha", "m", "m2"])
_LOOSE_UNITS = frozenset(["count"])
_DATING = frozenset(["year", "years", "duration", "minutes", "hours"])
CANDIDATE_COLUMNS = [
    "candidate_id",
    "doc_id",
    "reason",
    "value",
    "unit",
    "confidence",
    "char_start",
    "char_end",
    "page",
    "ocr_confidence",
    "quote",
]
BELOW_THRESHOLD = "below_threshold"
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_RUN = re.compile(r"\d+(?:[.,]\d+)*")
_ERA_BEFORE = re.compile(
    r"(明治|大正|昭和|平成|令和|(?<![A-Za-z])[MTSHR]|(?<![\u3040-\u30ff\u3400-\u9fff々])[明大昭平令])\.?\s*$"
)
_YEAR_AFTER = re.compile(r"\s*(?:[(（]\s*\d{4}\s*)?[)）]?\s*年|\s*[)）〜～~]")  # 平成27年, (昭60)
# a year in kanji numerals (昭和六十年, 平成元年度, or 六十年 in a text that named its era before),
# which the scan for runs of digits does not see
_ERAS = "明治|大正|昭和|平成|令和"
_KANJI_YEAR = re.compile(
    rf"(?:(?P<era>{_ERAS})[ \t]*(?P<first>元)|(?:(?P<named>{_ERAS})[ \t]*)?(?<![{KANJI_DIGITS}])"
    rf"(?P<n>[{KANJI_DIGITS}]{{1,4}}))(?=[ \t]*年)"
)
_COUNTER = re.compile(r"[^\W\d_]")  # a letter or kana/kanji in the quote beside the digits


def confidence(fact: Fact, kind: str, quote: str) -> float:
    """The features that say a number is a fact, each a step up or down from its kind's base."""
    if fact.fact_type == "rate":
        score = 0.95
    elif fact.unit in _LOOSE_UNITS:
        score = 0.35
        if fact.measure or fact.subject:
            score += 0.25
        if _COUNTER.search(quote):
            score += 0.25  # a counter written with the number: 12件, 3社, 5 sites in a cell
        if fact.qualifier or fact.scale_word:
            score += 0.1
        if fact.fact_type == "range":
            score += 0.1
        if kind == "table_cell":
            score += 0.2
    elif fact.unit in _DATING or fact.fact_type == "rank" or fact.unit == "ratio":
        score = 0.7 + (0.1 if fact.measure or fact.subject else 0.0)
    elif fact.unit in _STRONG_UNITS or len(fact.unit) == 3 and fact.unit.isupper():
        score = 0.9  # a money amount or a unit of measure written out
    else:
        score = 0.8
    if kind == "heading":
        score -= 0.15  # a heading's number is more often a label than a statement
    return round(max(0.05, min(0.99, score)), 2)


def split_by_confidence(
    rows: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(facts at or above the threshold, candidate rows for the others)."""
    kept, set_aside = [], []
    for row in rows:
        if row["confidence"] >= FACT_THRESHOLD:
            kept.append(row)
            continue
        set_aside.append(
            {
                "candidate_id": row["fact_id"].replace("fct_", "cnd_", 1),
                "doc_id": row["doc_id"],
                "reason": BELOW_THRESHOLD,
                "value": row["value"],
                "unit": row["unit"],
                "confidence": row["confidence"],
                "char_start": row["char_start"],
                "char_end": row["char_end"],
                "quote": row["quote"],
            }
        )
    return kept, set_aside


def unread_candidates(
    doc_id: str,
    text: str,
    masked: str,
    taken: list[tuple[int, int]],
    references: list[tuple[int, int]],
    periods: set[int],
    furniture: Sequence[tuple[int, int]] = (),
) -> list[dict[str, Any]]:
    """Every other number no fact holds: a year that only dates a fact (`dates_another_fact`),
    one in a reference list (`reference`), one in a PDF page's furniture (`page_furniture`),
    else `not_read` (a numbering, code, citation year or list number the reader passes over).
    `masked` has the non-facts blanked already."""
    out: list[dict[str, Any]] = []
    spans = sorted(taken)
    layout = sorted(furniture)
    runs = [(m.start(), m.end(), m.group(0)) for m in _RUN.finditer(masked)]
    if "年" in masked:
        runs += [
            (m.start(g), m.end(g), m.group(g))
            for m in _KANJI_YEAR.finditer(masked)
            for g in ("first", "n")
            if m.group(g)
        ]
    for a, b, raw in sorted(runs):
        k = bisect.bisect_left(spans, (b, b))
        if any(x < b and a < y for x, y in spans[max(0, k - 8) : k]):
            continue
        if any(x <= a < y for x, y in references):
            reason = "reference"
        elif (n := bisect.bisect_right(layout, (a, len(text) + 1))) and a < layout[n - 1][1]:
            reason = "page_furniture"
        elif relative_span(masked, a, b):
            reason = "relative_span"  # その後5年間で: counts on from a year said before it
        elif _calendar_year(masked, a, raw) in periods:
            reason = "dates_another_fact"  # 2015 or 平成27年度 that dates a number
        elif _calendar_year(masked, a, raw) and (dating := dating_year(masked, a, b)):
            reason = dating  # as of 2010, 2005年度調査 with no fact it dates
        else:
            reason = "not_read"
        out.append(_rule_row(doc_id, text, a, b, reason, _value(raw)))
    return out


def _calendar_year(masked: str, a: int, raw: str) -> int | None:
    """The calendar year a run of digits writes: four digits, or an era's year (平成27年,
    昭和六十年)."""
    if not raw.isdigit():
        m = _KANJI_YEAR.search(masked, max(0, a - 4), a + len(raw) + 4)
        if not m or a not in (m.start("first"), m.start("n")) or not (n := numeral(raw)):
            return None
        era = m.group("era") or m.group("named") or era_named(masked[max(0, a - 3000) : a])
        return era_year(era, n) if era else None
    if len(raw) == 4:
        return int(raw)
    era = _ERA_BEFORE.search(masked, max(0, a - 4), a)
    if era and _YEAR_AFTER.match(masked, a + len(raw)):
        rules = load_rules("japanese")
        short: dict[str, str] = {**rules["era_letters"], **rules["era_abbreviations"]}
        name = short.get(era.group(1), era.group(1))  # H27年, (昭60)
        return era_first_years().get(name, 0) + int(raw) - 1
    return None


def _value(raw: str) -> float | None:
    if not raw.isascii():
        return None if (n := numeral(raw)) is None else float(n)
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


def _rule_row(
    doc_id: str, text: str, a: int, b: int, reason: str, value: float | None
) -> dict[str, Any]:
    # the id is the reason, the number and the words around it: stable when other text moves
    key = "\x1f".join([doc_id, reason, text[max(0, a - 24) : b + 24]])
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    return {
        "candidate_id": f"cnd_{digest}",
        "doc_id": doc_id,
        "reason": reason,
        "value": value,
        "unit": None,
        "confidence": None,
        "char_start": a,
        "char_end": b,
        "quote": text[a:b],
    }


def unique_ids(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A second candidate with the same id (the same words around it) gets `-2`, and so on."""
    seen: Counter[str] = Counter()
    for row in rows:
        seen[row["candidate_id"]] += 1
        if seen[row["candidate_id"]] > 1:
            row["candidate_id"] = f"{row['candidate_id']}-{seen[row['candidate_id']]}"
    return rows


def rule_candidates(
    doc_id: str, text: str, premasked: str, taken: list[tuple[int, int]]
) -> list[dict[str, Any]]:
    """Every number a non-fact rule set aside, with the rule's name as its reason (one row per
    span; the first rule that named it), skipping spans inside a fact."""
    out: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()
    for a, b, reason in sorted(named_spans(premasked)):
        if (a, b) in seen or any(x <= a and b <= y for x, y in taken):
            continue
        seen.add((a, b))
        number = _NUMBER.search(premasked, a, b)
        value = float(number.group(0).replace(",", "")) if number else None
        out.append(_rule_row(doc_id, text, a, b, reason, value))
    return out
