"""Events read from a sentence's grammar: the verb a year depends on says what happened
(`was enacted` -> enacted), the verb's argument names what it happened to (the passive subject,
else the object, else the subject); a named law or plan with its year in brackets and no verb
is dated by its type; a table row by its columns' headers. The rules are data (rules.yaml,
`event_reading`); the parse is spaCy's English pipeline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pipelines.curated.event_names import (
    Resolver,
    clean_name,
    counted,
    is_name,
    owner,
    parties,
    phrase,
    reading_rules,
    titles,
    type_of,
    whole_phrase,
)
from pipelines.curated.event_passages import Passage, year_of
from pipelines.curated.event_rows import Reading, read_row
from pipelines.curated.layout_events import dated_document
from pipelines.curated.policy_nouns import policy_change
from pipelines.extracted.parser import parse_english

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_GLUED = re.compile(r"(?<=[A-Za-z])(?=\()|(?<=\))(?=[A-Za-z])")
_CITED = re.compile(r"\([A-Z][\w-]+(?: et al\.?| and [A-Z][\w-]+)?,?\s*$")
_MONTH = re.compile(
    r"\s*(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)
_ROUND = re.compile(r"\b(?:First|Second|Third|Fourth|Fifth|Sixth)\s+(?:Generation|Round|Call)\b")
_ORDINAL_PART = re.compile(r"^(?:Term|Phase|Stage|Period)\s+[IVX\d]+\b|\b\d(?:st|nd|rd|th) stage\b")


def _spaced(text: str) -> tuple[str, list[int]]:
    """`Plan(1977)` as `Plan (1977)` for the tokenizer, with each new offset's old offset."""
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in _GLUED.finditer(text):
        out.append(text[last : m.start()])
        where.extend(range(last, m.start()))
        out.append(" ")
        where.append(m.start())
        last = m.start()
    out.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(out), where


def _argument(verb: Token, year: Token) -> Token | None:
    """What the verb happened to: passive subject, else object, else subject (inherited from
    the verb it is conjoined to when it has none)."""
    deps = {c.dep_: c for c in verb.children if c.i != year.i}
    subject = deps.get("nsubj")
    unnamed = subject is not None and not is_name(clean_name(phrase(subject, year)))
    if verb.lemma_ == "become" and "attr" in deps and unnamed and _proper(deps["attr"], year):
        return deps["attr"]  # `87 universities became X`: named by X
    if "oprd" in deps and not {"nsubjpass", "dobj", "nsubj"} & set(deps):
        return deps["oprd"]  # `Now called METI since 2001`: named by its new name
    for dep in ("nsubjpass", "dobj", "nsubj"):
        if dep in deps and deps[dep].pos_ == "PRON" and verb.dep_ == "conj":
            return _argument(verb.head, year) or deps[dep]  # `X was abolished and it was ...`
        if dep in deps:
            return deps[dep]  # a pronoun elsewhere: resolved by the caller
    if verb.lemma_ == "become" and "attr" in deps:
        return deps["attr"]  # `... became National University Corporations`
    if verb.dep_ in ("acl", "relcl") and verb.head.i not in (verb.i, year.i):
        return verb.head  # `the Second Plan, published in 2001`
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return _argument(verb.head, year)
    return None


def _proper(tok: Token, year: Token) -> bool:
    """A proper name (`National University Corporations`), not a description (`the most
    ambitious METI strategy`)."""
    name = clean_name(phrase(tok, year))
    return name[:1].isupper() and is_name(name)


