"""What each English number measures: a short noun phrase built from its sentence's grammar
(phrases.py), never a window of neighbouring words; None where the grammar finds none.

`5,000 SMEs` -> `SMEs`; `imports of 1.3 trillion yen` -> `imports`; `80% of all corporate
laboratories` -> `share of corporate laboratories`; `self-sufficiency has declined from 19.9%`
-> `self-sufficiency`; `five in Germany` -> the phrase of the number before it (`projects`);
`In 1983, the X Law was enacted` -> `enactment of the X Law`.
"""

from __future__ import annotations

import re

from pipelines.extracted.english.phrases import (
    Tok,
    is_verbish,
    join,
    phrase_after,
    phrase_before,
    skip_determiners,
    tokenize,
    verb_group_start,
    words,
)
from pipelines.extracted.english.year_measures import year_measure
from pipelines.extracted.fact import Fact
from pipelines.extracted.japanese.ja_numbers import is_japanese

_MONEY = ("JPY", "USD", "EUR", "GBP", "CNY", "KRW")


def assign_measures(
    masked: str,
    s_start: int,
    s_end: int,
    facts: list[Fact],
    previous: list[Fact] = (),  # type: ignore[assignment]
) -> None:
    """Set `measure` on the facts of one English sentence, in reading order: a number with no
    phrase of its own (`five in Germany`) takes the one of the number before it; a bare
    counter (`12 million units`) the one of its unit in the sentence before."""
    toks = tokenize(masked, s_start, s_end)
    earlier: list[Fact] = []
    for f in sorted(facts, key=lambda f: f.start):
        i = next((n for n, t in enumerate(toks) if t.hi > f.start), len(toks))
        j = next((n for n, t in enumerate(toks) if t.lo >= f.end), len(toks))
        if f.unit == "count" and f.fact_type == "quantity" and _ranked(toks, i, j):
            f.unit, f.fact_type = "rank", "rank"  # `ranked only number 14`: a place, no count
        f.measure = _measure(toks, i, j, f, earlier)
        if f.measure in words()["generic_counters"]:
            f.measure = _antecedent(f, list(previous)) or f.measure
        earlier.append(f)
    for f in earlier:  # "In the three years from 2016, more than 12 million units ..."
        if f.measure is None and f.unit == "years" and _is_window(toks, f):
            f.measure = _window_of(toks, f, earlier)


def _measure(toks: list[Tok], i: int, j: int, f: Fact, earlier: list[Fact]) -> str | None:
    if f.fact_type == "rate":
        return f.subject
    if f.fact_type == "year" or f.unit == "year":
        return year_measure(toks, i, j)
    if f.fact_type == "rank" or f.unit == "rank":
        return _rank(toks, i, j)
    if f.unit in ("years", "duration"):
        return _duration(toks, i, j, f, earlier)
    return _quantity(toks, i, j, f, earlier)


def _clean(phrase: list[Tok]) -> str | None:
    text = join(phrase).strip(" ,;:")
    return text or None


def _antecedent(f: Fact, earlier: list[Fact], any_unit: bool = False) -> str | None:
    """The measure of the nearest number before (of the same unit, unless `any_unit`)."""
    for g in reversed(earlier):
        if g.measure and (any_unit or g.unit == f.unit):
            return g.measure
    return None


def _subject_of(toks: list[Tok], k: int) -> list[Tok]:
    """The subject of the verb group ending before token k, or nothing."""
    start = verb_group_start(toks, k)
    return phrase_before(toks, start) if start is not None else []


def _number_of(toks: list[Tok], i: int) -> str | None:
    """`The number of smart meters introduced to Japan was 3.66 million`: `smart meters`."""
    for k in range(i - 2, 0, -1):
        if toks[k].text in ",;:(":
            return None
        if toks[k].low == "of" and toks[k - 1].low == "number":
            found = phrase_after(toks, k + 1, 5, of_phrase=False)
            return join(found) if found else None
    return None


