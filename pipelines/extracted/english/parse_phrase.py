"""The phrase that names what an English number measures, read from the parse around a noun
(parse_measure.py finds the noun): the noun with the modifiers before it that say which
(compounds, adjectives and the adverbs grading them, possessives: `Japan's tailor-made medicine
market`, `highly qualified engineers`) and the prepositional phrases hanging on it that say of
what, where, whither or with whom (`of`, `in`, `at`, `with`, `among`, `for`, `from`, `within`,
`between`, `to`...), followed down the tree two levels (`projects with partners in Korea`),
and a past participle right after it with its phrase (`practices related to exports`). Determiners, numbers
and hedges are dropped, and so are clauses (a relative clause, a phrase hanging on the verb
rather than on the noun), so the phrase reads alone in a table column. A phrase longer than the
cap ends before the prepositional phrase that would pass it, never inside one; `the number of X`
is X with its modifiers, and `the proportion (percentage) of X` is `share of X`, so one
indicator reads the same whichever word a text chose.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipelines.extracted.english.phrases import words
from pipelines.extracted.parse_tree import covered
from pipelines.extracted.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

_MODIFIERS = ("compound", "amod", "nmod", "poss", "npadvmod")
_JOINS = ("cc", "conj", "punct", "case")  # `Small and Medium`, `University–Industry`, `Japan's`
_OF_PREPS = ("of", "for", "in", "on", "from", "by", "at", "between", "with", "among", "within",
             "to")  # fmt: skip
_SHARES = ("share", "proportion", "percentage")
MAX_WORDS = 12  # the whole phrase
_FURNITURE = ("figure", "fig", "table", "chart", "annex", "appendix", "below", "above", "box")
_ORDINAL_ENDS = ("st", "nd", "rd", "th")  # an ordinal's end whose digits were masked
_DEPTH = 2  # prepositional phrases followed below the noun (`of X in Y`)


@cache
def lexicon() -> dict[str, frozenset[str] | dict[str, str]]:
    rules = load_rules("measures")
    w = words()
    return {
        "empty": frozenset(w["empty_heads"]) | set(_SHARES),
        "generic": frozenset(w["generic_counters"]),
        "naming": frozenset(rules["naming_counters"]),
        "units": frozenset(rules["unit_nouns"]),
        "months": frozenset(m.lower() for m in load_rules("facts")["months"]),
        "events": dict(rules["event_verbs"]),
        "money": dict(rules["money_verbs"]),
        "holding": frozenset(rules["holding_verbs"]),
    }


def phrase(
    noun: Token, spans: list[tuple[int, int]], depth: int = 0, counted: str = "",
    room: int = MAX_WORDS,
) -> str | None:  # fmt: skip
    """The noun with the modifiers that say of what, without determiners or numbers, in at most
    `room` words; `counted` (a counter such as `cases`) follows a singular noun (`research
    cases`). Below the top (`depth` > 0) a noun whose own words pass `room` gives nothing, so
    the phrase it would end stops before it."""
    if noun.lower_ in lexicon()["empty"] and depth == 0:  # `the number of smart meters`
        inner = _object(noun, "of", spans)
        if inner is not None:
            share = noun.lower_ in _SHARES
            of = phrase(inner, spans, depth, room=room - 2 if share else room)
            if of and share:  # `the percentage of imports`: one word for a share in every table
                whose = _own(noun, spans, depth).split()[:-1]  # `Japan's share of exports`
                return " ".join([*whose, f"share of {of}"])
            if of:
                return of
    own = _own(noun, spans, depth).split()
    if counted and noun.tag_ in ("NN", "NNP"):
        own.append(counted)
    if len(own) > room:
        if depth > 0:
            return None
        own = own[:room]
    text = " ".join(own)
    if depth < _DEPTH:
        text += _preps(noun, spans, depth, room - len(own))
    return text.strip(" ,;:()") or None


def _own(noun: Token, spans: list[tuple[int, int]], depth: int) -> str:
    """The noun and the words before it that modify it (`Japan's tailor-made medicine
    market`); below the top, the nouns conjoined to it (`research and education`)."""
    keep: list[Token] = []

    def left(t: Token) -> None:
        graded = t.dep_ == "amod" or t.pos_ == "ADJ"  # `highly qualified`
        for c in t.lefts:
            mine = c.dep_ == "poss" and c.pos_ == "PRON"  # `its budget`: the budget
            kind = c.dep_ in _MODIFIERS + _JOINS or (graded and c.dep_ == "advmod")
            if kind and not covered(c, spans) and not c.like_num and not mine:
                left(c)
                keep.append(c)

    left(noun)
    keep.append(noun)
    listed = _bare_list(noun, spans)  # `350 institutes, hospitals and firms`: one number for all
    joined = depth > 0 or bool(listed)  # `42 universities and colleges`
    counted = any(covered(k, spans) for k in noun.lefts)
    if not counted or any(c.pos_ != "NOUN" for c in listed):
        listed = listed[:1]  # a list of names or a subject's list: only `and` joins it
    for c in noun.rights:  # `research and education`, `Science and Technology`
        if c.dep_ in ("cc", "conj") and joined and not covered(c, spans):
            keep.append(c)
            if c.dep_ == "conj":
                left(c)
    for c in listed[1:]:  # the items after the first, each with its words and its `and`
        keep += [k for k in c.lefts if k.dep_ == "cc"] + [c]
        left(c)
        keep += [k for k in c.rights if k.dep_ == "cc"]
    return _text(_contiguous(keep, noun, spans, listed=len(listed) > 1))


def _bare_list(noun: Token, spans: list[tuple[int, int]]) -> list[Token]:
    """The nouns joined to a counted noun that share its number, in order (`42 universities
    and colleges`, `the 2011 earthquake, tsunami and nuclear accident`: the parse chains each
    item to the one before): each follows the last across only a comma or `and`/`or` and has
    no number or determiner of its own (`40 firms and 20 labs`, `300 firms and the city`: two
    things, none listed)."""
    out: list[Token] = []
    last = noun
    while True:
        conj = [c for c in last.rights if c.dep_ == "conj"]
        if not conj:
            return out
        c = conj[0]
        between = c.doc[last.i + 1 : c.left_edge.i]
        if last is noun and c.i != noun.i + 2:
            return []  # the first item right after the noun (`42 universities and colleges`)
        if (
            c.pos_ not in ("NOUN", "PROPN")
            or not 0 < len(between) <= 2
            or any(t.text != "," and t.dep_ != "cc" for t in between)
            or any(k.like_num or covered(k, spans) or k.dep_ in ("det", "poss") for k in c.lefts)
        ):
            return []
        out.append(c)
        last = c


def _preps(noun: Token, spans: list[tuple[int, int]], depth: int, room: int) -> str:
    """The prepositional phrases hanging on the noun that say of what, where or with whom
    (`in the Saxony cluster`, `with partners in Korea`), in order, while they fit in `room`."""
    out: list[str] = []
    for prep in noun.rights:
        if prep.dep_ == "acl" and depth == 0 and not out:  # `practices related to exports`
            said = _participle(prep, spans, room - 2)
            if said:
                out.append(said)
            continue
        if prep.dep_ != "prep" or prep.lower_ not in _OF_PREPS or covered(prep, spans):
            continue
        inner = _object(prep, None, spans)
        if inner is None or inner.like_num or _aside(inner, spans):
            continue
        left = room - len(" ".join(out).split()) - 1
        of = phrase(inner, spans, depth + 1, room=left) if left > 0 else None
        if not of:
            break  # an end at a clean phrase boundary
        out.append(f"{prep.lower_} {of}")
    return "".join(f" {p}" for p in out)


def _participle(verb: Token, spans: list[tuple[int, int]], room: int) -> str | None:
    """A past participle right after the noun with the phrase it takes (`related to cluster
    cooperation`, `based in Kyushu`, `drawn from industry`): says which of the noun, where a
    clause with a verb of its own would not."""
    if (
        verb.tag_ != "VBN"
        or covered(verb, spans)
        or any(c.dep_ in ("nsubj", "aux") for c in verb.children)
    ):
        return None
    prep = next((c for c in verb.children if c.dep_ in ("prep", "agent")), None)
    if prep is None or prep.i != verb.i + 1 or covered(prep, spans):
        return None
    inner = _object(prep, None, spans)
    if inner is None or inner.like_num or room < 3 or inner.lower_ in _FURNITURE:
        return None  # `areas shown in Figure 3`: where the text shows them, not which they are
    of = phrase(inner, spans, _DEPTH, room=room)
    return f"{verb.lower_} {prep.lower_} {of}" if of else None


def _aside(inner: Token, spans: list[tuple[int, int]]) -> bool:
    """An object that says nothing of what: one a number of its own counts (`firms with 300
    employees`: another quantity), or an empty word alone (`in total`, `on average`)."""
    if any(covered(c, spans) or c.like_num for c in inner.lefts):
        return True
    return inner.lower_ in lexicon()["empty"] and not any(c.dep_ == "prep" for c in inner.rights)


def _object(word: Token, prep: str | None, spans: list[tuple[int, int]]) -> Token | None:
    """The object of a preposition (`prep` None: `word` is it), or of the `prep` hanging on
    `word` (`number` -> `of` -> `meters`), unless a number covers it."""
    preps = [word] if prep is None else [p for p in word.rights if p.lower_ == prep]
    for p in preps:
        inner = next((c for c in p.children if c.dep_ == "pobj"), None)
        if inner is not None and not covered(inner, spans):
            return inner
    return None


def _contiguous(
    keep: list[Token], noun: Token, spans: list[tuple[int, int]], listed: bool = False
) -> list[Token]:
    """The words from the leftmost kept one to the rightmost, so a name keeps its `and`
    (`Small and Medium Enterprise Law`), never reaching back past a number or a determiner;
    a list the number counts (`listed`) keeps its commas."""
    doc = noun.doc
    lo, hi = min(t.i for t in keep), max(t.i for t in keep)
    kept: list[Token] = []
    for t in doc[lo : hi + 1]:
        if listed and t.i > noun.i and t.text == ",":
            continue  # the comma stays in the text between the items kept on either side
        if (
            covered(t, spans)
            or t.like_num
            or t.dep_ == "det"
            or t.dep_ == "punct"
            and t.text in ",;:()"
        ):
            kept = [] if t.i < noun.i else kept
            if t.i >= noun.i:
                break
            continue
        kept.append(t)
    while kept and kept[0].dep_ in _JOINS:
        kept.pop(0)
    return kept or [noun]


def _text(toks: list[Token]) -> str:
    """The words as written (`EU-Japan`), without quotation marks."""
    doc = toks[0].doc
    text = doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
    said = text.replace('"', " ").replace("“", " ").replace("”", " ").split()
    if len(said) > 1 and said[0] in _ORDINAL_ENDS:  # `the 2nd Plan`, its digit masked: `Plan`
        said = said[1:]
    return " ".join(said)
