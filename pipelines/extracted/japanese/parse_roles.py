"""What a Japanese count counts when its noun (府県, 大学等, 地域) plays a role in a clause that
says which of them are meant: the agents of a verbal noun (3府県によって設立された協議会 -> 協議会を
設立した府県), the targets of an action (1,200社を対象に調査 -> 調査対象の社), the places a thing
spreads over (4県にまたがる事業 -> 事業がまたがる県), the targets a law or programme names (法に
基づき、対象12地域 -> 法の対象地域). read_japanese makes each a number of (〜数). A counter that
is the place counted (2市3町にまたがる丘陵地, 4市10町からなる地域) names the places by what spreads
over them or what they make up (丘陵地がまたがる市, 地域を構成する町)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_words import beyond, dep, names_a_thing, phrase
from pipelines.extracted.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

_TARGET = "対象"
_BASED_ON = "基づく"  # 法に基づき, 計画に基づいて


def counted_role(counter: Token, noun: str, spans: list[tuple[int, int]]) -> str | None:
    """The counted `noun` named by its role, where the parse gives it one; else None."""
    return (
        _agent(counter, noun, spans)
        or _target(counter, noun)
        or _spread(counter, noun, spans)
        or _programme_target(counter, noun, spans)
    )


def _agent(counter: Token, noun: str, spans: list[tuple[int, int]]) -> str | None:
    """A count that is, alone or first in a list (3府県、経済団体などによって), the agent of a
    verbal noun marked によって or により: those who did it, to what (協議会を設立した府県)."""
    item = counter
    after = counter.doc[counter.i + 1] if counter.i + 1 < len(counter.doc) else None
    listed = after is not None and after.text in "、,・" and dep(counter) == "nmod"
    if listed and counter.head.i > counter.i and counter.head.pos_ in ("NOUN", "PROPN"):
        item = counter.head
    if dep(item) != "obl" or not _by(item):
        return None
    verb = item.head
    if not verb.tag_.endswith("サ変可能"):
        return None
    if dep(verb) == "acl":
        done = verb.head if names_a_thing(verb.head, spans) else None
    else:
        done = next(
            (c for c in verb.children
             if dep(c) in ("nsubj", "obj") and c.i != item.i and names_a_thing(c, spans)),
            None,
        )  # fmt: skip
    what = beyond(done, verb, spans)
    return f"{what}を{verb.text}した{noun}" if what else f"{verb.text}した{noun}"


def _by(t: Token) -> bool:
    """Whether `t` is marked によって or により (an agent)."""
    return any(
        dep(c) == "case"
        and c.text == "に"
        and any(dep(f) == "fixed" and f.lemma_ in ("よる", "因る") for f in c.children)
        for c in t.children
    )


def _target(counter: Token, noun: str) -> str | None:
    """A count marked を before 対象に (として) an action: the action's targets (調査対象の大学等)."""
    goal = counter.head
    if dep(counter) != "obj" or goal.text != _TARGET:
        return None
    action = goal.head
    if action.i == goal.i or not action.tag_.endswith("サ変可能"):
        return f"{_TARGET}の{noun}"
    done = next(  # 調査が実施された: the survey's targets, not the carrying out's
        (c for c in action.children
         if dep(c) in ("nsubj", "obj") and c.tag_.endswith("サ変可能") and c.i > goal.i),
        None,
    )  # fmt: skip
    return f"{(done or action).text}{_TARGET}の{noun}"


def _spread(counter: Token, noun: str, spans: list[tuple[int, int]]) -> str | None:
    """A count marked に of a verb of spreading (またがる, 広がる: rules/japanese.yaml) that
    modifies or has a subject: the places that thing spreads over (事業がまたがる県)."""
    verb = counter.head
    marked = any(dep(c) == "case" and c.text == "に" for c in counter.children)
    if not marked or verb.lemma_ not in load_rules("japanese")["spread_verbs"]:
        return None
    if dep(verb) == "acl" and names_a_thing(verb.head, spans):
        thing: Token | None = verb.head
    else:
        thing = next(
            (c for c in verb.children if dep(c) == "nsubj" and names_a_thing(c, spans)), None
        )
    what = beyond(thing, verb, spans)
    return f"{what}が{verb.text}{noun}" if what else None


def _programme_target(counter: Token, noun: str, spans: list[tuple[int, int]]) -> str | None:
    """A count of targets (対象25地域) in a sentence naming the law or programme they are
    under with に基づき: that law's targets (〜法の対象地域)."""
    if not noun.startswith(_TARGET):
        return None
    for t in counter.doc:
        if t.lemma_ != _BASED_ON or t.i > counter.i:
            continue
        basis = next(
            (c for c in t.children
             if dep(c) == "obl" and names_a_thing(c, spans)
             and any(k.text == "に" for k in c.children)),
            None,
        )  # fmt: skip
        what = phrase(basis, spans) if basis is not None else None
        if what:
            return f"{what}の{noun}"
    return None


_NUMBER_WORDS = ("数", "額", "率", "割合", "人口", "量")  # a subject that itself names a number


def subject_count(subject: Token, counter: Token, spans: list[tuple[int, int]]) -> str | None:
    """The subject of a count that is the predicate (事業所数は120事業所): what it counts; a
    subject naming no number (対象は全国の大学等1,085機関) counts the nouns compounded right
    before the number, of it (対象の大学等)."""
    name = phrase(subject, spans)
    number = next((c for c in counter.lefts if c.pos_ == "NUM"), None)
    if not name or name.endswith(_NUMBER_WORDS) or number is None:
        return name
    doc, k = counter.doc, number.i
    while k > 0 and doc[k - 1].head.i == counter.i and dep(doc[k - 1]) == "compound":
        k -= 1
    kind = doc[k : number.i].text
    named = k < number.i and names_a_thing(doc[k], spans)
    return f"{name}の{kind}" if named else name


def place_count(toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """A count whose counter is the place counted (市, 町, 郡: rules/japanese.yaml), marked に
    of a verb of spreading or から of なる: the places the thing spreads over or is made of
    (read_japanese makes it a number of: 市数); else None."""
    rules = load_rules("japanese")
    place = next((t for t in reversed(toks) if t.text in rules["place_counters"]), None)
    if place is None or not any(t.pos_ == "NUM" for t in toks if t.i < place.i):
        return None
    carrier = place  # 2市3町に: the case marks the list's last counter
    while dep(carrier) in ("compound", "nummod") and carrier.head.i > carrier.i:
        carrier = carrier.head
    cases = {c.text for c in carrier.children if dep(c) == "case"}
    verb = carrier.head
    spread = "に" in cases and verb.lemma_ in rules["spread_verbs"]
    made_of = "から" in cases and verb.lemma_ == "なる"
    if not (spread or made_of) or dep(verb) != "acl" or not names_a_thing(verb.head, spans):
        return None
    noun = verb.head  # the noun with its compounds, without the clauses that describe it
    kept = [t.text for t in noun.lefts if dep(t) == "compound" and t.i > verb.i]
    thing = "".join(kept) + noun.text
    said = f"{thing}を構成する" if made_of else f"{thing}が{verb.text}"
    return f"{said}{place.text}"