def _action(year: Token) -> tuple[str, Token] | None:
    """The verb or action noun (`abolition`, `decision`) the year depends on, and its kind."""
    rules = reading_rules()
    for child in year.children:  # `2005: established as ...`
        if child.pos_ == "VERB" and child.lemma_.lower() in rules["verbs"]:
            return str(rules["verbs"][child.lemma_.lower()]), child
    tok, steps = year, 0
    while steps < 4:  # four words up, prepositions not counted (`creation of X at Y for Z (2016)`)
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        steps += tok.pos_ != "ADP"
        lemma = tok.lemma_.lower()
        if tok.dep_ == "acl" and lemma in ("call", "name"):
            continue  # `a program called "Knowledge Clusters"`: a name, not a renaming
        particle = rules["particle_verbs"].get(lemma)
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
            return None  # `set a goal`, not `set up`
        if tok.pos_ in ("VERB", "AUX") and lemma in rules["verbs"]:
            return str(rules["verbs"][lemma]), tok
        if tok.pos_ in ("NOUN", "PROPN") and lemma in rules["action_nouns"]:
            return str(rules["action_nouns"][lemma]), tok
        noun = _light_object(tok)
        if noun is not None:  # `made a proposal`
            return str(rules["action_nouns"][noun.lemma_.lower()]), tok
        if lemma == "do" and any(c.lower_ == "so" for c in tok.children):
            continue  # `received a grant to do so, in 2014`: `do so` stands for the verb above
        if tok.pos_ == "VERB":
            return None  # a verb that names no event (`travelled`, `counted`)
    return None


def _apposed(tok: Token) -> Token | None:
    """The phrase a description stands in apposition to: `X, the first lab ...` (an `appos`,
    or a like sibling just before it behind a comma, as the parser often has it)."""
    if tok.dep_ == "appos":
        return tok.head
    before = [c for c in tok.head.children if c.dep_ == tok.dep_ and c.i < tok.i]
    if before and tok.head.i != tok.i:
        between = tok.doc[before[-1].right_edge.i : tok.left_edge.i + 1]
        if any(t.text == "," for t in between):
            return before[-1]
    return None


def _first_of_series(verb: Token) -> tuple[str, Token] | None:
    """`the establishment of national universities, starting with X in 1877`: X, and the kind
    of the action noun the series is of (else a launch)."""
    rules = reading_rules()
    if verb.lemma_.lower() not in rules["series_verbs"] or verb.tag_ != "VBG":
        return None
    with_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    first = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ else None
    if first is None:
        return None
    nouns = [t for t in verb.doc[: verb.i] if t.lemma_.lower() in rules["action_nouns"]]
    kind = str(rules["action_nouns"][nouns[-1].lemma_.lower()]) if nouns else "launched"
    return kind, first


def _doer(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is conjoined to or completes (`X decided to
    turn ... and received a grant`)."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return subject
        verb = verb.head


def _light_object(verb: Token) -> Token | None:
    """The action noun a light verb takes as object (`made a proposal`, `took a decision`)."""
    rules = reading_rules()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in rules["light_verbs"]:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.lemma_.lower() in rules["action_nouns"]
        ),
        None,
    )


def _kind_for(kind: str, arg: Token | None, name: str) -> tuple[str, str]:
    """A start of negotiations, a term's start: kinds of their own, named by what they lead
    to or the programme they are a term of."""
    rules = reading_rules()
    if arg is not None and arg.lemma_.lower() in rules["negotiation_words"]:
        inner = next((c for c in arg.children if c.dep_ == "prep"), None)
        obj = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner else None
        return "negotiations_started", phrase(obj, None) if obj is not None else name
    if _ORDINAL_PART.search(name) and kind == "launched":
        return "phase_started", name
    return kind, name


