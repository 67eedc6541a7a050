"""What an English number measures where its noun alone says too little, read from the parse
after each number is read alone (parse_measure.py): what a count includes or names, the part of
a group a relative clause picks out, the growth a verb of multiplying gives, and the window a
look-back duration spans.

- `200 facilities, including laboratories of firms` -> `facilities including laboratories of
  firms`; `two ports, Hakata and Kitakyushu` -> `ports (Hakata, Kitakyushu)` (as many names
  as the count);
- `120 researchers, 30 of whom are women` -> the 30: `researchers who are women`;
- `the number of projects doubled` -> `growth factor of projects`;
- `over the last 10 years, the population has grown` -> `period of population`;
- `output is 2 trillion yen, 40% of which ...` -> the 40%: `share of output`;
- `30 km from the capital` -> `distance from capital` (parse_distance.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from pipelines.extracted.english.parse_distance import distance_from
from pipelines.extracted.english.parse_holders import of_anniversary
from pipelines.extracted.english.parse_siblings import number_lists
from pipelines.extracted.parse_tree import covered, span_head, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pipelines.extracted.fact import Fact
    from pipelines.extracted.parse_tree import Reading

Phrase = Callable[["Token", list[tuple[int, int]]], "str | None"]
_MULTIPLY = ("double", "triple", "quadruple", "halve")
_LOOK_BACK = ("last", "past", "previous")
_WINDOW_PREPS = ("over", "during", "in", "for", "throughout")
_MAX_WORDS = 16  # a phrase (parse_phrase.MAX_WORDS) and what it includes or names
_NOUNS = ("NOUN", "PROPN")
_OF_WHICH = re.compile(r"\s*of\s+which\b")
_NOUN_AFTER = re.compile(r"\s+(?!and\b|or\b)[A-Za-z]")


def read_parts(
    doc: Doc, offset: int, facts: list[Fact], readings: list[Reading], phrase: Phrase
) -> None:
    """Widen or replace the readings of the sentence's numbers as the module says."""
    spans = [(f.start - offset, f.end - offset) for f in facts]
    for k, (f, r) in enumerate(zip(facts, readings, strict=True)):
        if f.fact_type == "year" or f.unit == "year":
            continue
        head = span_head(span_tokens(doc, f.start - offset, f.end - offset))
        if head is None:
            continue
        if f.unit == "percent" and (whole := _share_of_which(doc, k, spans, readings, phrase)):
            r.measure = whole
            continue
        aged = of_anniversary(head, spans) if f.unit == "years" else None
        if aged:  # `marks its 30th anniversary`: the age of what marks it
            r.measure = aged
            continue
        far = distance_from(head, f.unit, spans, phrase)
        if far:  # `30 km from the capital`: the distance from it
            r.measure = far
            continue
        part = _part_of_group(head, spans, phrase)
        if part:
            r.measure = part
            continue
        if f.unit == "ratio" and head.pos_ == "VERB" and head.lemma_.lower() in _MULTIPLY:
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            what = phrase(subject, spans) if subject is not None else None
            if what or r.measure:
                r.measure = f"growth factor of {what or r.measure}"
            continue
        noun = head.head if head.dep_ == "nummod" else head
        if f.unit in ("years", "months") and _looks_back(noun):
            verb = noun.head.head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            what = phrase(subject, spans) if subject is not None else None
            if what:
                r.measure = f"period of {what}"
            continue
        if r.measure and noun.pos_ in ("NOUN", "PROPN") and noun.i != head.i:
            r.measure = _cap(r.measure + _included(noun, spans, phrase) + _named(noun, f.value))
    share_list_measures(doc, offset, facts, readings)


