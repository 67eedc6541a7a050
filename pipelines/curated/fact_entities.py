"""facts.entity_id: the registered entity a number belongs to. First the grammar of its
sentence (fact_owners.py): the owner it attaches a number to, when that names a registered
entity; none when it is a named law, plan or body that is not registered (a law's revision is
not the network's). Else, by the same names as entity_mentions, the nearest one before the
number in its sentence or the sentence before, else the one a list item opens with (`- A –
B: ...`, the partnership the item is about), else one in the headings above it (`Overview of the
Industrial Cluster Program activities`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd

from pipelines.curated.entities import entity_patterns
from pipelines.curated.event_names import clean_name, is_name, type_of
from pipelines.curated.fact_owners import owner_phrases

_KANA_KANJI = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")


def link_facts(
    facts: pd.DataFrame,
    mentions: pd.DataFrame,
    blocks: pd.DataFrame,
    texts: dict[str, str],
    registry: Path,
) -> pd.DataFrame:
    if facts.empty:
        return facts.assign(entity_id=pd.Series(dtype=object))
    by_doc = {
        doc: sorted(zip(g["char_start"], g["char_end"], g["entity_id"], strict=True))
        for doc, g in mentions.groupby("doc_id")
    }
    block_of = blocks.set_index("block_id")
    patterns = entity_patterns(registry)
    owners = owner_phrases([_in_sentence(f) for f in facts.itertuples()])
    linked: list[str | None] = []
    for f, owner in zip(facts.itertuples(), owners, strict=True):
        if owner is not None:  # the grammar says whose number it is
            hits = [(m.end(), e) for e, p in patterns for m in p.finditer(owner)]
            if hits and f.fact_type != "year":  # a registered entity owns the number
                linked.append(max(hits)[1])  # the one nearest the phrase's head
                continue
            if not hits and _named(owner):  # a named thing of its own, not registered
                linked.append(None)
                continue
            # a year of a registered thing: nearness, which dates a law and the programme it
            # founds alike (fact_comparisons compares their years as one start)
        text = texts.get(f.doc_id, "")
        spans = by_doc.get(f.doc_id, [])
        found = _before(spans, text, int(f.char_start), _block_start(block_of, f.block_id))
        if found is None and isinstance(f.block_id, str) and f.block_id in block_of.index:
            block = block_of.loc[f.block_id]
            found = _leading(spans, text, block, int(f.char_start))
        if found is None and isinstance(f.block_id, str) and f.block_id in block_of.index:
            headings = block_of.at[f.block_id, "heading_path"]
            found = _in_headings(list(headings) if headings is not None else [], patterns)
        linked.append(found)
    return facts.assign(entity_id=linked)


def _named(owner: str) -> bool:
    """A proper name of a law, plan, programme, agreement or organisation (`the Law on X`), not
    a description (`an agreement with ...`) nor a name of people or places."""
    name = clean_name(owner)
    return name[:1].isupper() and is_name(name) and type_of(name) != "other"


def _in_sentence(f: Any) -> tuple[str, int, int, bool]:
    """The fact's sentence and where its number stands in it (nothing when the number is not
    there once: a table cell, or a number the sentence repeats)."""
    sentence, quote = f.sentence, f.quote
    if not isinstance(sentence, str) or not isinstance(quote, str) or not quote:
        return "", 0, 0, False
    at = sentence.find(quote)
    if at < 0 or sentence.find(quote, at + 1) >= 0 or isinstance(f.table_id, str):
        return "", 0, 0, False
    if _KANA_KANJI.search(sentence):  # the owner is read by the English parse only
        return "", 0, 0, False
    return sentence, at, at + len(quote), f.fact_type == "year"


def _block_start(block_of: pd.DataFrame, block_id: object) -> int | None:
    """Where the fact's block (its paragraph, list item or cell) starts."""
    if isinstance(block_id, str) and block_id in block_of.index:
        return int(block_of.at[block_id, "char_start"])
    return None


def _before(
    spans: list[tuple[int, int, str]], text: str, start: int, opens: int | None = None
) -> str | None:
    """The nearest mention before the number in its sentence; else the first mention of the
    nearest sentence before that names one, when every sentence since goes on about it (`The
    17 designated METI Industrial Clusters ... by METI's regional offices. The main participants
    are around 5,000 SMEs`; `... the RIT programme. The programme supports ... The programme
    has supported 15 projects`)."""
    found: str | None = None
    before = -1
    for m_start, m_end, entity in reversed(spans):
        if m_start >= start or m_end > start:  # after the number, or the number is in the name
            continue
        ends = len(_SENTENCE_END.findall(text, m_end, start))
        unstopped = opens is not None and m_end <= opens and not ends
        if unstopped:  # a list item or heading before the number's block, ended without a stop
            ends = 1
        if ends == 0:
            return str(entity)
        if start - m_end > 800 or before not in (-1, ends):
            break  # too far back, or a sentence before the one that names it
        if not _goes_on(text, m_end, start) or (ends > 1 and "\n\n" in text[m_end:start]):
            break  # a sentence on something else, or a chain of them past its paragraph
        if unstopped and not _ANAPHORIC.match(text, int(opens or 0)):
            break  # nor does the block go on about it
        before, found = ends, str(entity)
    return found


_ANAPHORIC = re.compile(r"[\s\-•▶*]*(?:The|These|This|Its|Their|It|They|Such|Both)\b")


def _goes_on(text: str, since: int, start: int) -> bool:
    """Every sentence that opens between a mention and the number opens with `The`, `Its`,
    `These` ...: each goes on about the sentence before."""
    return all(_ANAPHORIC.match(text, m.end()) for m in _SENTENCE_END.finditer(text, since, start))


def _leading(spans: list[tuple[int, int, str]], text: str, block: Any, at: int) -> str | None:
    """The entity a list item opens with, bullet aside: what the item is about."""
    if block.get("kind") != "list_item":
        return None
    start = int(block["char_start"])
    lead = start + len(text[start:at]) - len(text[start:at].lstrip(" \t-•*▶"))
    return next((str(e) for s, end, e in spans if s == lead and end <= at), None)


def _in_headings(headings: list[str], patterns: list[tuple[str, re.Pattern[str]]]) -> str | None:
    for heading in reversed(headings):  # the nearest heading first
        hits = [(m.start(), e) for e, p in patterns for m in p.finditer(heading)]
        if hits:
            return min(hits)[1]
    return None
