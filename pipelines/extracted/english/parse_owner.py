"""Whose number it is (its owner), read from spaCy's dependency parse of an English sentence:
the name the noun of the number is of (`the GRP of Kyushu`, `Japan's exports`, `Tohoku
medical device output`), else the subject of the clause the number stands in (`the two airports
handle 330 flights`, `Fukushima ranked fourth`), that subject's own owner where the number is
inside it or measures it (`the budget of the Aomori cluster was ...`, `Hokkaido dairy output
reached ...`). Nothing where the parse names none, or
only a pronoun: the caller keeps what nearness and the registry say (curated/fact_entities.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pipelines.extracted.parse_tree import covered, span_head, span_tokens
from pipelines.extracted.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pipelines.extracted.fact import Fact

Spans = list[tuple[int, int]]
Phrase = Callable[["Token", Spans], "str | None"]

_NOUNS = ("NOUN", "PROPN")
_ATTACHED = ("nummod", "compound", "quantmod", "amod", "nmod", "npadvmod", "appos")
_OWNING_PREPS = ("of", "in", "for")
_SUBJECTS = ("nsubj", "nsubjpass")
_CLAUSE_UP = ("conj", "xcomp", "advcl", "ccomp")
_SHARES = ("%", "percent", "cent", "share", "proportion", "percentage")
# a subject with one of these before its name is a person (`Mayor Takashima`), who owns no
# figure of a programme, place or body: what they did in a year is their city's or office's
_TITLES = frozenset(load_rules("entities")["english_person_titles"])


def owners(
    doc: Doc, offset: int, facts: list[Fact], phrase: Phrase, before: str | None = None
) -> list[str | None]:
    """One owner per fact of the sentence parsed as `doc` (which starts at `offset`); `it` and
    `its` are `before`, the name the sentence before made its subject (named_subject)."""
    spans = [(f.start - offset, f.end - offset) for f in facts]
    out: list[str | None] = []
    for f, (a, b) in zip(facts, spans, strict=True):
        head = span_head(span_tokens(doc, a, b))
        owner = _owner(head, spans, phrase, f.measure or "") if head is not None else None
        if owner is None and before and head is not None and _refers_back(head):
            owner = before
        out.append(owner)
    return out


def named_subject(doc: Doc, phrase: Phrase) -> str | None:
    """The name the sentence's main clause is about (`The GRP of Kyushu ...` -> Kyushu), for
    an `it` in the sentence after."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = _subject(root, []) if root is not None else None
    if subject is None or subject.pos_ == "PRON":
        return None
    return _name_of(subject, [], phrase) or (phrase(subject, []) if _proper(subject) else None)


def _refers_back(head: Token) -> bool:
    """Whether the number's clause is about `it` (`it ranks 17th`, `its population is ...`)."""
    noun = _noun_of(head)
    if noun is not None and any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
        return True
    verb = _clause_verb(head)
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS] if verb is not None else []
    return any(
        c.lower_ == "it" or any(p.dep_ == "poss" and p.lower_ == "its" for p in c.children)
        for c in subjects
    )


def _owner(head: Token, spans: Spans, phrase: Phrase, measure: str) -> str | None:
    noun = _noun_of(head)
    named = _name_of(noun, spans, phrase) if noun is not None else None
    if named:
        return named
    verb = _clause_verb(head)
    if verb is None:
        return None
    subject = _subject(verb, spans)
    if subject is None or subject.pos_ == "PRON" or _person(subject):
        return None
    inside = {t.i for t in subject.subtree}
    if head.i in inside or (noun is not None and noun.i in inside) or subject.text in measure:
        # the number is the subject's, or measures it (`output reached ...`): whose is it?
        named = _name_of(subject, spans, phrase)
        return named or (phrase(subject, spans) if subject.pos_ == "PROPN" else None)
    return phrase(subject, spans)  # `the airports handle 330 flights`: the doer has them


def _noun_of(head: Token) -> Token | None:
    """The noun the number quantifies (`5,000 SMEs`) or hangs on (`a budget of 3 billion`)."""
    governor = head.head
    if head.dep_ in _ATTACHED and governor.pos_ in _NOUNS and governor.i != head.i:
        return governor
    if head.dep_ == "pobj" and governor.dep_ == "prep" and governor.head.pos_ in _NOUNS:
        return governor.head
    return head if head.pos_ in _NOUNS else None


def _name_of(noun: Token, spans: Spans, phrase: Phrase) -> str | None:
    """The name a noun is of: its possessor (`Japan's`), the proper noun after its `of`/`in`
    (`the output of Aichi`), or the proper nouns that modify it (`Tohoku production`)."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN" and not covered(c, spans):
            return phrase(c, spans)
    whole = noun.lower_ in _SHARES  # `3.4% of GDP`: the whole a share is of, not its owner
    for prep in noun.rights if not whole else ():
        if prep.dep_ == "prep" and prep.lower_ in _OWNING_PREPS:
            inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if inner is not None and not covered(inner, spans) and _proper(inner):
                return phrase(inner, spans)
    names = [
        t
        for c in noun.lefts
        if c.dep_ in ("compound", "nmod")
        for t in c.subtree
        if _names(t) and not covered(t, spans)
    ]
    if names and noun.pos_ != "PROPN":
        doc = noun.doc
        return doc[names[0].i : names[-1].i + 1].text.strip(" ,;:'’") or None
    return None


def _person(token: Token) -> bool:
    """A titled person (`Mayor Takashima`, `Professor Sato`): a proper noun after a title."""
    return token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.text.rstrip(".") in _TITLES for c in token.lefts
    )


def _names(token: Token) -> bool:
    """A proper noun, or a capitalised modifier the tagger took for an adjective (`Hokkaido`)."""
    return token.pos_ == "PROPN" or (token.pos_ == "ADJ" and token.text.istitle())


def _proper(token: Token) -> bool:
    """A proper noun, or a common noun a proper noun names (`Kyushu Island`, `Aichi prefecture`)."""
    return token.pos_ == "PROPN" or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts
    )


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause the number stands in."""
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _subject(verb: Token, spans: Spans) -> Token | None:
    """The verb's subject, or that of the verb it is joined to (`rose and reached ...`)."""
    for _ in range(3):
        for c in verb.children:
            if c.dep_ in _SUBJECTS and not covered(c, spans):
                return c
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in _NOUNS:
            return verb.head  # `the line, which carries 40,000 riders`
        if verb.dep_ not in _CLAUSE_UP or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
