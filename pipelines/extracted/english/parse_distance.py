"""A length or a time measured from a point: a place (`lies 30 km from the capital`, `5 km east of the
port`, `two hours from the station`): English states how far a place is by hanging a `from`
phrase (or a compass word with `of`) on the amount, so the amount is the distance (or the
travel time) from that place, not a quantity of the subject it is said of.

A time `ago` is measured back from now to the event of its clause (`the park opened five years
ago` -> `time since opening of park`), named as the event a year dates is (parse_events.py); a
time `after` or `before` an event is measured from it (`opened two years after the merger` ->
`time after merger`).

The parse hangs the `from` either above the unit (`30/nummod kilometers/npadvmod from/prep`),
below it (`12 km from the coast`, a unit in a conjunction) or on a compass word the unit
measures (`5 km east of ...`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pipelines.extracted.english.parse_events import year_event
from pipelines.extracted.parse_tree import covered
from pipelines.extracted.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

Phrase = Callable[["Token", list[tuple[int, int]]], "str | None"]
_LENGTHS = ("km", "m")
_TIMES = ("hours", "minutes")
_SPANS = ("years", "months", "days")


def distance_from(
    head: Token, unit: str, spans: list[tuple[int, int]], phrase: Phrase
) -> str | None:
    """`distance from X` for a length, `travel time from X` (or `to X`) for a time, where the
    amount whose unit word is `head` is measured from (or to) a place."""
    word = head.head if head.dep_ == "nummod" else head  # the unit word (`kilometers`)
    if unit in _SPANS + _TIMES and word.head.lower_ == "ago" and word.head.i != word.i:
        event = year_event(word.head, spans)
        return f"time since {event}" if event else "time since"  # `five years ago`
    between = _time_between(word, unit, spans, phrase)
    if between:  # `designed three years after the earthquake`
        return between
    if unit not in _LENGTHS + _TIMES:
        return None
    preps = ("from", "to") if unit in _TIMES else ("from",)
    prep = _place_prep(word, preps)
    if prep is None:
        return None
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None or covered(place, spans):
        return None
    named = phrase(place, spans)
    if not named:
        return None
    kind = "travel time" if unit in _TIMES else "distance"
    return f"{kind} {'to' if prep.lower_ == 'to' else 'from'} {named}"


def _place_prep(word: Token, preps: tuple[str, ...]) -> Token | None:
    """The `from` (`to`) phrase the amount is measured along: the unit's head, its child, or
    an `of` on the compass word it measures."""
    head = word.head
    if word.dep_ == "npadvmod" and head.dep_ == "prep" and head.lower_ in preps:
        return head
    if word.dep_ == "npadvmod" and head.lower_ in load_rules("measures")["directions"]:
        ways = ("of", *preps)  # `5 km east of the port`, `20 km away from the coast`
        return next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ways), None)
    return next((c for c in word.rights if c.dep_ == "prep" and c.lower_ in preps), None)


def _time_between(
    word: Token, unit: str, spans: list[tuple[int, int]], phrase: Phrase
) -> str | None:
    """`time after X` (`before X`) for a span of time the parse hangs on an `after` (`before`)
    phrase (`three years after the earthquake`), or sets right before one on the verb they
    both modify: the time from (to) that event."""
    if unit not in (*_SPANS, *_TIMES, "duration") or word.dep_ != "npadvmod":
        return None
    prep = word.head
    if prep.i != word.i and prep.pos_ in ("VERB", "AUX"):  # `opened / five years / after ...`
        prep = next((c for c in prep.children if c.i == word.i + 1 and c.dep_ == "prep"), prep)
    if prep.i == word.i or prep.dep_ != "prep" or prep.lower_ not in ("after", "before"):
        return None
    event = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if event is None or covered(event, spans):
        return None
    named = phrase(event, spans)
    return f"time {prep.lower_} {named}" if named else None