def read_passage(p: Passage, doc: Doc, where: list[int], resolver: Resolver) -> Iterator[Reading]:
    """The events one parsed prose passage dates."""
    rules = reading_rules()
    resolver.titles = titles(p.text)
    for y, last, _open, s, e in year_of(p.text):
        toks = [t for t in doc if s <= where[t.idx] < e]
        if not toks:
            continue
        year = toks[0]
        if re.search(r"FY\s?$", p.text[:s]) or _CITED.search(p.text[:s]):
            continue  # a fiscal year (a budget's), a citation's year (`(Inoue 2003)`)
        if re.search(r"\bas of(?:\s+(?:the end of\s+)?\w+)?\s*$", p.text[:s]):
            continue  # `22 spin-offs (as of 2008)`: a count's cut-off date, not an event
        if (start := _in_operation(year)) is not None:  # `X (operational 2016-2017)`
            resolver.note(start[1])
            yield Reading(y, last, *start, p.start + s, p.start + e)
            continue
        if (change := policy_change(year)) is not None:  # `liberalisation ... since 2000`
            yield Reading(y, last, *change, p.start + s, p.start + e)
            continue
        found = _action(year)
        if found is not None and found[1].i < year.i and _MONTH.match(p.text, e):
            continue  # `... was inaugurated. 1998 May ...`: a dated entry dates what follows it
        arg: Token | None
        if found is not None:
            kind, head = found
            if head.pos_ in ("NOUN", "PROPN"):  # `Abolition of the Technopolis Law`
                obj = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in
                            ("of", "for") and c.i != year.head.i), None)  # fmt: skip
                target = (
                    next((c for c in obj.children if c.dep_ in ("pobj", "pcomp")), None)
                    if obj
                    else None
                )
                if target is None and year.head.i not in (head.i, year.i):
                    beside = year.head  # `the passage in the Diet of the X Law, 1995`: X Law
                    if is_name(clean_name(phrase(beside, year))):
                        target = beside
                arg = target or head
                name = whole_phrase(arg, year) if target is not None else whole_phrase(head, year)
            elif (first := _first_of_series(head)) is not None:
                kind, arg = first
                name = phrase(arg, year)
            elif (noun := _light_object(head)) is not None:  # named by who made it
                arg = _doer(head)
                name = f"{phrase(arg, year)} {noun.lemma_}" if arg is not None else ""
            else:
                arg = _argument(head, year)
                name = phrase(arg, year) if arg is not None else ""
                named_by = _apposed(arg) if arg is not None else None
                if named_by is not None and not resolver.named(clean_name(name)):
                    name = phrase(named_by, year)  # `opened X, the first lab established in ...`
                elif arg is not None and not resolver.named(clean_name(name)):
                    name = counted(arg, head, year, resolver.owners) or name
            kind, name = _kind_for(kind, arg, name)
            if year.head.lemma_.lower() in ("period", "term", "phase", "stage"):
                kind = "phase_started"  # `implemented ... for the 2011-2020 period`
            placed = arg is not None and arg.lemma_.lower() in rules["place_nouns"]
            if placed and kind in ("established", "approved", "launched"):
                kind = "designated"
            if kind == "approved" and type_of(name) == "agreement":
                kind = "agreement_concluded"
            generic = arg is not None and arg.lemma_.lower() in rules["generic_objects"]
            if arg is not None and generic and not is_name(clean_name(name)):
                # an agreement named by its list item's lead (`A – B:`), else by its parties
                name = p.heading if p.led else resolver.agreement(p, parties(head, arg, year))
                name = name or resolver.same_parties(p, whole_phrase(arg, year)) or name
            named = resolver.resolve(name, p.heading, bare=arg is None, lead=p.led)
            if named is None:
                continue
            if _ORDINAL_PART.search(named) and p.heading:
                named = f"{owner(p.heading)} {named}"
        else:  # `The Industrial Relocation Promotion Law (1972)`: a named thing, dated
            holder = year.head if year.head.i != year.i else None
            while holder is not None and holder.pos_ not in ("NOUN", "PROPN"):
                holder = holder.head if holder.head.i != holder.i else None
            named = clean_name(phrase(holder, year)) if holder is not None else ""
            if holder is None:  # `In 2001, the Hiranuma Plan set a goal ...`
                named = _introduced(year, resolver)
            part = _ORDINAL_PART.search(named) or _ORDINAL_PART.search(p.text[:s])
            if part:
                named = f"{owner(p.heading)} {part.group()}" if p.heading else part.group()
                kind = "phase_started"
            elif (acted := _acted_on(named)) is not None:  # `the amendment of the X Act`
                kind, named = acted
            elif holder is not None and (issued := dated_document(holder, year)) is not None:
                kind, named = issued  # `identified X in the report (1997)`
            else:
                etype = type_of(named)
                if etype not in rules["dated_by_type"] or not is_name(named):
                    continue
                kind = str(rules["dated_by_type"][etype])
        if not resolver.named(named) or _own_year(named) not in (None, y):
            continue  # `measures under the 1995 Basic Plan, enacted in 1998`: not the plan's year
        resolver.note(named)
        yield Reading(y, last, kind, named, p.start + s, p.start + e)
        if found is not None:  # `devised X in 1983 and designated 26 sites`: two events
            for k, n in _conjoined(found[1], year, named):
                yield Reading(y, last, k, n, p.start + s, p.start + e)
    for root in (t for t in doc if t.dep_ == "ROOT"):  # what later counts belong to
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and is_name(name := clean_name(phrase(subject, None))):
            resolver.owners.append(name)


