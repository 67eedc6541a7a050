"""What an English number measures, read from spaCy's dependency parse of its sentence (the way
CQE reads quantities): the noun the number quantifies (`5,000 SMEs`), the noun a `of`/`at`
phrase hangs on (`a budget of 3 billion yen`), the subject of the verb it is the object or
complement of (`imports rose to 5,430 billion yen`, `the budget was 3 billion yen`), or for a
year the event it dates (`the Act was enacted in 1983` -> `enactment of the Act`).

The phrase naming it (parse_phrase.py) keeps the modifiers that say of what (compounds,
adjectives, possessives, `of`/`in`/`with`... phrases) and drops determiners, numbers and
clauses, so it reads alone in a table column.
Also read: the direction of a change (`up`, `down`) from the verb or noun of change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.english.parse_amounts import (
    amount_kind,
    bracketed_whole,
    changed_object,
    counted_after,
    money_word,
    summed_object,
)
from pipelines.extracted.english.parse_counted import done_to, parts_of
from pipelines.extracted.english.parse_events import subject_of, year_event
from pipelines.extracted.english.parse_holders import of_agent, of_doer, of_holder, of_people
from pipelines.extracted.english.parse_owner import named_subject, owners
from pipelines.extracted.english.parse_parts import read_parts
from pipelines.extracted.english.parse_phrase import lexicon, phrase
from pipelines.extracted.english.parse_siblings import (
    ages,
    conversions,
    elliptic_counts,
    respectively,
    shares_of_which,
    year_spans,
)
from pipelines.extracted.parse_tree import (
    Reading,
    ancestors_until,
    covered,
    read_facts,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pipelines.extracted.fact import Fact

_NOUNS = ("NOUN", "PROPN")
_INSIDE = ("nummod", "compound", "quantmod", "amod", "nmod", "npadvmod", "det", "advmod")
_COMPLEMENTS = ("attr", "acomp", "oprd", "dobj", "npadvmod", "nsubj", "nsubjpass", "appos")
_UP = (
    "increase",
    "raise",
    "rise",
    "grow",
    "expand",
    "climb",
    "jump",
    "gain",
    "improve",
    "double",
    "up",
)
_DOWN = ("decrease", "decline", "fall", "drop", "shrink", "reduce", "cut", "down", "reduction")
# acts a price is paid for (`a plant built for 3 billion yen`): the amount is their cost
_MADE = ("built", "completed", "constructed", "bought", "acquired", "purchased", "renovated",
         "erected", "refurbished", "equipped", "sold")  # fmt: skip
# nouns a percentage beside them already says the kind of (`the growth rate (3%)`); another noun
# a percentage stands beside in apposition has that share (`industrial use (75%)`)
_RATES = frozenset(
    ("rate", "rates", "ratio", "share", "shares", "proportion", "percentage", "growth", "increase",
     "decrease", "decline", "rise", "fall", "drop", "yield", "margin", "return", "level", "index",
     "change")
)  # fmt: skip


def read_english(doc: Doc, offset: int, facts: list[Fact]) -> list[Reading]:
    """One reading per fact of the sentence parsed as `doc` (which starts at `offset`)."""
    readings = read_facts(
        doc,
        offset,
        facts,
        year_event,
        lambda head, toks, spans, f: _quantity(head, toks, spans, f.unit),
    )
    elliptic_counts(doc, offset, facts, readings)
    conversions(doc, offset, facts, readings)
    ages(doc, offset, facts, readings)
    shares_of_which(doc, offset, facts, readings)
    year_spans(doc, offset, facts, readings)
    respectively(doc, offset, facts, readings, phrase)
    read_parts(doc, offset, facts, readings, phrase)
    return readings


def read_owners(
    doc: Doc, offset: int, facts: list[Fact], before: str | None
) -> tuple[list[str | None], str | None]:
    """Whose each number of the sentence is (parse_owner.py), named as measures are, and the
    name the sentence is about (for an `it` in the next; `before` is the last sentence's)."""
    return owners(doc, offset, facts, phrase, before), named_subject(doc, phrase) or before


def _direction(word: Token) -> str | None:
    lemma = word.lemma_.lower()
    if any(lemma.startswith(u) for u in _UP):
        return "up"
    if any(lemma.startswith(d) for d in _DOWN):
        return "down"
    return None


def _quantity(head: Token, toks: list[Token], spans: list[tuple[int, int]], unit: str) -> Reading:
    lex = lexicon()
    parts = parts_of(toks, spans) if unit == "count" else None
    if parts:  # `a 12-member panel`, `a two-tier program`: the panel's members
        return Reading(parts)
    noun = head.head if head.head.i != head.i else head
    # `5,000 SMEs`, `19 regions`: the noun the number (or its unit) quantifies
    if head.dep_ in _INSIDE and noun.pos_ in _NOUNS and noun.i not in {t.i for t in toks}:
        hyphened = noun.i > 0 and noun.doc[noun.i - 1].text == "-"  # `start-ups`: no change
        if (
            noun.lemma_.lower() in _UP + _DOWN
            and noun.dep_ in ("dobj", "appos", "attr")
            and not hyphened
        ):
            return _of_change(noun, spans)  # `totaled 9,378 cases, a 17% increase`
        peopled = of_people(noun, spans)  # `is home to 9,000 people`: its population
        if peopled:
            return Reading(peopled)
        if noun.lower_ not in lex["generic"] and noun.lower_ not in lex["units"]:
            named = of_holder(noun, spans) or of_doer(noun, spans) or of_agent(noun, spans)
            return Reading(named or done_to(noun, phrase(noun, spans), spans))
        head = ancestors_until(noun, _INSIDE)
    if head.dep_ == "nummod" and noun.pos_ == "VERB" and noun.i != head.i:
        return _of_verb(noun, spans)  # `firms, numbering 230,`: read as the verb's object
    # `the 27-square kilometre (10-square mile) site`: a conversion in parentheses splits the
    # unit from its noun, which the parse then hangs on the unit as an apposition
    if unit != "count" and head.lemma_.lower() in lex["units"]:
        split = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ in _NOUNS), None)
        aside = split is not None and ")" in head.doc.text[head.idx : split.idx]
        if split is not None and aside and not covered(split, spans):
            return Reading(phrase(split, spans))
    kind = amount_kind(toks, spans) if _money(unit) else None
    if kind is not None:  # `provided JPY2 trillion in subsidies`: the subsidies
        return Reading(phrase(kind, spans))
    # `machinery accounts for 31.5% of exports`: the share of the subject in the whole
    shared = _account_share(head, spans) if unit == "percent" else None
    if shared:
        return Reading(shared)
    # `80% of all corporate laboratories`: a share of what follows
    if unit == "percent":
        for prep in head.rights:
            if prep.lower_ == "of":
                inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if inner is not None and not covered(inner, spans):
                    of = phrase(inner, spans)
                    whose = _share_holder(head, spans)  # `R&D spending equals 3.4% of GDP`
                    if of and whose:
                        return Reading(f"{whose} as share of {of}")
                    return Reading(f"share of {of}" if of else None)
    governor = head.head
    if head.dep_ == "pobj" and governor.dep_ == "prep":
        owner = governor.head
        if owner.dep_ == "prep" and owner.lower_ == "from" and owner.head.i != owner.i:
            owner = owner.head  # `rose from 12% to 19%`: the end measures what the start does
        counted = counted_after(head, spans) if owner.lower_ in lex["empty"] else None
        if counted is not None:  # `a total of 810 new plans`, misread as the total's object
            return Reading(phrase(counted, spans))
        if owner.pos_ in _NOUNS and not covered(owner, spans):  # `a budget of 3 billion yen`
            if owner.lemma_.lower() in _UP + _DOWN:  # `an increase of 5%`
                return _of_change(owner, spans)
            # `the region has a population of 8.6 million`: the holder's population
            return Reading(of_doer(owner, spans) or phrase(owner, spans))
        if governor.lower_ == "for" and owner.lower_ in _MADE and _money(unit):
            thing = (
                subject_of(owner, spans) if owner.dep_ != "ROOT" or owner.tag_ == "VBN" else None
            )
            thing = thing or next((c for c in owner.children if c.dep_ == "dobj"), None)
            named = (
                phrase(thing, spans) if thing is not None and not covered(thing, spans) else None
            )
            return Reading(f"cost of {named}" if named else "cost")  # `built for 3 billion yen`
        # `firms raised their sales by 7.5%`, `cut the number of sites from 18 to 10`
        ends = ("by", "from", "to")
        changed = changed_object(owner, spans) if governor.lower_ in ends else None
        if changed is not None:  # `firms raised their sales by 7.5%`: the rise in sales
            way, what = _direction(owner), phrase(changed, spans)
            name = {"up": "increase", "down": "decrease"}.get(way or "")
            if governor.lower_ != "by":  # `from 18 to 10`: the levels, not the change
                name = None
            return Reading(f"{name} in {what}" if name and what else what, way)
        if owner.pos_ in ("VERB", "AUX"):  # `rose to 5,430 billion yen`, `grew by 3%`
            return _of_verb(owner, spans)
        return Reading(None)
    if head.dep_ in _COMPLEMENTS and governor.pos_ in ("VERB", "AUX") and governor.i != head.i:
        given = _given(governor, spans) if head.dep_ == "nsubjpass" and _money(unit) else None
        if given:  # `5 billion yen will be provided to towns`: funding for towns
            return Reading(given)
        if head.dep_ in ("nsubj", "nsubjpass"):  # `26 were selected`: the number is the subject
            return Reading(
                None, which=_passive(governor, spans) if head.dep_ == "nsubjpass" else None
            )
        return _of_verb(governor, spans)
    if head.dep_ == "npadvmod" and governor.lower_ in ("up", "down"):  # `, up 3% from 2019`
        return _of_change(governor, spans)
    if governor.pos_ == "ADJ" and governor.dep_ == "amod" and governor.head.pos_ in _NOUNS:
        return Reading(phrase(governor.head, spans))  # `grants worth 4 billion yen`
    if (
        governor.pos_ == "ADJ"
        and governor.dep_ == "acomp"
        and governor.head.pos_ in ("VERB", "AUX")
    ):
        return _of_verb(governor.head, spans)  # `the market was worth 7 billion yen`
    if head.dep_ == "poss" and governor.pos_ in _NOUNS and not covered(governor, spans):
        return Reading(phrase(governor, spans))  # `a 5 years' period`: the period
    if head.dep_ == "appos" and governor.pos_ in _NOUNS:
        named = phrase(bracketed_whole(governor, toks, spans), spans)  # `spending on R&D (...)`
        amount = governor.lower_ in lex["units"]  # `9 trillion yen, up to 103.2%`: a change
        if unit == "percent" and named and not amount and not set(named.lower().split()) & _RATES:
            return Reading(f"share of {named}")  # `dominated by industrial use (75%)`
        return Reading(named)
    return Reading(None)


