"""Events a document's layout dates rather than a sentence's verb: a heading that says since
when its policy holds (`... (since 2001)` over the heading naming the policy), a front-matter
row `Start date of project | 23 September 2015` (the project the same table names), and a
report dated by a bracket (`identified X in the report (1997)`: the doer's report)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pandas as pd

from pipelines.curated.event_names import clean_name, is_name, phrase, reading_rules, type_of
from pipelines.curated.event_passages import Passage, blank_markup, year_of
from pipelines.curated.event_rows import Reading

if TYPE_CHECKING:
    from spacy.tokens import Token

_SINCE = re.compile(r"\(\s*since\s+(?P<y>(?:1[89]|20)\d\d)\s*\)\s*$", re.IGNORECASE)


def _heading_text(text: str, start: int, end: int) -> str:
    return " ".join(blank_markup(text[start:end]).split()).strip(" #")


def _policy_name(name: str) -> bool:
    """A heading that names a thing a start can date: a law, plan, programme ... by its type,
    or a named policy (`Industrial cluster policy`)."""
    last = name.split()[-1].lower() if name.split() else ""
    return is_name(name) and (
        type_of(name) in reading_rules()["dated_by_type"] or last in reading_rules()["policy_nouns"]
    )


def heading_starts(
    doc_id: str, text: str, blocks: pd.DataFrame
) -> Iterator[tuple[Passage, Reading]]:
    """A heading ending `(since YEAR)` dates the start of what it names; a heading that only
    describes an era dates the policy the heading right under it names."""
    heads = blocks[(blocks["doc_id"] == doc_id) & blocks["table_id"].isna()]
    ordered = list(heads.sort_values("char_start").itertuples())
    for k, b in enumerate(ordered):
        if b.kind != "heading":
            continue
        s, e = int(b.char_start), int(b.char_end)
        own = _heading_text(text, s, e)
        m = _SINCE.search(own)
        if m is None:
            continue
        name = clean_name(own[: m.start()])
        if not _policy_name(name):
            after = ordered[k + 1] if k + 1 < len(ordered) else None
            if after is None or after.kind != "heading":
                continue
            name = clean_name(_heading_text(text, int(after.char_start), int(after.char_end)))
            if not _policy_name(name):
                continue
        at = text.find(m["y"], s, e)
        p = Passage(doc_id, s, e, blank_markup(text[s:e]), own, "heading")
        yield p, Reading(int(m["y"]), None, "launched", name, at, at + 4)


def key_value_starts(doc_id: str, cells: pd.DataFrame) -> Iterator[tuple[Passage, Reading]]:
    """A two-column table of keys and values whose key is `Start date of <thing>`: the value's
    year is when the thing the same table names (`<thing> acronym`, else `<thing> name`)
    started."""
    own = cells[cells["doc_id"] == doc_id]
    for _, g in own.groupby("table_id"):
        if g["col_index"].max() != 1:
            continue
        rows = {
            int(r): (str(x.iloc[0]["text"]), x.iloc[-1])
            for r, x in g.sort_values("col_index").groupby("row_index")
            if len(x) == 2
        }
        keys = {k.strip().lower(): v for k, v in rows.values()}
        for key, value in rows.values():
            m = re.fullmatch(r"\s*start\s+date\s+of\s+(?:the\s+)?(\w+)\s*", key, re.IGNORECASE)
            dated = next(year_of(str(value["text"])), None)
            if m is None or dated is None:
                continue
            thing = m[1].lower()
            named = next(
                (keys[k] for k in (f"{thing} acronym", f"{thing} name") if k in keys), None
            )
            name = clean_name(str(named["text"])) if named is not None else ""
            if not is_name(name):
                continue
            s, e = int(value["char_start"]), int(value["char_end"])
            at = s + dated[3]
            cell = (("", str(value["text"]), s, e),)
            p = Passage(doc_id, s, e, str(value["text"]), key, "table_row", cell)
            yield p, Reading(dated[0], None, "launched", name, at, at + 4)


def dated_document(holder: Token, year: Token) -> tuple[str, str] | None:
    """(kind, name) of `The X Bureau identified ... in the report (1997)`: a document noun
    dated by a bracket is the sentence's doer's document, issued that year."""
    rules = reading_rules()
    if holder.lemma_.lower() not in rules["document_nouns"] or holder.dep_ != "pobj":
        return None
    verb = holder.head
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head  # `identified the concentration ... in the report`
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None or verb.pos_ != "VERB":
        return None
    who = clean_name(phrase(doer, year))
    if not is_name(who):
        return None
    return "approved", f"{who} {holder.lemma_.lower()}"
