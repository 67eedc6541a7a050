"""Names of the things events happen to, read from the parse: a noun phrase without its
clauses, an agreement named by its parties, `it` or `the Council` resolved to the name it
points to, and the test of whether words name a particular thing at all."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pipelines.curated.parsers import curation_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipelines.curated.event_passages import Passage

_QUOTED = re.compile(r"[“\"]([^”\"]{3,120})[”\"]")
_NEARBY = 1500  # characters: how far an agreement's parties carry to a `new memorandum`
_CUT = re.compile(r"\s*(?:,|;|:(?!\s*CSTP)| which | that | who | in order | as well as ).*$")


def reading_rules() -> dict[str, Any]:
    return dict(curation_rules()["event_reading"])


def clean_name(name: str) -> str:
    name = re.sub(r"\s*\(\s*\d{4}[^()]*\)?|\s*\([^()]*$", "", name)  # a year's bracket
    name = re.sub(r"^[A-Z][\w ]{0,10}:\s+", "", name)  # `Case II: `
    name = re.sub(r"(?<!\w)['‘]([^'‘’]+)['’](?!\w)", r"\1", name)  # `the 'X Plan' of Y`
    name = _CUT.sub("", " ".join(name.split())).strip(" ,.:;-–“”\"'()")
    for det in ("the ", "The ", "a ", "A ", "an ", "its ", "this ", "This "):
        name = name.removeprefix(det)
    name = re.sub(r"^(?:1[89]|20)\d\d\s*[-–]\s*\d{2,4}\s+", "", name.strip(" “”\"'"))
    if name.count("(") > name.count(")"):
        name += ")"  # `programme (CIP)` whose bracket the strip above closed off
    name = re.sub(r"\s+(?:of|in|from)\s+(?:1[89]|20)\d\d$", "", name)  # `Law of 1983`
    return " ".join(name.replace("( ", "(").split())


def is_name(name: str) -> bool:
    """A particular thing, not a description: a capitalised word beyond the generic ones."""
    generic = set(curation_rules()["generic_names"]) | set(reading_rules()["not_names"])
    words = re.findall(r"[\w&+-]+", name)
    return 0 < len(words) <= 16 and any(
        w[:1].isupper() and w not in generic and not w.isdigit() for w in words
    )


def type_of(name: str) -> str:
    """What a name names, from its words: those before its first `of` first (`26 cities of
    the X Law` are places, `University of Tokyo` an organisation), else any."""
    head = name.split(" of ")[0]
    for part in (head, name) if head != name else (name,):
        for kind, words in curation_rules()["event_types"].items():
            if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", part) for w in words):
                return str(kind)
    return "other"


def phrase(tok: Token, year: Token | None) -> str:
    """The noun phrase a token heads: its compounds, modifiers and `of`/`for`/`on` phrases, not
    its relative clauses nor a phrase holding the year. A quoted name inside wins."""
    keep_preps = {"of", "for", "on", "between", "to", "from", "against", "in"}
    skip: set[int] = set()
    for child in tok.children:
        drop = child.dep_ in ("relcl", "acl", "advcl", "conj", "cc", "appos", "advmod", "poss") or (
            child.dep_ == "prep" and child.lower_ not in keep_preps
        )
        if year is not None and year.i in {t.i for t in child.subtree}:
            drop = True
        if drop:
            skip.update(t.i for t in child.subtree)
    words = [t for t in tok.subtree if t.i not in skip]
    if not words:
        return ""
    doc = tok.doc
    span = doc[words[0].i : words[-1].i + 1].text
    left = doc[tok.left_edge.i]
    quoted = _QUOTED.search(doc[left.i : tok.right_edge.i + 1].text)
    if quoted and (is_name(quoted.group(1)) or _holds(quoted, tok.idx - left.idx)):
        return quoted.group(1)  # a title in quotes names its thing, capitals or not
    return " ".join(span.split())


def _holds(quoted: re.Match[str], at: int) -> bool:
    """The quotes hold the phrase's head word (`a “five-year plan for ...”`): they are its
    title, not a word quoted inside it."""
    return quoted.start(1) <= at < quoted.end(1) and len(quoted.group(1).split()) >= 2


def titles(text: str) -> set[str]:
    """The phrases a passage puts in quotes: titles, names even when written lower-case."""
    return {" ".join(clean_name(m.group(1)).split()) for m in _QUOTED.finditer(text)}


def whole_phrase(tok: Token, year: Token) -> str:
    """A phrase with every modifier but the year's (`an agreement with the German State of
    North Rhine-Westphalia`)."""
    words = [t for t in tok.subtree if t.i != year.i and t.head.i != year.i]
    return " ".join(t.text for t in words)


def parties(verb: Token, arg: Token, year: Token) -> str:
    """An agreement named by who made it with whom: `X signed an agreement with Y`, `an MoU
    has been signed with Y`."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    partner = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "between")), None
    )
    if subject is None and partner is None:
        return ""
    thing = re.sub(r"^(?:an?|the) ", "", whole_phrase(arg, year))
    who = [phrase(subject, year)] if subject is not None else []
    if partner is not None:
        who.append(whole_phrase(partner, year).removeprefix("with ").removeprefix("between "))
    who = [w.removeprefix("the ") for w in who]
    name = f"{thing} between {' and '.join(who)}"
    topic = _purpose(verb) if not any(c.dep_ in ("acl", "relcl") for c in arg.children) else ""
    return f"{name} on {topic}" if topic else name


def _purpose(verb: Token) -> str:
    """What an agreement is about, from the purpose clause of its signing (`signed an MoU to
    increase cooperation in the textiles sector` -> `textiles sector`)."""
    clause = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and
                   any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)  # fmt: skip
    if clause is None:
        return ""
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if obj is None:
        return ""
    about = [p for t in (obj, clause) for p in t.children
             if p.dep_ == "prep" and p.lower_ in ("in", "on", "for")]  # fmt: skip
    inner = next((c for p in about for c in p.children if c.dep_ == "pobj"), None)
    words = [t for t in (inner or obj).subtree if t.pos_ != "DET"]
    return " ".join(t.text for t in words)


class Resolver:
    """What `it`, `the Council` or a bare list item points to: the latest name of the same
    head word, else the latest named thing, else the heading above."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.titles: set[str] = set()  # the current passage's quoted phrases
        self.owners: list[str] = []  # named subjects of the sentences read so far
        self.parties: tuple[str, int, str] = ("", -1, "")  # last `between A and B ...`, where

    def agreement(self, p: Passage, name: str) -> str:
        """Note an agreement named by its parties, for a `new memorandum` that follows."""
        if " between " in name:
            self.parties = (name[name.index(" between ") :], p.start, p.heading)
        return name

    def same_parties(self, p: Passage, thing: str) -> str:
        """`A new memorandum has been signed in 2018`, just after `A and B signed a memorandum
        on X`: the new one between the same parties, under the same heading, nearby."""
        between, at, heading = self.parties
        if not between or heading != p.heading or p.start - at > _NEARBY:
            return ""
        return re.sub(r"^(?:an?|the) ", "", thing) + between

    def named(self, name: str) -> bool:
        return is_name(name) or name in self.titles

    def note(self, name: str) -> None:
        if self.named(name):
            self.seen.append(name)

    def resolve(self, phrase: str, heading: str, bare: bool, lead: bool = False) -> str | None:
        """A name as it stands; `the Council` or `it` as what it refers to; nothing (a bare
        list item) as the heading above it; `an agreement` as nothing."""
        name = clean_name(phrase)
        if self.named(name):
            return name
        if bare:
            return clean_name(heading) if is_name(heading) else None
        first = phrase.split()[0].lower() if phrase.split() else ""
        if first in ("it", "they", "this"):
            return self.seen[-1] if self.seen else None
        head = name.split()[-1].lower() if name else ""
        if first == "the" and head:
            return next((n for n in reversed(self.seen[-12:]) if n.lower().endswith(head)), None)
        if lead and first in ("a", "an", "this"):  # `this is a cluster collaboration project`
            return clean_name(heading) if is_name(heading) else None
        return None


def counted(arg: Token, verb: Token, year: Token, owners: list[str]) -> str | None:
    """Things named by their count (`nine were started`, `seven new projects were adopted`):
    the count, the noun it counts (from `From these 16 projects`, `nine of the projects`) and
    what they belong to, the last named subject before them (`nine projects of X`)."""
    if arg.pos_ == "NUM":
        sets = [c for t in (arg, verb, verb.head) for c in t.children if c.dep_ == "prep"]
        sets += [g for c in sets if c.lower_ == "out" for g in c.children if g.dep_ == "prep"]
        noun = next(
            (o for c in sets if c.lower_ in ("from", "of") for o in c.children
             if o.dep_ == "pobj" and o.pos_ == "NOUN"),
            None,
        )  # fmt: skip
        what = f"{arg.text} {noun.text}" if noun is not None else arg.text
    elif arg.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in arg.children):
        what = arg.doc[arg.left_edge.i : arg.i + 1].text  # `26 sites`, not what they are for
    else:
        return None
    return f"{what} of {owners[-1]}" if owners else None


def owner(heading: str) -> str:
    """What a heading's terms belong to: `Three target terms of the Industrial Cluster
    Program` -> `Industrial Cluster Program`."""
    return clean_name(re.split(r"\bof (?:the )?", heading)[-1])