def _money(unit: str) -> bool:
    """A currency's code (`JPY`, `USD`): the units of money are upper-case ISO codes."""
    return len(unit) == 3 and unit.isupper()


def _of_verb(verb: Token, spans: list[tuple[int, int]]) -> Reading:
    """A number hanging on a verb measures the verb's subject (`imports rose to ...`), or what
    the verb spends (`invested 3 billion yen` -> investment)."""
    summed = summed_object(verb, spans)
    if summed is not None:  # `received 120 applications, totaling 3 billion yen`
        return Reading(phrase(summed, spans))
    subject = subject_of(verb, spans)
    direction = _direction(verb)
    counted = _counted(verb, spans)
    name = money_word(verb)
    if name is not None:  # `the city spent ...` -> spending by city
        if subject is None:
            return Reading(name)
        # `the city spent`: spending by city; `each project receives`: funding for project
        link = {"cost": "of"}.get(name, "for" if verb.lemma_.lower() == "receive" else "by")
        return Reading(f"{name} {link} {phrase(subject, spans)}")
    if subject is None:
        return Reading(None, direction)
    return Reading(phrase(subject, spans, counted=counted), direction)


def _given(verb: Token, spans: list[tuple[int, int]]) -> str | None:
    """An amount of money that is the subject of a passive verb of spending (`5 billion yen
    will be provided to towns`, `was allocated for research`) is what the verb names it
    (funding, allocation), for the receiver its `to`/`for` phrase names."""
    name = money_word(verb)
    if name is None:
        return None
    for prep in verb.rights:
        inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ in ("to", "for") and inner is not None and not covered(inner, spans):
            whom = phrase(inner, spans)
            if whom:
                return f"{name} for {whom}"
    return str(name)


