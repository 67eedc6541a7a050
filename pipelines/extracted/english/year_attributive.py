"""Whether a year modifies the noun after it (`the 2015 survey`) and so dates a sentence's
numbers: one job, kept apart from the sentence's context that asks it."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.english.year_events import EVENT_NOUNS
from pipelines.extracted.english.year_scan import name_before
from pipelines.extracted.rules import load_rules

_WORD_AFTER = re.compile(r"[ \t]+(?P<w>[A-Za-z][A-Za-z\-]*)\b")


@cache
def not_nouns() -> frozenset[str]:
    """Words after a year that show it modifies no noun (`2012 and`, `2012 was`), or that it
    is a count of them (`2012 people`, `2012 yen`)."""
    rules = load_rules("measures")
    kinds = ("determiners", "prepositions", "conjunctions", "auxiliaries", "verbs", "pronouns",
             "past_tenses", "base_verbs", "unit_nouns")  # fmt: skip
    months = {m.lower() for m in load_rules("facts")["months"]}
    return frozenset(str(w).lower() for k in kinds for w in rules[k] if isinstance(w, str)) | months


def attributive(masked: str, start: int, at: int) -> bool:
    """Whether the year at `at` modifies the noun after it (`the 2015 survey`, `2012 Tohoku
    output`) and so dates the sentence's numbers: not a plural it would count (`2000 firms`),
    a function word, a unit, an event's noun (`the 1964 decision`: the event's own year), or
    a name's year (`Horizon 2020 funds`)."""
    word = _WORD_AFTER.match(masked, at + 4)
    if word is None:
        return False
    w = word.group("w")
    low = w.lower()
    plural = w[0].islower() and low.endswith("s") and not low.endswith(("ss", "us", "is"))
    if plural or low in not_nouns() or low in EVENT_NOUNS:
        return False  # `the 1964 decision`: the year dates the decision alone
    return not name_before(masked, start, at)
