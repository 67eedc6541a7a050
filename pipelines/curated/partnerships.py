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
from pipelines.curated.partnership_partners import (
    listed_partners,
    partner_rows,
    same_name,
    side_of,
)

_ITEM = re.compile(r"^(?P<left>[^:]{5,200}?)\s+[–-]\s+(?P<right>[^:]{3,200}?)\s*:\s")
_CASE = re.compile(
    r"^Cooperation between (?P<left>.+?)(?:\s+[–-]\s+|\s+and\s+|(?<=\))/)(?P<right>.+?)"
    r"(?:,\s*in partnership with (?P<with>.*?))?\s*$"
)
_START = re.compile(
    r"\b(born|started|initiated|began|first|created|launched|since)\b", re.IGNORECASE
)
_MOU = re.compile(r"\b(MoU|memorandum|agreement|signed)\b", re.IGNORECASE)


def _years(
    facts: pd.DataFrame, doc: str, start: int, end: int, found: list[Reading] | None = None
) -> tuple[int | None, int | None]:
    """Start and MoU years of a partnership's passage: a year of a sentence that says it
    started, else the first start the parse reads there (`was created in 2015`), else the year
    its MoU or agreement was signed; the MoU's year from the parse's first signing, else a
    sentence naming one. Never merely the first year the passage names: that may date a fair
    one side hosted before the link existed."""
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
    mou = next((int(f.value) for f in inside.itertuples() if _MOU.search(str(f.sentence))), None)
    mou = (parsed[1] if parsed is not None else None) or mou
    return started if started is not None else mou, mou


def _record(
    m: re.Match[str],
    at: int,
    doc: str,
    span: tuple[int, int],
    text: str,
    sector: str | None,
    programme: str,
    facts: pd.DataFrame,
    found: list[Reading] | None = None,
) -> dict[str, Any] | None:
    """A partnership from a title matched at `at`: its two sides (either may come first), the
    partners each names and those it adds `in partnership with`."""
    start, end = span
    story = text[start:end]
    a, b = side_of(m.group("left"), story), side_of(m.group("right"), story)
    left_is_jp = a["is_japan"] and not (b["is_japan"] and not a["is_japan"])
    jp, eu = (a, b) if left_is_jp else (b, a)
    if not jp["is_japan"] or eu is jp:
        return None
    started, mou = _years(facts, doc, start, end, found)
    key = f"{jp['partner']}|{eu['partner']}"
    pid = "eujp_" + hashlib.sha1(key.encode()).hexdigest()[:10]
    partners = [
        *partner_rows(pid, m.group("left"), at + m.start("left"), text, left_is_jp, None, story),
        *partner_rows(
            pid, m.group("right"), at + m.start("right"), text, not left_is_jp, None, story
        ),
    ]
    if "with" in m.groupdict() and m.group("with"):
        partners += partner_rows(
            pid, m.group("with"), at + m.start("with"), text, False, "in partnership with"
        )
    return {
        "partnership_id": pid,
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
        "aliases": [],
        "partners": [{**p, "doc_id": doc} for p in partners],
        "doc_id": doc,
        "char_start": start,
        "char_end": end,
        "quote": text[start:end],
    }


