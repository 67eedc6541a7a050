"""The partners of one EU–Japan partnership, one row each: a side of a partnership's title may
name several (`Foundation X (FX)/ Cluster Y`), a case may add some (`in partnership with A and
B`), and a place may stand glued to a name (`Cluster Y Hyogo Prefecture`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pipelines.curated.parsers import ParseError, country_code, split_list
from pipelines.extracted.numbers.places import find_places
from pipelines.extracted.rules import load_rules

_PLACE_WORD = re.compile(r"\s+(?:Prefecture|City|Region)$")


def side_of(text: str, story: str = "") -> dict[str, Any]:
    """`Organic Electronics Saxony, Sachsen, Germany` -> partner, region, country code,
    prefecture, and whether it is the Japanese side. A closing `(UK)` is a place, a closing
    `(FBRI)` part of the name; a name the story writes run on with the next part (`Automotive,
    Baden-Württemberg` told as `Automotive Baden-Württemberg`) is that whole name."""
    inner = re.search(r"\(([^()]+)\)\s*$", text)
    if inner and _acronym(inner.group(1)):
        inner = None
    parts = split_list(re.sub(r"\s*\([^()]*\)\s*$", "", text) if inner else text)
    if inner:
        parts.append(inner.group(1).strip())
    if len(parts) > 2 and f"{parts[0]} {parts[1]}" in story:
        parts = [f"{parts[0]} {parts[1]}", *parts[2:]]
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
        cities = load_rules("places")["cities"]
        prefecture = next((cities[p.name] for p in places if p.kind == "city"), None)
    middle = parts[1:-1] if country else parts[1:]
    partner, glued = _unglued(partner)
    return {
        "partner": partner,
        "country": country,
        "region": ", ".join([*([glued] if glued else []), *middle]) or None,
        "prefecture": prefecture,
        "is_japan": country == "JP" or prefecture is not None or "Japan" in text,
    }


def _acronym(written: str) -> bool:
    """`FBRI`, `JCFA`: capitals that are no country's code or name."""
    if not re.fullmatch(r"[A-Z][A-Z0-9&+-]{1,7}", written.strip()):
        return False
    try:
        country_code(written)
    except ParseError:
        return True
    return False


def _unglued(name: str) -> tuple[str, str | None]:
    """`Kobe Biomedical Innovation Cluster Hyogo Prefecture` -> the name and the place that
    ends it, when a name stands before the place."""
    bare = _PLACE_WORD.sub("", name)
    places = [p for p in find_places(bare) if p.kind in ("prefecture", "city", "region")]
    if not places or places[-1].end != len(bare) or places[-1].start == 0:
        return name, None
    head = bare[: places[-1].start].rstrip(" ,")
    if len(head.split()) < 2:
        return name, None
    return head, name[len(head) :].strip(" ,")


def _pieces(text: str, separator: re.Pattern[str]) -> Iterator[tuple[str, int]]:
    """The pieces of `text` between separators outside brackets, each with its offset."""
    depth, start = 0, 0
    k = 0
    while k < len(text):
        ch = text[k]
        depth += ch in "(["
        depth -= ch in ")]" and depth > 0
        m = separator.match(text, k) if depth == 0 else None
        if m and m.end() > k:
            yield text[start:k], start
            start = k = m.end()
            continue
        k += 1
    yield text[start:], start


_SLASH = re.compile(r"\s*/\s*")
_LIST = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def partner_rows(
    pid: str,
    side: str,
    at: int,
    text: str,
    is_japan: bool,
    role: str | None = None,
    story: str = "",
) -> list[dict[str, Any]]:
    """One row per partner a side names (split at `/`), or a list of partners (split at
    commas and `and`) when `role` says how the source adds them; each row quotes the name as
    written at or after `at`."""
    rows: list[dict[str, Any]] = []
    for piece, offset in _pieces(side, _SLASH if role is None else _LIST):
        if not piece.strip():
            continue
        info = side_of(piece, story)
        name = info["partner"].strip()
        japanese = is_japan if role is None else bool(info["is_japan"])
        start = text.find(name, at + offset)
        if start < 0 or not name:
            continue
        country = "JP" if japanese else info["country"]
        rows.append(
            {
                "partnership_id": pid,
                "partner": name,
                "side": "japan" if japanese else "europe",
                "country_code": country if country != "JP" or japanese else None,
                "place": info["region"],
                "role": role,
                "doc_id": None,  # set by the caller, which knows the document
                "char_start": start,
                "char_end": start + len(name),
                "quote": text[start : start + len(name)],
            }
        )
    return rows


def listed_partners(pid: str, story: str, at: int, text: str, label: str) -> list[dict[str, Any]]:
    """The partners a case lists under its label (`Partners: • Name: who they are • ...`), one
    row each with the role `listed partner`: Japanese when the name or its description says
    Japan. A case's partners already named in its title are dropped by the caller's merge."""
    m = re.search(rf"\b{re.escape(label)}\s*:", story)
    if m is None:
        return []
    rest = story[m.end() :]
    nxt = re.search(r"(?:<p>|\n\s*\n|\t)[^•\n\t]{3,60}:\s*(?:</p>|\n|\t|<)", rest)
    listed = rest[: nxt.start()] if nxt else rest
    rows: list[dict[str, Any]] = []
    for item in re.finditer(r"•\s*(?P<name>[^•:\n\t<]{2,90}?)\s*:\s*(?P<about>[^•\t]*)", listed):
        name = item.group("name").strip()
        start = at + m.end() + item.start("name")
        if text[start : start + len(name)] != name:
            continue
        japanese = bool(re.search(r"\bJapan(?:ese)?\b", f"{name} {item.group('about')}"))
        rows.append(
            {
                "partnership_id": pid,
                "partner": name,
                "side": "japan" if japanese else "europe",
                "country_code": "JP" if japanese else None,
                "place": None,
                "role": "listed partner",
                "doc_id": None,
                "char_start": start,
                "char_end": start + len(name),
                "quote": name,
            }
        )
    return rows


def same_name(a: str, b: str) -> bool:
    """`BioXClusters+`, `BioXclusters+` and `bioXclusters plus` name one thing; so do `Life
    Science Nord` and `Life Sciences Nord` (the first twelve letters alike), `Techtera` and
    `Techtera cluster` (one the start of the other)."""
    x, y = _key(a), _key(b)
    if min(len(x), len(y)) < 5:
        return x == y
    return x.startswith(y[:12]) or y.startswith(x[:12])


def _key(name: str) -> str:
    plus = re.sub(r"\s*\bplus\b", "+", name.lower())
    return " ".join(re.sub(r"[^a-z0-9+ ]", " ", plus).split())