def _quantity(toks: list[Tok], i: int, j: int, f: Fact, earlier: list[Fact]) -> str | None:
    w = words()
    nxt = toks[j] if j < len(toks) else None
    prev = i - 1
    hedges = w["hedges"] - {"of", "to", "at"}
    while prev >= 0 and (
        toks[prev].low in hedges
        or (toks[prev].text == "." and prev > 0 and toks[prev - 1].low in hedges)  # `approx.`
    ):
        prev -= 1
    before = toks[prev] if prev >= 0 else None
    if f.unit == "percent":
        share = _share(toks, i, j, f, earlier)
        if share:
            return share
    after = phrase_after(toks, j)
    if after and after[0].low in w["change_nouns"]:  # "marking a 7.1% increase"
        base = _antecedent(f, earlier) or _clean(_subject_of(toks, i))
        return f"{base} ({after[0].low})" if base else None
    counted = f.unit in ("count", "people")
    if (
        counted
        and not after
        and before is not None
        and before.is_word
        and before.text[0].isupper()
        and prev > 0
        and before.low not in w["stop"]
    ):
        return None  # "Route 128", "Figure 6": a number in a name
    if lead_is_rank(toks, i):
        return _rank(toks, i, j)
    if before is not None and before.text == "(" and (after or nxt is None or nxt.text in ")/"):
        if f.unit in _MONEY and earlier and earlier[-1].unit in _MONEY:
            return _antecedent(f, earlier, any_unit=True)  # "12.4 billion yen ($1.05 billion)"
        head = phrase_before(toks, prev)
        if head:
            if after and after[-1].low in w["generic_counters"]:
                return f"{join(after)} ({join(head)})"  # "occasional meetings (34 persons)"
            if after:
                return _clean(after)
            per_year = j + 1 < len(toks) and toks[j].text == "/" and toks[j + 1].low == "year"
            return join(head) + (" (per year)" if per_year else "")
    if f.unit == "km" and nxt is not None:
        if nxt.low in w["directions"]:
            k = j + 1
            while k < len(toks) and toks[k].low in w["directions"] | {"-", "of", "from"}:
                k += 1
            place = phrase_after(toks, k, 3, of_phrase=False)
            return f"distance from {join(place)}" if place else None
        return f"length of {join(after)}" if after else None
    number_of = _number_of(toks, i)
    if number_of:
        return number_of
    if counted and after and after[-1].low not in w["generic_counters"]:
        return _clean(after)
    if nxt is not None and nxt.low == "in" and f.unit in _MONEY:  # "pledged £200b in funds"
        funds = phrase_after(toks, j + 1, 3, of_phrase=False)
        if funds:
            return join(funds)
    if before is not None and before.low == "of":
        head = phrase_before(toks, prev)
        if head and head[-1].low not in w["empty_heads"]:
            return _clean(head)
    start = verb_group_start(toks, i)
    if start is not None:
        subject = phrase_before(toks, start)
        verb = next((t.low for t in toks[start:i] if t.low in w["money_verbs"]), None)
        if verb and subject:
            return f"{w['money_verbs'][verb]} by {join(subject)}"  # "MEXT will invest $500m"
        if subject and subject[-1].low not in w["pronouns"]:
            return _clean(subject)
    if before is not None and (
        before.text in ":—–-" or before.is_word and before.low not in w["stop"]
    ):
        head = phrase_before(toks, prev + (0 if before.text in ":—–-" else 1), 9)
        if head and len(head) < 9:  # a phrase cut at the limit would be a fragment
            return _clean(head)  # "Fund: 12.4 billion yen", "Industrial cluster project ¥ 1.14 bn."
    if not after and (nxt is None or not nxt.is_word or nxt.low in w["stop"]):
        return _antecedent(f, earlier)  # "eight are related ...", "five in Germany"
    if after and not _unit_word(after[0]):
        return _clean(after)
    return None


def lead_is_rank(toks: list[Tok], i: int) -> bool:
    """`ranked only number 14`: a count after a verb of rank is a rank."""
    return any(t.low.startswith("rank") for t in toks[max(0, i - 4) : i])


_RANK_VERBS = ("rank", "ranks", "ranked")
_RANK_LEAD = ("only", "number", "no", ".", "#", "at")
_RANK_STEPS = ("place", "places", "position", "positions", "spot", "spots", "notch", "notches")


def _ranked(toks: list[Tok], i: int, j: int) -> bool:
    """`ranked 14`, `ranks only number 3`, `ranked No. 2`, `ranked at #5`: the words right
    before the number, past `only`, `number`, `No.`, `#`, are a verb of rank (not `ranked 2
    places higher`: a change of rank)."""
    if j < len(toks) and toks[j].low in _RANK_STEPS:
        return False
    k = i - 1
    while k >= 0 and toks[k].low in _RANK_LEAD and i - k <= 4:
        k -= 1
    return k >= 0 and toks[k].low in _RANK_VERBS


def _unit_word(tok: Tok) -> bool:
    return tok.low in ("yen", "dollars", "euros", "pounds", "percent", "per", "cent", "km", "kw")