def _counted(verb: Token, spans: list[tuple[int, int]]) -> str:
    """The counter of a number the verb takes as object (`totaled 9,378 cases` -> `cases`),
    where it names what is counted."""
    lex = lexicon()
    for c in verb.children:
        named = c.dep_ in ("dobj", "attr") and c.lower_ in lex["naming"]
        if named and any(covered(k, spans) for k in c.lefts):
            return c.lower_
    return ""


def _of_change(change: Token, spans: list[tuple[int, int]]) -> Reading:
    """`an increase of 5% in exports`, `a 7.1% rise`, `rose to 9 billion yen, a 7% increase`,
    `totaled 5 billion yen, up 3%`: the change of what."""
    direction = _direction(change)
    for prep in change.rights:
        if prep.lower_ in ("in", "of") and not covered(prep, spans):
            inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if inner is not None and not covered(inner, spans) and not inner.like_num:
                return Reading(phrase(inner, spans), direction)
    verb = _level_verb(change.head) if change.dep_ in ("appos", "advmod") else change.head
    level = _level_object(verb, spans) if change.dep_ in ("appos", "advmod") else None
    if level is not None:  # `the region drew 1.5 million tourists, up 20%`: more tourists
        name = {"up": "increase", "down": "decrease"}.get(change.lower_, change.lemma_)
        return Reading(f"{name.lower()} in {level}", direction)
    if verb.pos_ in ("VERB", "AUX"):
        subject = subject_of(verb, spans)
        if subject is not None and subject.i != change.i:
            thing = phrase(subject, spans, counted=_counted(verb, spans))
            if change.dep_ in ("dobj", "appos", "attr", "advmod") and thing:  # beside its level
                name = {"up": "increase", "down": "decrease"}.get(change.lower_, change.lemma_)
                return Reading(f"{name.lower()} in {thing}", direction)
            return Reading(thing, direction)
    return Reading(None, direction)


