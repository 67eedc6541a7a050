"""Partnerships as entities (issue 35): every EU–Japan partnership and every ESCP-4i partnership
is one row of `entities` (type `partnership`), whichever tables and passages name it. An ESCP-4i
partnership that is a partner of an EU–Japan partnership is that partnership: the report tells
the one cooperation in both tables. Its names as written are its aliases (a list item's lead, a
case's title, the ESCP-4i table's name, its partners' names joined in prose, `A/B`, `A and the
B`), and every place they stand is an entity mention."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from pipelines.curated.entities import ENTITY_COLUMNS, mention_row, mentions_frame
from pipelines.curated.from_tables import build_bound_table
from pipelines.curated.partnership_partners import same_name
from pipelines.curated.partnerships import build_eu_japan_partnerships

KIND = "partnership"
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n\s*\n")
# what joins two partners' names into the name of their partnership, markup kept in the text
# (`**A**, and **B**`, `[A](#) and [B](#)`) allowed around it
_MARKUP = r"(?:\*{1,2}|_|\[|\]\([^)\s]*\))*"
_JOIN = rf"{_MARKUP}\s*(?:/|\s[–-]\s|,?\s+and(?:\s+the)?\s){_MARKUP}\s*{_MARKUP}"


@dataclass
class Partnership:
    """One partnership entity: its id, canonical name, names as written and partners by side."""

    entity_id: str
    name: str
    names: list[str]
    doc_id: str
    sides: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []))
    row: dict[str, Any] = field(default_factory=dict)


def partnership_tables(
    blocks: pd.DataFrame,
    tables: pd.DataFrame,
    cells: pd.DataFrame,
    facts: pd.DataFrame,
    texts: dict[str, str],
) -> tuple[dict[str, pd.DataFrame], list[Partnership]]:
    """The partnership tables of the bound report (empty without it), each row with its
    entity_id, and the partnerships they hold."""
    escp4i = build_bound_table("escp4i_partnerships", tables, cells, texts)
    eujp, partners = build_eu_japan_partnerships(blocks, tables, facts, texts, escp4i)
    found = partnerships_of(eujp, partners, escp4i)
    of_eujp = {p.row.get("partnership_id"): p.entity_id for p in found}
    of_escp4i = {n: p.entity_id for p in found for n in p.names}
    out = {
        "eu_japan_partnerships": eujp.assign(
            entity_id=[of_eujp.get(i) for i in eujp.get("partnership_id", [])]
        ),
        "eu_japan_partnership_partners": partners,
        "escp4i_partnerships": escp4i.assign(
            entity_id=[of_escp4i.get(n) for n in escp4i.get("name", [])]
        ),
    }
    return out, found


def partnerships_of(
    eujp: pd.DataFrame, partners: pd.DataFrame, escp4i: pd.DataFrame
) -> list[Partnership]:
    """One entity per EU–Japan partnership, its ESCP-4i partnership merged into it when one of
    its partners is that partnership; one per ESCP-4i partnership left."""
    out: list[Partnership] = []
    for r in eujp.to_dict("records") if len(eujp) else []:
        # the partners it is named after, not those a case adds `in partnership with`
        own = (
            partners[(partners["partnership_id"] == r["partnership_id"]) & partners["role"].isna()]
            if len(partners)
            else None
        )
        japan = [] if own is None else list(own.loc[own["side"] == "japan", "partner"])
        europe = [] if own is None else list(own.loc[own["side"] == "europe", "partner"])
        names = [t] if (t := _title(str(r["quote"]))) else []
        names += [a for a in str(r.get("aliases") or "").split("; ") if a]
        out.append(
            Partnership(
                str(r["partnership_id"]),
                f"{r['japanese_partner']} – {r['european_partner']}",
                names,
                str(r["doc_id"]),
                (japan, europe),
                r,
            )
        )
    for name, doc in zip(escp4i["name"], escp4i["doc_id"], strict=True) if len(escp4i) else []:
        into = next((p for p in out if any(same_name(name, x) for x in p.sides[1])), None)
        if into is not None:
            into.names += [] if name in into.names else [name]
            continue
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        out.append(Partnership(f"escp4i-{slug}", name, [name], str(doc)))
    return out


def _title(quote: str) -> str | None:
    """The name a partnership's passage opens with: a list item's lead, `A, place, Japan – B,
    region, Country`, before its colon; a case's passage is its title alone."""
    m = re.match(r"^[\s•*-]*([^:\n]{5,400}?\s[–-]\s[^:\n]{3,400}?)\s*:\s", quote)
    if m:
        return m.group(1)
    title = quote.strip()
    return title if title and "\n" not in title and len(title) <= 400 else None