def build_eu_japan_partnerships(
    blocks: pd.DataFrame,
    tables: pd.DataFrame,
    facts: pd.DataFrame,
    texts: dict[str, str],
    escp4i: pd.DataFrame | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """eu_japan_partnerships and its partners, one row each: the JETRO RIT list's items and
    the best-practice cases, a case about a listed partnership merged into it (its title an
    alias, its partners and sector added), an ESCP-4i partnership's name an alias of the
    partnership it is a partner of."""
    binding = load_bindings()["eu_japan_partnerships"]
    doc = binding["doc"]
    if doc not in texts:  # a corpus without the bound document
        return empty_table("eu_japan_partnerships"), empty_table("eu_japan_partnership_partners")
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
            at = int(b.char_start)  # names are found from here on, as written
            span = (int(b.char_start), int(b.char_end))
            sector = path[-1] if path else None
            rec = _record(m, at, doc, span, text, sector, "JETRO RIT", facts, found)
            if rec:
                rows.append(rec)
    for start, end, m in _case_titles(doc_blocks, tables, doc, text, binding["cases_heading"]):
        story = text[start:end]
        rec = _record(m, start, doc, (start, start + len(m.group(0))), text, None,
                      _programme(story), facts)  # fmt: skip
        if rec is None:
            continue
        rec["started_year"], rec["mou_year"] = _years(facts, doc, start, end, found)
        rec["sector"] = _case_sector(story, binding["sector_label"])
        named = [p["partner"] for p in rec["partners"]]
        rec["partners"] += [
            {**p, "doc_id": doc}
            for p in listed_partners(
                rec["partnership_id"], story, start, text, binding["partners_label"]
            )
            if not any(same_name(p["partner"], n) for n in named)
        ]
        same = next(
            (r for r in rows if same_name(r["european_partner"], rec["european_partner"])), None
        )
        if same is None:
            rows.append(rec)
            continue
        _merge(same, rec, m.group(0))
    _escp4i_aliases(rows, escp4i)
    partners = [p for r in rows for p in r.pop("partners")]
    for r in rows:
        r["aliases"] = "; ".join(r["aliases"]) or None
    return pd.DataFrame(rows), pd.DataFrame(partners).drop_duplicates(["partnership_id", "partner"])


def _case_titles(
    doc_blocks: pd.DataFrame, tables: pd.DataFrame, doc: str, text: str, heading: str
) -> list[tuple[int, int, re.Match[str]]]:
    """Best-practice cases: each title with where its story ends (the next title of another
    case, else the end of the section). A title may stand twice, a line and a box repeating it."""
    titles = []
    for b in doc_blocks.itertuples():
        if any(re.search(heading, h) for h in b.heading_path) and b.kind in (
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
    in_cases = doc_blocks["heading_path"].map(lambda p: any(re.search(heading, h) for h in p))
    after = doc_blocks[(~in_cases) & (doc_blocks["char_start"] > (titles[0][0] if titles else 0))]
    section_end = int(after["char_start"].min()) if len(after) else len(text)
    out = []
    for k, (start, m) in enumerate(titles):
        later = [t for t, o in titles[k + 1 :] if o.group("left")[:30] != m.group("left")[:30]]
        out.append((start, later[0] if later else section_end, m))
    return out


def _programme(story: str) -> str:
    if re.search(r"\bbilateral\b", story, re.IGNORECASE):
        return "bilateral"
    if "JETRO RIT" in story:
        return "JETRO RIT"
    if re.search(r"COSME|Clusters? Go International|ESCP", story):
        return "ESCP-4i"
    return "bilateral"


def _case_sector(story: str, label: str) -> str | None:
    """The case's sectors as the line after its label gives them, whole (bullets as `; `)."""
    m = re.search(re.escape(label) + r"[^\n\t]*?:", story)
    if m is None:
        return None
    rest = re.sub(r"<[^>]+>", " ", story[m.end() :])
    line = next((x for x in re.split(r"[\t\n]", rest) if x.strip(" •-")), "")
    items = [i.strip(" -•") for i in line.split("•") if i.strip(" -•")]
    return "; ".join(items) or None


def _merge(into: dict[str, Any], case: dict[str, Any], title: str) -> None:
    """A case about a listed partnership: its title an alias, its partners and sector added."""
    if title not in into["aliases"]:
        into["aliases"].append(title)
    names = [p["partner"] for p in into["partners"]]
    for p in case["partners"]:
        if not any(same_name(p["partner"], n) for n in names):
            into["partners"].append({**p, "partnership_id": into["partnership_id"]})
            names.append(p["partner"])
    into["sector"] = into["sector"] or case["sector"]
    for col in ("started_year", "mou_year"):
        into[col] = into[col] if into[col] is not None else case[col]


def _escp4i_aliases(rows: list[dict[str, Any]], escp4i: pd.DataFrame | None) -> None:
    """An ESCP-4i partnership (escp4i_partnerships.name) that is a partner here: its name as
    that table writes it is an alias of this partnership."""
    if escp4i is None or escp4i.empty:
        return
    for r in rows:
        for name in escp4i["name"]:
            if (
                any(same_name(name, p["partner"]) for p in r["partners"])
                and name not in r["aliases"]
            ):
                r["aliases"].append(name)
