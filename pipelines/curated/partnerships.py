"""eu_japan_partnerships from the ECCP report's partnership lists and best-practice cases.

A partnership item reads `<Japanese partner>, <place>, Japan – <European partner>, <region>,
<Country>: <story>` (either side may come first); its sector is the heading it sits under; its
start and MoU years are the year facts of its story.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import pandas as pd

from pipelines.curated.dated_spans import first_signing, first_start, readings
from pipelines.curated.event_reading import Reading
from pipelines.curated.from_tables import empty_table, load_bindings
from pipelines.curated.parsers import ParseError, country_code, split_list
from pipelines.extracted.numbers.places import find_places

_ITEM = re.compile(r"^(?P<left>[^:]{5,200}?)\s+[–-]\s+(?P<right>[^:]{3,200}?)\s*:\s")
_CASE = re.compile(
    r"^Cooperation between (?P<left>.+?)(?:\s+[–-]\s+|\s+and\s+|(?<=\))/)(?P<right>.+?)"
    r"(?:,\s*in partnership with .*)?$"
)
_START = re.compile(
    r"\b(born|started|initiated|began|first|created|launched|since)\b", re.IGNORECASE
)
_MOU = re.compile(r"\b(MoU|memorandum|agreement|signed)\b", re.IGNORECASE)


def _side(text: str) -> dict[str, Any]:
    """`Organic Electronics Saxony, Sachsen, Germany` -> partner, region, country code, prefecture."""
    inner = re.search(r"\(([^()]+)\)\s*$", text)
    parts = split_list(re.sub(r"\s*\([^()]*\)\s*$", "", text))
    if inner:
        parts.append(inner.group(1).strip())
    partner = parts[0] if parts else text.strip()
    country = None
    if len(parts) > 1:
        try:
            country = country_code(parts[-1])
        except ParseError:
            country = None
    places = find_places(text)
    prefecture = next((p.code for p in places if p.kind == "prefecture"), None)
    if prefecture is None:
        from pipelines.extracted.rules import load_rules

        cities = load_rules("places")["cities"]
        prefecture = next((cities[p.name] for p in places if p.kind == "city"), None)
    middle = parts[1:-1] if country else parts[1:]
    return {
        "partner": partner,
        "country": country,
        "region": ", ".join(middle) or None,
        "prefecture": prefecture,
        "is_japan": country == "JP" or prefecture is not None or "Japan" in text,
    }


def _years(
    facts: pd.DataFrame, doc: str, start: int, end: int, found: list[Reading] | None = None
) -> tuple[int | None, int | None]:
    """Start and MoU years of a partnership's passage: a year of a sentence that says it
    started, else the first start the parse reads there (`was created in 2015`), else its
    first year; the MoU's year from the parse's first signing, else a sentence naming one."""
    parsed = (first_start(found, start, end), first_signing(found, start, end)) if found else None
    inside = facts[
        (facts["doc_id"] == doc)
        & (facts["fact_type"] == "year")
        & (facts["char_start"] >= start)
        & (facts["char_end"] <= end)
    ].sort_values("char_start")
    started = next(
        (int(f.value) for f in inside.itertuples() if _START.search(str(f.sentence))), None
    )
    if started is None and parsed is not None:
        started = parsed[0]
    if started is None and len(inside):
        started = int(inside.iloc[0]["value"])
    mou = next((int(f.value) for f in inside.itertuples() if _MOU.search(str(f.sentence))), None)
    return started, (parsed[1] if parsed is not None else None) or mou


def _record(
    left: str,
    right: str,
    doc: str,
    start: int,
    end: int,
    text: str,
    sector: str | None,
    programme: str,
    facts: pd.DataFrame,
    found: list[Reading] | None = None,
) -> dict[str, Any] | None:
    a, b = _side(left), _side(right)
    jp, eu = (a, b) if a["is_japan"] and not (b["is_japan"] and not a["is_japan"]) else (b, a)
    if not jp["is_japan"] or eu is jp:
        return None
    started, mou = _years(facts, doc, start, end, found)
    key = f"{jp['partner']}|{eu['partner']}"
    return {
        "partnership_id": "eujp_" + hashlib.sha1(key.encode()).hexdigest()[:10],
        "japanese_partner": jp["partner"],
        "prefecture_code": jp["prefecture"],
        "japanese_place": jp["region"],
        "european_partner": eu["partner"],
        "country_code": eu["country"] if eu["country"] != "JP" else None,
        "european_region": eu["region"],
        "sector": sector,
        "started_year": started,
        "mou_year": mou,
        "programme": programme,
        "status": "active"
        if re.search(r"\bactive\b|ongoing|continue", text[start:end], re.IGNORECASE)
        else None,
        "doc_id": doc,
        "char_start": start,
        "char_end": end,
        "quote": text[start:end],
    }


def build_eu_japan_partnerships(
    blocks: pd.DataFrame, tables: pd.DataFrame, facts: pd.DataFrame, texts: dict[str, str]
) -> pd.DataFrame:
    binding = load_bindings()["eu_japan_partnerships"]
    doc = binding["doc"]
    if doc not in texts:  # a corpus without the bound document
        return empty_table("eu_japan_partnerships")
    text = texts[doc]
    doc_blocks = blocks[blocks["doc_id"] == doc]
    found = readings(doc, text, doc_blocks)
    rows: list[dict[str, Any]] = []
    for b in doc_blocks.itertuples():
        path = list(b.heading_path)
        if b.kind != "list_item" or not any(re.search(binding["rit_heading"], h) for h in path):
            continue
        m = _ITEM.match(b.text or "")
        if m:
            rec = _record(
                m.group("left"),
                m.group("right"),
                doc,
                int(b.char_start),
                int(b.char_end),
                text,
                path[-1] if path else None,
                "JETRO RIT",
                facts,
                found,
            )
            if rec:
                rows.append(rec)
    # Best-practice cases: a case title, then its story up to the next case title.
    titles = []
    for b in doc_blocks.itertuples():
        if any(re.search(binding["cases_heading"], h) for h in b.heading_path) and b.kind in (
            "paragraph",
            "heading",
        ):
            m = _CASE.match(b.text or "")
            if m:
                titles.append((int(b.char_start), m))
    for t in tables[(tables["doc_id"] == doc) & (tables["source_format"] == "box")].itertuples():
        m = _CASE.match(t.caption or "")
        if m:
            titles.append((int(t.char_start), m))
    titles.sort(key=lambda x: x[0])
    in_cases = doc_blocks["heading_path"].map(
        lambda p: any(re.search(binding["cases_heading"], h) for h in p)
    )
    after = doc_blocks[(~in_cases) & (doc_blocks["char_start"] > (titles[0][0] if titles else 0))]
    section_end = int(after["char_start"].min()) if len(after) else len(text)
    seen_starts: set[str] = {r["european_partner"].lower() for r in rows}
    for k, (start, m) in enumerate(titles):
        # A case title may stand twice (a line, then a box repeating it): its story runs to the
        # next title of another case.
        later = [
            t for t, other in titles[k + 1 :] if other.group("left")[:30] != m.group("left")[:30]
        ]
        end = later[0] if later else section_end
        story = text[start:end]
        programme = (
            "bilateral"
            if re.search(r"\bbilateral\b", story, re.IGNORECASE)
            else "JETRO RIT"
            if "JETRO RIT" in story
            else "ESCP-4i"
            if re.search(r"COSME|Clusters? Go International|ESCP", story)
            else "bilateral"
        )
        rec = _record(
            m.group("left"),
            m.group("right"),
            doc,
            start,
            start + len(m.group(0)),
            text,
            None,
            programme,
            facts,
        )
        if rec is None or any(
            rec["european_partner"].lower().startswith(s[:12]) for s in seen_starts
        ):
            continue
        rec["started_year"], rec["mou_year"] = _years(facts, doc, start, end, found)
        seen_starts.add(rec["european_partner"].lower())
        rows.append(rec)
    return pd.DataFrame(rows)
