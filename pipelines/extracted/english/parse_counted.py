"""What a counted noun says of itself beyond its name, read from the parse (parse_measure.py
finds the noun): the act done to it (`18 areas were chosen`: areas chosen), what it is doing
(`300 firms are taking part in the cluster`: firms taking part in cluster), and, for a number
joined by a hyphen to a noun (`a 12-member panel`), that noun's parts of the thing described
(members of panel)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.english.parse_holders import gerund
from pipelines.extracted.english.parse_phrase import lexicon, phrase
from pipelines.extracted.english.phrases import words
from pipelines.extracted.parse_tree import covered

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOUNS = ("NOUN", "PROPN")
_CHOSEN = ("chosen", "supported", "funded", "accepted", "certified")  # acts beside event_verbs
_SELECTED = ("designated", "selected", "chosen", "approved", "adopted", "certified", "accepted")
_SHORT = 3  # words of a counted noun's name that still take its act after it
_DOING_ROOM = 4  # words of the phrase after a doing verb (`working on research projects`)
# verbs of being, having, saying or change: a count as their subject is named by its noun alone
_STATES = frozenset(
    ("be", "have", "say", "remain", "seem", "appear", "become", "rise", "fall", "grow", "increase",
     "decrease", "decline", "drop", "double", "total", "number", "reach", "exceed", "account",
     "represent", "make", "amount", "stand", "come")
)  # fmt: skip


def parts_of(toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """A number joined by a hyphen to a noun makes one adjective of the two (`a 12-member
    panel`, `a two-tier program`, `a 40-storey tower`): it counts that noun's kind of part in
    the thing the adjective describes (`members of panel`), not the thing itself. The thing is
    the noun the pair modifies, or the noun the parse sets beside it (`a two-tier, local
    program`, read as an apposition)."""
    last = toks[-1]
    at = last.i + 2 if last.like_num else last.i  # the number alone, or `two-tier` as one span
    doc = last.doc
    if at < 2 or at >= len(doc) or doc[at - 1].text != "-" or not doc[at - 2].like_num:
        return None
    part = doc[at]
    if part.pos_ != "NOUN" or part.tag_ != "NN":
        return None
    thing = part.head if part.dep_ in ("compound", "amod", "nmod") else None
    if thing is None or thing.i <= part.i:
        thing = next((c for c in part.rights if c.dep_ == "appos" and c.pos_ in _NOUNS), None)
    if thing is None or thing.pos_ not in _NOUNS or covered(thing, spans):
        return None
    whole = phrase(thing, [*spans, (part.idx, part.idx + len(part))])  # not `member panel`
    return f"{_plural(part.lower_)} of {whole}" if whole else None


def _plural(noun: str) -> str:
    """`members`, `storeys`, `categories`, `branches`: the regular English plural."""
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "z", "ch", "sh")) else "s")


def done_to(noun: Token, named: str | None, spans: list[tuple[int, int]]) -> str | None:
    """A short counted noun with the act done to it, as a researcher names such a count: the
    subject of a passive act (`18 areas have been chosen`: areas chosen), the object of a
    selection (`METI designated 6 areas`: areas designated); a state (`are registered`) or
    another verb's object (`visited 80 farms`) adds nothing. The subject of a verb in the
    progressive says what the things counted are doing (`300 firms are taking part in the
    cluster`: firms taking part in cluster)."""
    verb = noun.head
    if not named or len(named.split()) > _SHORT:
        return named
    acts = (*words()["event_verbs"], *_CHOSEN)
    passive = noun.dep_ == "nsubjpass" and verb.tag_ == "VBN" and verb.lower_ in acts
    chosen = noun.dep_ == "dobj" and verb.tag_ in ("VBD", "VBN") and verb.lower_ in _SELECTED
    if passive or chosen:
        return f"{named} {verb.lower_}"
    return _doing(noun, named, spans) or named


def _doing(noun: Token, named: str, spans: list[tuple[int, int]]) -> str | None:
    """`20,000 researchers are working on projects`, `5,000 researchers work in the cluster` ->
    `researchers working on projects`, `researchers working in cluster`: the subject of an
    active verb in the progressive or a simple tense, with the verb as its `-ing` form, its
    particle or bare object (`taking part`), and its object (`SMEs joining cluster`) or else
    its first phrase, where that fits in a few words. A verb of change, being or having, or a
    bare act (`1,200 firms closed`) says no more than the noun."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or covered(verb, spans):
        return None
    between = noun.doc.text[noun.idx + len(noun) : verb.idx]
    if noun.i > verb.i or any(p in between for p in ",;()"):
        return None  # `90 clinics, including ..., joined`: an aside already says which
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    progressive = verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in auxes)
    simple = verb.tag_ in ("VBZ", "VBP", "VBD") and not auxes
    lemma = verb.lemma_.lower()
    if not (progressive or simple) or lemma in _STATES or lemma in lexicon()["holding"]:
        return None  # `300 firms employ 20,000 people`: what they hold is a count of its own
    # its particle or bare object (`taking part`, `doing research`): one verb with it
    bare = [
        c
        for c in verb.children
        if c.dep_ == "prt" or c.dep_ == "dobj" and not c.n_lefts + c.n_rights
    ]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c not in bare]
    said = [verb.lower_ if progressive else gerund(verb), *(c.lower_ for c in bare)]
    if objects:  # `200 SMEs joined the cluster`: SMEs joining cluster
        what = objects[0]
        done = None if covered(what, spans) else phrase(what, spans, 1, room=_DOING_ROOM)
        counted = any(covered(c, spans) or c.like_num for c in what.lefts)
        if len(objects) > 1 or what.pos_ not in _NOUNS or not done or counted:
            return None  # `are doing it`: what they do the phrase cannot say
        return f"{named} {' '.join(said)} {done}"
    prep = next((c for c in verb.rights if c.dep_ == "prep" and not covered(c, spans)), None)
    inner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    free = inner is not None and not covered(inner, spans)
    of = phrase(inner, spans, 1, room=_DOING_ROOM) if inner is not None and free else None
    if prep is not None and of:
        said += [prep.lower_, of]
    elif simple:
        return None  # `1,200 firms closed`: a bare act says no more than the noun
    return f"{named} {' '.join(said)}"
