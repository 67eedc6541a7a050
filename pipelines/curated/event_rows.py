"""Events read from a table row: the year cells' headers say what happened, the row's first
text cell what it happened to; a cell of terms and numbered items (`Phase 1 2001 Phase 2
2006`) dates each of them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.curated.event_names import clean_name, is_name, reading_rules, type_of
from pipelines.curated.event_passages import Passage, year_of


@dataclass(frozen=True)
class Reading:
    """One dated event as one passage states it."""

    year: int
    end_year: int | None
    kind: str
    name: str
    year_start: int  # offsets of the year in the document
    year_end: int


def read_row(p: Passage) -> Iterator[Reading]:
    """A table row: the year cells' headers say what happened (`Year of approval`, `Year S&T
    committee was formed`), the row's first text cell what it happened to; a row of a year
    and a name (`1998 | Abolition of the Technopolis Law`) reads like a sentence."""
    rules = reading_rules()
    labels = [c for c in p.cells if not year_only(c[1])]
    for header, text, s, e in p.cells:
        if labels and text != labels[0][1] and not year_only(text):
            yield from _parts(labels[0][1], text, s)
        if not year_only(text):
            continue
        y, last, _, _, _ = next(year_of(text))
        label = labels[0][1] if labels else ""
        if not label:
            continue
        action = next((k for w, k in rules["header_words"].items() if w in header.lower()), None)
        words = re.findall(r"[A-Z&][\w&]*(?: [a-z]+)?", header.replace("Year", ""))
        if action is None:
            noun = label.split()[0].lower()
            if noun in rules["action_nouns"]:
                action = str(rules["action_nouns"][noun])
                label = clean_name(re.sub(r"^\w+ of ", "", label))
            else:
                action = rules["dated_by_type"].get(type_of(label))
            name = label
        else:
            thing = " ".join(words).strip()
            name = f"{label} {thing}".strip() if thing else label
        span = _LABEL_SPAN.search(label)
        if span and last is None:  # `(2001–05)`: read as any span of years, from its own start
            end = next(year_of(span[1]))[1]
            last = end if end is not None and end >= y else None  # never before the row's year
        if action and is_name(name):
            yield Reading(y, last, str(action), _clean_row(name), s, e)


_LABEL_SPAN = re.compile(r"\(((?:19|20)\d\d[–-](?:19|20)?\d\d)\)")
_ITEM = re.compile(r"(?<![\w(])(\d)\)\s*")
_PART_YEAR = re.compile(
    r"(?P<part>(?:Term|Phase|Stage)\s+[IVX\d]+|\d(?:st|nd|rd|th) stage)\s*:?\s*(?P<y>(?:19|20)\d\d)"
)


def _parts(label: str, cell: str, start: int) -> Iterator[Reading]:
    """A start-year cell of terms and numbered items: `Phase 1 2001 Phase 2 2006` (terms of the
    row's programme), `1) 1st stage 2002 2nd stage 2007 2) 2002` (the label's items `1) A
    2) B`: A's stages, B's launch)."""
    names = [n.strip() for n in _ITEM.split(label)[2::2]] or [label]
    pieces = _ITEM.split(cell)
    items = [(int(pieces[i]), pieces[i + 1], i) for i in range(1, len(pieces) - 1, 2)]
    offset, chunks = 0, []
    for n, piece, _ in items or [(1, cell, 0)]:
        at = cell.find(piece, offset)
        chunks.append((n, piece, at))
        offset = at + len(piece)
    for n, piece, at in chunks:
        name = names[n - 1] if n - 1 < len(names) else label
        found = list(_PART_YEAR.finditer(piece))
        for m in found:
            a = start + at + m.start("y")
            yield Reading(int(m["y"]), None, "phase_started", f"{name} {m['part']}", a, a + 4)
        bare = re.fullmatch(r"\s*((?:19|20)\d\d)\s*", piece)
        if bare and items:
            a = start + at + bare.start(1)
            yield Reading(int(bare[1]), None, "launched", name, a, a + 4)


def _clean_row(name: str) -> str:
    name = name.split(":")[0]  # `Council ... Policy: CSTP attached to the Cabinet Office`
    return " ".join(re.sub(r"\((\d{4})[–-](\d{2,4})\)", "", name).split()).removeprefix("The ")


def year_only(text: str) -> bool:
    return re.fullmatch(r"\s*(1[89]\d\d|20[0-3]\d)\s*", text) is not None