def _level_object(verb: Token, spans: list[tuple[int, int]]) -> str | None:
    """The object a number counts of the verb a change is set beside (`drew 1.5 million
    tourists, up 20%`: the tourists changed, not the region); not a unit or bare counter
    (`reached 5 billion yen`, `totaled 412 cases`: the subject's level)."""
    lex = lexicon()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.pos_ != "VERB" or obj is None or obj.pos_ not in _NOUNS or covered(obj, spans):
        return None
    if obj.lower_ in lex["units"] or obj.lower_ in lex["generic"]:
        return None
    if not any(covered(c, spans) for c in obj.lefts):
        return None  # `raised prices, up 3%`: no level beside the change
    return phrase(obj, spans)


def _share_holder(head: Token, spans: list[tuple[int, int]]) -> str | None:
    """The subject whose share a percentage the object of its verb is (`SMEs represent 99% of
    firms`, `spending amounted to 3% of GDP`); none for a percentage that is itself the subject
    (`80% of firms are small`)."""
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "to" and verb.dep_ == "prep":
        verb = verb.head  # `R&D spending amounted to 3.5% of GDP`, `rose to 5% of sales`
    elif head.dep_ not in ("dobj", "attr"):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = subject_of(verb, spans)
    return phrase(subject, spans) if subject is not None else None


def _level_verb(level: Token) -> Token:
    """The verb a level hangs on (`rose to 9 billion yen`, `totaled 5 billion yen`): a change
    set beside the level (`, a 7% increase`, `, up 3%`) changes what that verb says of."""
    if level.pos_ in _NOUNS and level.dep_ == "pobj" and level.head.dep_ == "prep":
        return level.head.head
    if level.pos_ in _NOUNS and level.dep_ in ("dobj", "attr"):
        return level.head
    return level


def _account_share(head: Token, spans: list[tuple[int, int]]) -> str | None:
    """`X accounts for 62% of Y`, `X accounts for the largest proportion (42.2%) in Y`: the
    share of X in Y (the whole after `of`/`in`, where the sentence gives one)."""
    base = head
    if head.dep_ == "appos" and head.head.lemma_.lower() in ("proportion", "share", "percentage"):
        base = head.head
    prep = base.head
    if base.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() != "account":
        return None
    verb = prep.head
    subject = subject_of(verb, spans) or next(
        (c for c in verb.lefts if c.dep_ == "compound" and c.pos_ in _NOUNS), None
    )  # `transportation equipment accounts`: the parse may join the subject to the verb
    if subject is None:
        return None
    whole = next(
        (w for p in (*head.rights, *base.rights) if p.lower_ in ("of", "in")
         for w in p.children if w.dep_ == "pobj" and not covered(w, spans)),
        None,
    )  # fmt: skip
    of = phrase(subject, spans)
    inner = phrase(whole, spans) if whole is not None else None
    return f"share of {of} in {inner}" if of and inner else f"share of {of}" if of else None


def _passive(verb: Token, spans: list[tuple[int, int]]) -> str | None:
    """`nine were started in 2015 and have been renewed in 2016`: the passive verbs said of a
    bare number, each with its phrase (a year in it kept: it says which ones), in at most
    eight words."""
    said: list[str] = []
    for v in [verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN")]:
        if v.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in v.children):
            continue
        words = [v.lower_]
        prep = next((c for c in v.children if c.dep_ == "prep" and c.i > v.i), None)
        inner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if prep is not None and inner is not None:
            year = inner.like_num and len(inner.text) == 4
            of = (
                inner.text if year else (None if covered(inner, spans) else phrase(inner, spans, 1))
            )
            if of:
                words += [prep.lower_, of]
        then = next((c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if then is not None and prep is None:  # `are planned to be installed`
            words += [a.lower_ for a in then.children if a.dep_ in ("aux", "auxpass")] + [
                then.lower_
            ]
        said.append(" ".join(words))
    text = " and ".join(said)
    return text if said and len(text.split()) <= 8 else None
