"""What a year dates, read from the parse: the verb it hangs on named as an event of its object
or subject (`the Act was enacted in 1983` -> `enactment of the Act`), and the subject a verb is
said of, which the measures of amounts (parse_measure.py) climb to as well."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.english.parse_phrase import lexicon, phrase
from pipelines.extracted.english.phrases import words
from pipelines.extracted.parse_tree import covered

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOUNS = ("NOUN", "PROPN")
_RELATIVES = ("which", "that", "who")


def subject_of(verb: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The subject of a verb, of the verb it is conjoined to or of the clause it modifies."""
    for _ in range(3):
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not covered(c, spans):
                if c.lower_ in _RELATIVES and verb.dep_ == "relcl":
                    return verb.head  # `the laboratory, which cost ...`
                if c.lower_ == "which" and verb.dep_ == "advcl":
                    break  # `sales were 5 billion yen, which rose ...`: the clause's subject
                if c.lower_ in words()["pronouns"]:
                    return None
                if _as_a_whole(c, verb):  # `the GDP of X, ..., as a whole amounts to`
                    return verb.head.head
                return c
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head
            continue
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in _NOUNS:
            return verb.head
        break
    return None


def _as_a_whole(subject: Token, verb: Token) -> bool:
    """`as a whole` misread as a clause (`whole` its subject, the verb the object of `as`) set
    after a noun: that noun is the subject."""
    as_ = verb.head
    return (
        subject.lower_ == "whole"
        and any(c.lower_ == "a" for c in subject.lefts)
        and verb.dep_ == "pobj"
        and as_.lower_ == "as"
        and as_.head.i != as_.i
        and as_.head.pos_ in _NOUNS
    )


def year_event(head: Token, spans: list[tuple[int, int]]) -> str | None:
    """The event a year dates: the verb it hangs on named as a noun, of its object or subject
    (`the Act was enacted in 1983` -> `enactment of the Act`); a noun it dates directly
    (`the 1983 Act`, `the plan of 2001`)."""
    lex = lexicon()
    events = lex["events"]
    assert isinstance(events, dict)
    month = head.head.lower_ in lex["months"] and head.head.i != head.i  # `in March 2001`
    month = month or _year_kind(head)  # `since FY 2005`: a fiscal year, no event
    if month or _time_word(head):  # `by spring 2020`: a time, not the event
        head = head.head
    head = _time_point(head)  # `by the end of 2024`: the event is what ends by then
    governor = head.head
    if head.dep_ in ("nummod", "compound", "amod", "nmod") and governor.pos_ in _NOUNS:
        return phrase(governor, spans)
    since = head.dep_ == "pobj" and governor.lower_ == "since"
    # `finished by 2027`: the parser may read a passive's `by` as its agent
    if head.dep_ == "pobj" and governor.dep_ in ("prep", "agent"):
        owner = governor.head
        if owner.pos_ in _NOUNS and not covered(owner, spans):
            return phrase(owner, spans)
        verb = owner
    elif governor.pos_ in ("VERB", "AUX"):
        verb = governor
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    what = next(
        (c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and not covered(c, spans)),
        None,
    )
    if what is None or what.lower_ in _RELATIVES:  # `the Rules, which were approved in 1998`
        what = subject_of(verb, spans)
    if what is not None and what.lower_ in words()["pronouns"]:
        what = None  # `it was established in 1970`: the event, not `It`
    phrasal = f"{verb.lower_} {what.lower_}" if what is not None else ""
    if phrasal in events:  # `took place`: the object is part of the verb
        what = subject_of(verb, spans)
    name = events.get(phrasal) or events.get(verb.lower_) or _event_noun(verb.lemma_.lower())
    if what is not None and any(c.text.isdigit() and len(c.text) == 4 for c in what.lefts):
        return None  # `the 1995 Basic Plan, enacted in 1998`: the plan has its own year
    thing = phrase(what, spans) if what is not None else None
    if since and thing is None:  # `has been a Faculty Fellow at RIETI since 2004`
        role = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None) or next(
            (p for c in verb.children if c.lower_ == "as" for p in c.children if p.dep_ == "pobj"),
            None,
        )  # `has served as a trustee since 2011`
        thing = phrase(role, spans) if role is not None else None
        if thing is None:
            return f"start ({verb.lower_})"
    if since and thing and not name:  # `has pursued a patchwork of programmes since 2001`
        return f"start of {thing}"  # when it began; an event since a year (`has shifted to
        # the growth stage since 2010`) is that event, named as any other
    if name and thing:
        return f"{name} of {thing}"
    if thing:
        return f"{thing} ({verb.lower_})"
    return str(name) if name else None


# nouns of a point within a year (`the end of 2024`, `the beginning of 2010`): the year they
# are of says when, and what happens by or at that point is its event
TIME_POINTS = frozenset(("end", "beginning", "start", "middle", "close", "turn", "outset"))


def _time_point(year: Token) -> Token:
    """The point a year is `of` (`the end of 2024`), which the event hangs on in its stead."""
    of = year.head
    if year.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return year
    point = of.head
    return point if point.lower_ in TIME_POINTS and point.pos_ == "NOUN" else year


def _event_noun(lemma: str) -> str | None:
    """The event a verb's base form names, as its past participle does (`to commence` as
    `commenced`, `to start` as `started`)."""
    events = lexicon()["events"]
    assert isinstance(events, dict)
    for form in (lemma + "ed", lemma + "d", lemma[:-1] + "ied" if lemma.endswith("y") else ""):
        if form and form in events:
            return str(events[form])
    return None


def _time_word(year: Token) -> bool:
    """A year right after the lower-case common noun it modifies says which of that time
    (`spring 2020`, `fiscal 2019`), where a year before its noun dates the noun (`the 2011
    earthquake`) and one after a name belongs to the name (`Expo 2025`)."""
    noun = year.head
    return (
        year.dep_ in ("nummod", "npadvmod", "compound")
        and noun.i == year.i - 1
        and noun.pos_ == "NOUN"
        and noun.text.islower()
        and not any(c.dep_ in ("det", "poss") for c in noun.lefts)
    )


def _year_kind(year: Token) -> bool:
    """A year right after the capitals abbreviating its kind of year (`FY 2005`, `CY2010`,
    `JFY 2019`: fiscal, calendar, Japanese fiscal year) says which time, as a month does."""
    word = year.head
    return (
        word.i == year.i - 1
        and year.dep_ in ("nummod", "compound", "npadvmod", "appos")
        and word.text.isupper()
        and word.text.endswith("Y")
        and 2 <= len(word.text) <= 3
    )