def _share(toks: list[Tok], i: int, j: int, f: Fact, earlier: list[Fact]) -> str | None:
    """`80% of all corporate laboratories`, `accounting for 48.6% of the total`, `a 10 percent
    share in ...`, `dominated by public/industrial use (75%)`."""
    w = words()
    k = j
    while k < len(toks) and toks[k].low in ("percent", "per", "cent", "%"):
        k += 1
    if k < len(toks) and toks[k].low == "of":
        whole = phrase_after(toks, skip_determiners(toks, k + 1), 5)
        if whole:
            lead = toks[max(0, i - 3) : i]
            part = _antecedent(f, earlier, any_unit=True)
            if part and any(t.low in w["share_verbs"] for t in lead):
                return f"{part} as a share of {join(whole)}"
            if whole[0].low in ("the", "previous") or join(whole).startswith("previous year"):
                return f"{part} relative to the previous year" if part else None
            return f"share of {join(whole)}"
    if k < len(toks) and toks[k].low == "share":
        k2 = (
            skip_determiners(toks, k + 2) if k + 1 < len(toks) and toks[k + 1].low == "in" else None
        )
        where = phrase_after(toks, k2, 7) if k2 is not None else []
        return f"share in {join(where)}" if where else "share"
    if i >= 1 and toks[i - 1].text == "(":
        head = phrase_before(toks, i - 1, 4)
        return f"share of {join(head)}" if head else None
    if i >= 1 and toks[i - 1].low == "by":  # "is expected to continue growing by 5%"
        verb = toks[i - 2].low if i >= 2 else ""
        if verb in w["change_verbs"]:
            subject = _subject_of(toks, i)
            return f"{join(subject)} (growth)" if subject else None
    part = _antecedent(f, earlier, any_unit=True)
    if part and any(t.low in ("previous", "year's") for t in toks[j : j + 6]):
        return f"{part} relative to the previous year"
    return None


def _duration(toks: list[Tok], i: int, j: int, f: Fact, earlier: list[Fact]) -> str | None:
    """`five-year plan`, `3 years of mutual cooperation`, `was due to last 3 years`,
    `(3-year duration)`; a window of time (`over the past 20 years`) measures nothing."""
    w = words()
    prev = toks[i - 1].low if i >= 1 else ""
    if prev == "last" and i >= 2 and toks[i - 2].low in _VERB_LEAD:  # "was due to last 3 years"
        subject = _subject_of(toks, i - 1)
        return f"duration of {join(subject)}" if subject else None
    if prev in ("past", "next", "last", "first", "coming", "following", "recent"):
        return None
    lead = [t.low for t in toks[max(0, i - 2) : i]]
    part = _antecedent(f, earlier, any_unit=True)
    if part and lead and lead[-1] == "within":  # "creating 1,000 new firms within three years"
        return f"time limit for {part}"
    if part and (lead[-2:] == ["over", "the"] or lead[-1:] == ["over"]):
        return f"duration of {part}"  # "will invest $500 million over the five years"
    after = phrase_after(toks, j, 4, of_phrase=False)
    if j < len(toks) and toks[j].low == "of":
        what = phrase_after(toks, skip_determiners(toks, j + 1), 4)
        if what:
            return f"duration of {join(what)}"
    if after and after[0].low not in ("old", "ago", "later", "earlier"):
        if after[0].low in ("duration", "period", "term"):
            head = phrase_before(toks, i - 1, 8) if prev == "(" else []
            return f"duration of {join(head)}" if head else None
        return f"duration of {join(after)}"
    if prev in ("last", "lasts", "lasted", "lasting"):
        subject = _subject_of(toks, i - 1)
        if subject and subject[-1].low not in w["pronouns"]:
            return f"duration of {join(subject)}"
    return None


def _rank(toks: list[Tok], i: int, j: int) -> str | None:
    """`ranks 3rd globally`, `ranked only number 14 in terms of X`, `X (1st)`; an ordinal of a
    stage (`2nd stage`) or a day (`23rd`) is no rank."""
    w = words()
    after = phrase_after(toks, j, 2, of_phrase=False)
    if after and after[0].low in w["stage_words"]:
        return None
    if lead_is_rank(toks, i):
        k = next(n for n in range(i - 1, -1, -1) if toks[n].low.startswith("rank"))
        subject = phrase_before(toks, k, 5)
        tail = [t.low for t in toks[j : j + 3]]
        if tail[:3] == ["in", "terms", "of"]:
            what = phrase_after(toks, skip_determiners(toks, j + 3), 4)
            if what:
                return f"rank in {join(what)}"
        scope = "global rank" if tail and tail[0] in ("globally", "worldwide") else "rank"
        return f"{scope} of {join(subject)}" if subject else scope
    if i >= 1 and toks[i - 1].text == "(":
        head = phrase_before(toks, i - 1, 8)
        return f"rank in {join(head)}" if head else None
    # `the second biggest lake`, `the 6th EU partner`, `Aomori 12th`: a rank, as what or of whom
    inside = [t for t in toks[i + 1 : j] if t.is_word and t.low not in ("st", "nd", "rd", "th")]
    what = inside + phrase_after(toks, j, 4, of_phrase=False)
    if what:
        return f"rank as {join(what)}"
    whom = phrase_before(toks, i, 3)
    return f"rank of {join(whom)}" if whom else "rank"


