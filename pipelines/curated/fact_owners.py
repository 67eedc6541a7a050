"""Whose number a fact is, from the grammar of its sentence (issue 35: a fact's entity is the one
the sentence attaches it to, not the nearest name): a number in the object or complement of a
verb of having (`the Council had 328 members`, `the budget was 3 billion yen`) belongs to the
verb's subject, a number in the subject (`the budget of the X Program was ...`) to the
subject's `of` phrase, a year to what its verb happened to (`In 2002, the X Law was revised`).
Nothing when the grammar names no owner (a pronoun, a bare `the programme`, the doer of
another verb): the caller falls back to nearness."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.curated.parsers import curation_rules
from pipelines.extracted.parser import parse_english

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SUBJECTS = ("nsubj", "nsubjpass")


def owner_phrases(sentences: list[tuple[str, int, int, bool]]) -> list[str | None]:
    """For each (sentence, start, end, is a year) of a number within it, the phrase its grammar
    attaches the number to, parsed in one batch."""
    texts = sorted({s for s, _, _, _ in sentences if s})
    docs = dict(zip(texts, parse_english(texts), strict=True))
    return [owner_phrase(docs[s], a, b, y) if s else None for s, a, b, y in sentences]


def owner_phrase(doc: Doc, start: int, end: int, year: bool = False) -> str | None:
    """A year dates what its verb happened to (`In 2007, JETRO launched the RIT programme`:
    the programme); any other number belongs to the verb's subject."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    number = span.root
    verb = _clause_verb(number)
    if verb is None:
        return None
    if not year and verb.lemma_.lower() not in _possession():
        return None  # `MITI designated 26 sites`: the doer, not whose the sites are
    subject = _dated(verb, number) if year else _subject(verb)
    if subject is None:
        return None
    if number.i in {t.i for t in subject.subtree}:
        return _of_phrase(subject, span)  # the number is in the subject: whose is it?
    if subject.pos_ == "PRON":
        return None
    owner = _text(subject, span)
    return None if ":" in owner else owner  # a list item's lead (`A – B: ...`), no subject


def _possession() -> set[str]:
    return set(curation_rules()["fact_owners"]["possession_verbs"])


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause the number stands in."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is conjoined to (`was founded and grew to`)."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        verb = verb.head


def _dated(verb: Token, number: Token) -> Token | None:
    """What a verb dated by a year happened to: its passive subject, else its object, else its
    subject."""
    deps = {c.dep_: c for c in verb.children if number.i not in {t.i for t in c.subtree}}
    for dep in ("nsubjpass", "dobj"):
        if dep in deps:
            return deps[dep]
    return _subject(verb)


def _of_phrase(subject: Token, number: Span) -> str | None:
    """`the budget of the X Program was ...`: the `of` phrase of the subject's head noun."""
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.i in range(number.start, number.end):
        return None
    return _text(obj, number)


def _text(tok: Token, number: Span) -> str:
    """The phrase a token heads, with its prepositional phrases and bracketed aliases but no
    clause or apposition (`the Port Agency, working with the X network,` is the Port Agency),
    and without the number."""
    doc = tok.doc
    drop = [c for c in tok.children if c.dep_ in ("relcl", "acl", "advcl", "conj", "cc")]
    drop += [  # an apposition after a comma, not a bracketed alias (`the X Law (Y Law)`)
        c for c in tok.children if c.dep_ == "appos" and doc[c.left_edge.i - 1].text != "("
    ]
    skip = {t.i for c in drop for t in c.subtree}
    skip |= set(range(number.start, number.end))
    return " ".join(t.text for t in tok.subtree if t.i not in skip)