def _in_operation(year: Token) -> tuple[str, str] | None:
    """(kind, name) of `the “Second Generation” partnerships (operational 2018-2019)`: a start
    adjective before a bracketed year dates the phrase before the bracket; an ordinal round
    (`Second Generation`) is a phase."""
    adjectives = reading_rules()["start_adjectives"]
    doc = year.doc
    if year.i < 3 or doc[year.i - 1].lower_ not in adjectives or doc[year.i - 2].text != "(":
        return None  # the words, not the parse: the parser attaches such brackets every way
    adj = doc[year.i - 1]
    tok = doc[adj.i - 2]
    while tok.is_punct and tok.i > 0:
        tok = doc[tok.i - 1]
    while tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i:
        tok = tok.head
    written = doc[tok.left_edge.i : tok.i + 1].text
    name = clean_name(re.sub(r"[“”\"]", "", written))
    if not is_name(name):
        return None
    kind = "phase_started" if _ROUND.search(name) else str(adjectives[adj.lower_])
    return kind, name


def _conjoined(verb: Token, year: Token, named: str) -> Iterator[tuple[str, str]]:
    """(kind, name) of the event verbs conjoined to a dated one and dated by nothing else: they
    share its year; things they name by a count belong to the first verb's thing (`26 sites
    of the Technopolis program`)."""
    verbs = reading_rules()["verbs"]
    for c in verb.children:
        lemma = c.lemma_.lower()
        if c.dep_ != "conj" or c.pos_ != "VERB" or lemma not in verbs:
            continue
        if any(next(year_of(t.text), None) for t in c.subtree if t.like_num):
            continue  # a year of its own: read on its own
        arg = _argument(c, year)
        if arg is None or arg.i == year.i:
            continue
        name = clean_name(phrase(arg, year))
        name = name if is_name(name) else clean_name(counted(arg, c, year, [named]) or "")
        if is_name(name) and name != named:
            yield str(verbs[lemma]), name


def _acted_on(name: str) -> tuple[str, str] | None:
    """`amendment of the Basic Act on Education`: the action noun's kind, and what it acted on."""
    m = re.match(r"(\w+) of (?:the )?(.+)$", name)
    nouns = reading_rules()["action_nouns"]
    if m is None or m[1].lower() not in nouns or not is_name(m[2]):
        return None
    return str(nouns[m[1].lower()]), m[2]


def _introduced(year: Token, resolver: Resolver) -> str:
    """A named thing first met as the subject of a sentence that opens with its year (`In
    2001, the Hiranuma Plan set a goal ...`): the year is when it came in, its type says how."""
    prep = year.head
    verb = prep.head
    start = next(t for t in year.doc if not t.is_space and not t.is_punct)
    if prep.dep_ != "prep" or prep.i != start.i or verb.pos_ not in ("VERB", "AUX"):
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    name = clean_name(phrase(subject, year)) if subject is not None else ""
    return "" if name in resolver.seen or name in resolver.owners else name


def _own_year(name: str) -> int | None:
    """The year a name carries before its words (`1995 Basic Plan`)."""
    m = re.match(r"(?:1[89]|20)\d\d(?=\s)", name)
    return int(m.group()) if m else None


def read_document(found: list[Passage]) -> Iterator[tuple[Passage, Reading]]:
    """Every reading of one document's passages, parsed in one batch."""
    prose = [p for p in found if p.kind != "table_row"]
    spaced = [_spaced(p.text) for p in prose]
    docs = parse_english([s for s, _ in spaced])
    parsed = {id(p): (d, w) for p, d, (_, w) in zip(prose, docs, spaced, strict=True)}
    resolver = Resolver()
    for p in found:
        if p.kind == "table_row":
            for r in read_row(p):
                yield p, r
            continue
        doc, where = parsed[id(p)]
        for r in read_passage(p, doc, where, resolver):
            yield p, r