_WINDOW_LEAD = frozenset(["past", "last", "next", "entire", "coming", "first", "around"])


def _is_window(toks: list[Tok], f: Fact) -> bool:
    """`over the past 20 years`, `in the three years from 2016`, `in around 25 years`."""
    i = next((n for n, t in enumerate(toks) if t.hi > f.start), len(toks))
    lead = [t.low for t in toks[max(0, i - 3) : i]]
    if lead[-2:-1] and lead[-1] == "last" and lead[-2] in _VERB_LEAD:
        return False  # "due to last 3 years": a verb
    return bool(set(lead) & _WINDOW_LEAD) or lead[-2:] == ["in", "the"] or lead[-1:] == ["during"]


_VERB_LEAD = frozenset(["to", "will", "would", "may", "can", "could", "should", "must"])


def _window_of(toks: list[Tok], f: Fact, facts: list[Fact]) -> str | None:
    """The time window of what the sentence measures: the nearest measured number of the
    sentence, else the subject of its verb."""
    others = [g for g in facts if g is not f and g.measure and g.unit not in ("year", "years")]
    if others:
        near = min(others, key=lambda g: abs(g.start - f.start))
        return f"time window of {near.measure}"
    i = next((n for n, t in enumerate(toks) if t.hi > f.start), len(toks))
    for n in range(i - 1, -1, -1):
        if is_verbish(toks[n]):
            start = verb_group_start(toks, n + 1)
            subject = phrase_before(toks, start) if start is not None else []
            if subject and subject[-1].low not in words()["pronouns"]:
                return f"time window of {join(subject)}"
            break
    return None


_DIMENSIONS = {
    "high": "height",
    "tall": "height",
    "long": "length",
    "wide": "width",
    "deep": "depth",
}
_TIME_UNITS = ("minutes", "hours")
_AREA_UNITS = ("km2", "ha", "m2")
_TRAVEL = re.compile(r"\s*(?:away|from|to|by|on foot|by train|by air|by car)\b", re.I)
_DIMENSION_AFTER = re.compile(r"\s*(?P<w>high|tall|long|wide|deep)\b", re.I)
# `25 kilometers (16 mi) south of the city of Kyoto`: how far the place lies from another
_BEARING_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?P<dir>(?:north|south)?(?:east|west)?|north|south)"
    r"(?:ward)?[ \t]+of[ \t]+(?:the[ \t]+)?(?P<of>[A-Za-z][\w'’ -]{0,40}?)(?=[ \t]*(?:[,.;:()]|and\b|$))",
    re.I | re.M,
)


def dimension_measure(masked: str, fact: Fact) -> str | None:
    """The distance of a place from another (`25 km south of the city of Kyoto`); the measure
    of a length said with its dimension (`877 metres high`: the height of what
    the sentence names), of an area (`a 40-hectare park`: its area) or of a time in minutes or
    hours (`45 minutes from Akihabara`: a travel time); the measure as it was otherwise."""
    bearing = _BEARING_AFTER.match(masked, fact.end) if fact.unit in ("km", "m", "mi") else None
    if bearing is not None and bearing.group("dir"):
        of = " ".join(w for w in bearing.group("of").split() if w.lower() != "the")
        return f"distance {bearing.group('dir').lower()} of {of}"
    m = _DIMENSION_AFTER.match(masked, fact.end)
    if m is not None and fact.unit in ("m", "km"):
        noun = _DIMENSIONS[m.group("w").lower()]
        return f"{noun} of {fact.measure}" if fact.measure else noun
    if (
        fact.unit in _AREA_UNITS
        and fact.measure
        and "area" not in fact.measure.lower()
        and not is_japanese(fact.measure, 0, len(fact.measure))  # 面積 says it already
    ):
        return f"area of {fact.measure}"  # `a 40-hectare park`: the park's area
    if fact.unit in _TIME_UNITS and not re.search(r"time|duration|length", fact.measure or ""):
        noun = "travel time" if _TRAVEL.match(masked, fact.end) else "time"
        return f"{noun} ({fact.measure})" if fact.measure else noun
    return fact.measure
