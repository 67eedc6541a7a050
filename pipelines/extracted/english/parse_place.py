"""Where an English number is, by attachment in the parse rather than by nearness: the place
the phrase about its noun says it is in (`the 17 clusters are in all regions in Japan`, `30
firms in the city of Kobe`), found down the `in`/`at`/`within`/`across`/`throughout` phrases
hanging on the counted noun or on the verb the number is said with, else the place whose noun
it is (`Japan's GDP of $4 trillion`), else the subject of that verb where it is a place
(`Nagoya, the capital of Aichi, has 2.3 million residents`: Nagoya, not Aichi, named nearer).
A place named only nearby (`Hokkaido (1)` after a colon) is a list's item, not where the
counted things are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.numbers.places import Place, find_places
from pipelines.extracted.parse_tree import covered, span_head, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pipelines.extracted.fact import Fact

_WHERE = ("in", "at", "within", "across", "throughout")
_INSIDE = ("nummod", "compound", "quantmod", "amod", "nmod", "npadvmod", "det", "advmod")
_ROLES = ("nsubj", "nsubjpass", "dobj", "attr", "pobj")  # a noun said of its verb
_DEPTH = 3  # `in all regions in Japan`: phrases followed down from the first


def attached_places(doc: Doc, offset: int, facts: list[Fact]) -> list[str | None]:
    """Per fact of the sentence parsed as `doc` (starting at `offset`), the code of the place
    its noun or verb is said to be in, or None."""
    places = [p for p in find_places(doc.text) if p.kind != "demonym"]
    if not places:
        return [None] * len(facts)
    spans = [(f.start - offset, f.end - offset) for f in facts]
    out: list[str | None] = []
    for a, b in spans:
        head = span_head(span_tokens(doc, a, b))
        out.append(None if head is None else _place_of(head, places, spans))
    return out


def _place_of(head: Token, places: list[Place], spans: list[tuple[int, int]]) -> str | None:
    noun = head
    while noun.dep_ in _INSIDE and noun.head.i != noun.i:
        noun = noun.head  # `17 METI clusters`: the clusters
    hosts = [noun]
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # `rose to 5,000`: the verb of the level
    if noun.dep_ in _ROLES and verb.pos_ in ("VERB", "AUX") and verb.i != noun.i:
        hosts.append(verb)
    for host in hosts:
        found = _where(host, places, spans, 0)
        if found is not None:
            return found.code
    # `Japan's GDP of $4 trillion`, `Kobe's 1.5 million residents`: whose the noun is
    owned = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    owner = next((c for c in owned.children if c.dep_ == "poss"), None)
    said = _named(owner, places) if owner is not None and not covered(owner, spans) else None
    if said is not None:
        return said.code
    # `Nagoya, the capital of Aichi, has 2.3 million residents`: the subject is a place, where
    # what it holds or does is
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if len(hosts) < 2 or noun.dep_ == "nsubj" or subject is None or covered(subject, spans):
        return None
    said = _named(subject, places)
    return said.code if said is not None else None


def _where(
    word: Token, places: list[Place], spans: list[tuple[int, int]], depth: int
) -> Place | None:
    """The first place down the `in`... phrases on `word`: the object itself where it is a
    place, else its own phrases (`in all regions in Japan`)."""
    for prep in word.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _WHERE or covered(prep, spans):
            continue
        inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if inner is None or covered(inner, spans):
            continue
        named = _named(inner, places)
        if named is not None:
            return named
        if depth + 1 < _DEPTH:
            below = _where(inner, places, spans, depth + 1) or _of_place(inner, places)
            if below is not None:
                return below
    return None


def _of_place(noun: Token, places: list[Place]) -> Place | None:
    """`in the city of Kobe`: the place an `of` names of the noun."""
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            named = _named(inner, places) if inner is not None else None
            if named is not None:
                return named
    return None


def _named(noun: Token, places: list[Place]) -> Place | None:
    """The place whose name the noun (with its compounds: `Fukuoka Prefecture`) is."""
    named = [c for c in noun.lefts if c.dep_ == "compound"]
    lo = min((c.idx for c in named), default=noun.idx)
    hi = noun.idx + len(noun.text)
    return next((p for p in places if p.start < hi and lo < p.end), None)