def share_list_measures(doc: Doc, offset: int, facts: list[Fact], readings: list[Reading]) -> None:
    """`300, 320 and 350 firms`: numbers of one unit listed with only commas and `and`
    between them, a noun after the last alone, all count that noun; `2 billion yen and 3
    billion yen`: a number of the list the parse named nothing for measures what the one
    before it does."""
    spans = [(f.start - offset, f.end - offset) for f in facts]
    for group in number_lists(doc.text, facts, spans):
        last = readings[group[-1]].measure
        bare = [k for k in group[:-1] if not _NOUN_AFTER.match(doc.text, spans[k][1])]
        named = [readings[k].measure for k in group]
        paired = all(named) and len(set(named)) == len(group)  # `respectively` named each
        if facts[group[0]].unit == "count" and last and len(bare) == len(group) - 1 and not paired:
            for k in bare:
                readings[k].measure = last
            continue
        for k, before in zip(group[1:], group, strict=False):
            if not readings[k].measure and readings[before].measure:
                readings[k].measure = readings[before].measure


def _share_of_which(
    doc: Doc, k: int, spans: list[tuple[int, int]], readings: list[Reading], phrase: Phrase
) -> str | None:
    """`output is 2 trillion yen, 40% of which comes from machinery`: a share `of which` right
    after a comma is a share of what stands before the comma, the number there (what it
    measures) or the noun there."""
    a, b = spans[k]
    if not _OF_WHICH.match(doc.text, b) or not doc.text[:a].rstrip().endswith(","):
        return None
    comma = len(doc.text[:a].rstrip()) - 1
    before = next((j for j, (x, y) in enumerate(spans) if doc.text[y:comma].strip() == ""), None)
    if before is not None and before != k:
        whole = readings[before].measure
    else:
        noun = next((t for t in reversed(doc) if t.idx < comma and t.pos_ in _NOUNS), None)
        whole = phrase(noun, spans) if noun is not None and noun.idx + len(noun) == comma else None
    return f"share of {whole}" if whole else None


def _part_of_group(head: Token, spans: list[tuple[int, int]], phrase: Phrase) -> str | None:
    """`120 researchers, 30 of whom are women` (or `of whom 30 are`): the group the clause
    hangs on, and what the part of it is."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.dep_ != "relcl":
        return None
    relative = next(
        (w for p in (*head.children, *verb.children) if p.lower_ == "of"
         for w in p.children if w.lower_ in ("whom", "which")),
        None,
    )  # fmt: skip
    what = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None)
    if relative is None or what is None or covered(what, spans):
        return None
    group = phrase(verb.head, spans)
    said = phrase(what, spans) if what.pos_ in ("NOUN", "PROPN") else what.text
    if not group or not said:
        return None
    return _cap(f"{group} {'who' if relative.lower_ == 'whom' else 'that'} {verb.text} {said}")


def _looks_back(noun: Token) -> bool:
    """`over the last 10 years`, `during the past 5 years`: a window reaching back to now."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in _WINDOW_PREPS
        and any(c.lower_ in _LOOK_BACK for c in noun.children)
        and noun.head.head.pos_ in ("VERB", "AUX")
    )


def _included(noun: Token, spans: list[tuple[int, int]], phrase: Phrase) -> str:
    """`facilities, including laboratories of firms`: what a count says it includes, where
    no number of its own counts it; not a gloss in parentheses, so counts of one noun still
    compare."""
    for prep in noun.rights:
        if prep.lower_ == "including" and prep.dep_ == "prep":
            if prep.i > 0 and prep.doc[prep.i - 1].text == "(":
                return ""  # `290 universities (including colleges)`: a gloss on the count
            inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if inner is None or any(t.like_num or covered(t, spans) for t in inner.subtree):
                return ""
            said = phrase(inner, spans)
            return f" including {said}" if said else ""
    return ""


def _named(noun: Token, count: float | None) -> str:
    """`two ports, Hakata and Kitakyushu`: the names a count lists right after its noun,
    when there are as many as it counts."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
        return ""
    names: list[Token] = []
    item = noun
    while True:
        nxt = next((c for c in item.children if c.dep_ in ("conj", "appos")), None)
        if nxt is None or nxt.pos_ != "PROPN":
            break
        names.append(nxt)
        item = nxt
    if len(names) < 2 or count is None or len(names) != count:
        return ""
    return " (" + ", ".join(n.text for n in names) + ")"


def _cap(text: str) -> str:
    return " ".join(text.split()[:_MAX_WORDS])
