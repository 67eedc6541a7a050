"""Events of policies that have no proper name, only a noun of what was done (`the electricity
retail liberalisation ... has expanded since 2000, and was fully liberalised in 2016`): the
noun phrase names the event when the year's verb says it started (`since`) or is the noun's
own verb (`liberalised`). The nouns and verbs are data (rules.yaml, `event_reading`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.curated.event_names import reading_rules

if TYPE_CHECKING:
    from spacy.tokens import Token


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is conjoined to (`... and was liberalised`)."""
    while True:
        found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found or verb.dep_ != "conj" or verb.head.i == verb.i:
            return found
        verb = verb.head


def policy_change(year: Token) -> tuple[str, str] | None:
    """(kind, name) of a year on a verb whose subject holds a policy noun: `since YEAR` dates
    its start, the noun's own verb (`was liberalised in YEAR`) a step of it."""
    rules = reading_rules()
    nouns, verbs = rules["policy_action_nouns"], rules["policy_action_verbs"]
    prep = year.head
    if prep.dep_ != "prep" or prep.lower_ not in ("since", "in"):
        return None
    verb = prep.head
    own_verb = any(verb.lower_.startswith(v) for v in verbs)  # tagged a verb or an adjective
    while not own_verb and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # `widened step by step since 2003`
    if not (own_verb or (prep.lower_ == "since" and verb.pos_ in ("VERB", "AUX"))):
        return None
    words = [t for subject in _subjects(verb) for t in subject.subtree]
    noun = next((t for t in words if t.lower_ in nouns), None)
    if noun is None:
        return None
    start = noun.i  # `electricity retail liberalisation`: the modifiers right before it
    while start > 0 and noun.doc[start - 1].dep_ in ("compound", "amod", "nmod"):
        start -= 1
    name = noun.doc[start : noun.i + 1].text
    return ("phase_started" if own_verb else "launched"), " ".join(name.split())