def partnership_mentions(found: list[Partnership], texts: dict[str, str]) -> pd.DataFrame:
    """Every place the report a partnership comes from names it: its names as written, and its
    two sides' partners joined (`A/B`, `A, and B`, `the A and the B`), the longest where they
    nest. Other documents are not searched: their mentions would depend on whether the report
    was extracted with them."""
    mentions: list[dict[str, Any]] = []
    for p in found:
        pattern = _pattern(p)
        if pattern is None or p.doc_id not in texts:
            continue
        mentions += [
            mention_row(p.entity_id, p.doc_id, m) for m in pattern.finditer(texts[p.doc_id])
        ]
    return mentions_frame(mentions)


def _pattern(p: Partnership) -> re.Pattern[str] | None:
    japan, europe = (sorted(map(_loose, s), key=len, reverse=True) for s in p.sides)
    forms = [_loose(n) for n in sorted(p.names, key=len, reverse=True)]
    if japan and europe:
        a, b = "|".join(japan), "|".join(europe)
        forms += [f"(?:{a}){_JOIN}(?:{b})", f"(?:{b}){_JOIN}(?:{a})"]
    if not forms:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])", re.IGNORECASE)


def _loose(name: str) -> str:
    """`name` however the report spells it: any case, its words run together or hyphened
    (`LaserGo Global`, `LASER-Go Global`), `+` as `plus`."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
    words = re.findall(r"[^\W\d_]+|\d+|[^\w\s-]", spaced)
    pieces = [r"(?:\+|\s*plus\b)" if w == "+" else re.escape(w) for w in words]
    return r"[\s-]*".join(pieces)


def partnership_entities(
    found: list[Partnership], texts: dict[str, str], counts: dict[str, int]
) -> pd.DataFrame:
    """The partnerships' entity rows: their names as the tables and `texts` write them the
    aliases, n_mentions from `counts`; an EU–Japan partnership dated by the sentence of its
    passage that holds its start year."""
    written = partnership_mentions(found, texts)
    starts = sorted((p.doc_id, int(p.row["char_start"])) for p in found if p.row)
    rows = []
    for p in found:
        surfaces = written.loc[written["entity_id"] == p.entity_id, "surface"]
        plain = (" ".join(re.sub(_MARKUP, "", n).split()) for n in [*p.names, *surfaces])
        aliases = list(dict.fromkeys(n for n in plain if n != p.name))
        later = [at for d, at in starts if p.row and d == p.doc_id and at > p.row["char_start"]]
        year, doc, span = _dated(p.row, texts, min(later, default=None))
        rows.append(
            {
                "entity_id": p.entity_id,
                "name": p.name,
                "aliases": aliases,
                "type": KIND,
                "prefecture_code": None,
                "city": None,
                "country": None,
                "founded_or_enacted_year": year,
                "description": _description(p),
                "year_doc_id": doc,
                "year_char_start": span[0] if span else None,
                "year_char_end": span[1] if span else None,
                "year_quote": texts[doc][span[0] : span[1]] if doc and span else None,
                "n_mentions": int(counts.get(p.entity_id, 0)),
            }
        )
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS)


def _description(p: Partnership) -> str:
    if not p.row:
        return "ESCP-4i cluster partnership (ECCP report)."
    return f"EU–Japan partnership ({p.row.get('programme')}), eu_japan_partnerships."


def _dated(
    row: dict[str, Any], texts: dict[str, str], until: int | None
) -> tuple[int | None, str | None, tuple[int, int] | None]:
    """The start year and the first sentence stating it from the partnership's passage on, up
    to the next partnership's (a case's row quotes its title only, its story follows)."""
    year, doc = row.get("started_year"), row.get("doc_id")
    if year is None or pd.isna(year) or doc not in texts:
        return None, None, None
    text = texts[str(doc)]
    start = int(row["char_start"])
    end = max(int(row["char_end"]), until if until is not None else len(text))
    found = re.search(rf"(?<!\d){int(year)}(?!\d)", text[start:end])
    if found is None:
        return None, None, None
    at = start + found.start()
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, at)]
    stop = _SENTENCE_END.search(text, at, end)
    stop_at = end if stop is None else stop.start() + (text[stop.start()] in ".!?;")
    return int(year), str(doc), (ends[-1] if ends else start, stop_at)
