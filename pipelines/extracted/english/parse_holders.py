"""Whose a count read from the parse is (parse_measure.py finds the counted noun): the noun a
`with` phrase hangs on (`a city with 2.7 million inhabitants`), the subject of a verb of holding
(`the cluster gathers 40 companies`), and the place a people count lives in or works for (`the
town is home to 9,000 people`: its population; `the firm employs 300 people`: its employees);
and whose age an ordinal anniversary is (`the park marks its 30th anniversary`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.english.parse_events import subject_of
from pipelines.extracted.english.parse_phrase import MAX_WORDS, lexicon, phrase
from pipelines.extracted.english.phrases import words
from pipelines.extracted.parse_tree import covered

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOUNS = ("NOUN", "PROPN")
_RELATIVES = ("which", "that", "who")


def of_holder(noun: Token, spans: list[tuple[int, int]]) -> str | None:
    """`a city with 2.7 million inhabitants`: what a count after `with` counts is the noun
    the `with` phrase hangs on's (`inhabitants of city`)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    holder = prep.head
    if holder.pos_ not in _NOUNS or covered(holder, spans):
        return None
    counted = phrase(noun, spans)
    if not counted:
        return None
    whose = phrase(holder, spans, 1, room=MAX_WORDS - len(counted.split()) - 1)
    return f"{counted} of {whose}" if whose else None


def of_doer(noun: Token, spans: list[tuple[int, int]]) -> str | None:
    """A count that is the object of a verb of holding says whose it is: `the cluster, which
    gathers 40 companies` -> `companies of cluster`, `the park is expected to house 30 labs`
    -> `labs of park`. Only the verb's own subject (or the noun a relative clause hangs on, or
    the subject of the verb a `to`-clause completes) is taken: a subject borrowed across `and`
    is too often another clause's. Another verb's doer stays out (`supported 1,000 start-ups`:
    what is counted is the start-ups)."""
    obj = noun
    while obj.dep_ == "conj" and obj.head.pos_ in _NOUNS and obj.head.i != obj.i:
        obj = obj.head  # `40 companies and 20 research facilities`
    verb = obj.head
    if obj.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon()["holding"]:
        return None
    subject = _own_subject(verb, spans)
    if subject is None and verb.dep_ == "xcomp":
        subject = _own_subject(verb.head, spans)
    if subject is None or subject.pos_ not in _NOUNS or covered(subject, spans):
        return None
    counted = phrase(noun, spans)
    if not counted:
        return None
    whose = phrase(subject, spans, 1, room=MAX_WORDS - len(counted.split()) - 1)
    return f"{counted} of {whose}" if whose else None


def _own_subject(verb: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The subject a verb states itself, or for a relative clause the noun it hangs on."""
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass") or covered(c, spans):
            continue
        if c.lower_ in _RELATIVES and verb.dep_ == "relcl":
            return verb.head
        return None if c.lower_ in words()["pronouns"] else c
    return None


_PEOPLE = ("people", "persons", "residents", "inhabitants")


def of_people(noun: Token, spans: list[tuple[int, int]]) -> str | None:
    """`the town is home to 9,000 people` -> `population of town`; `the firm employs 300
    people` -> `employees of firm` (`employees` alone after a pronoun): what the place's or
    the employer's count of people is."""
    if noun.lower_ not in _PEOPLE:
        return None
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() == "employ":
        name, doer = "employees", _own_subject(verb, spans)
    elif noun.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ == "home":
        home = verb.head
        holder = home.head if home.dep_ in ("attr", "advmod", "npadvmod") else home
        name, doer = "population", _own_subject(holder, spans) if holder.i != home.i else None
        if home.dep_ == "appos":  # `the region, home to 250,000 residents,`
            doer = home.head
    else:
        return None
    if doer is None or doer.pos_ not in _NOUNS or covered(doer, spans):
        return name
    whose = phrase(doer, spans, 1, room=MAX_WORDS - 2)
    return f"{name} of {whose}" if whose else name


def of_agent(noun: Token, spans: list[tuple[int, int]]) -> str | None:
    """A count that is the doer of a passive verb (`20 projects were submitted by four
    prefectures and 16 cities`) counts the doers of the deed: `prefectures submitting projects`,
    not prefectures of any kind."""
    agent = noun
    while agent.dep_ == "conj" and agent.head.pos_ in _NOUNS and agent.head.i != agent.i:
        agent = agent.head  # `four prefectures, 16 cities and four provinces`
    by, verb = agent.head, agent.head.head
    if agent.dep_ != "pobj" or by.lower_ != "by" or by.dep_ not in ("agent", "prep"):
        return None
    done = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if verb.tag_ != "VBN" or done is None or done.pos_ not in _NOUNS or covered(done, spans):
        return None
    counted = phrase(noun, spans)
    if not counted:
        return None
    what = phrase(done, spans, 1, room=MAX_WORDS - len(counted.split()) - 1)
    return f"{counted} {gerund(verb)} {what}" if what else None


def gerund(verb: Token) -> str:
    """`submitting` from `submitted`, `approving` from `approved`: the participle's doubled
    consonant, or the lemma's silent `e`, says how its `-ing` form is spelt."""
    lemma, said = verb.lemma_.lower(), verb.lower_
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    if said.startswith(lemma + lemma[-1:]) and said.endswith("ed"):
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


def of_anniversary(head: Token, spans: list[tuple[int, int]]) -> str | None:
    """An ordinal anniversary counts the years since a thing began: `the park, which marks its
    30th anniversary` -> `age of park`; its holder is the noun before `'s`, or for `its` the
    subject of the verb of marking (`age` alone where none is named)."""
    noun = head if head.lemma_.lower() == "anniversary" else head.head
    if noun.lemma_.lower() != "anniversary" or noun.pos_ != "NOUN":
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is not None and holder.pos_ == "PRON" and noun.dep_ in ("dobj", "nsubjpass"):
        holder = subject_of(noun.head, spans)
    if holder is None or holder.pos_ not in _NOUNS or covered(holder, spans):
        return "age"
    whose = phrase(holder, spans)
    return f"age of {whose}" if whose else "age"
