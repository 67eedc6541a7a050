"""What each English number measures: a short noun phrase built from its sentence's grammar
(phrases.py), never a window of neighbouring words; None where the grammar finds none.

`5,000 SMEs` -> `SMEs`; `imports of 1.3 trillion yen` -> `imports`; `80% of all corporate
laboratories` -> `share of corporate laboratories`; `self-sufficiency has declined from 19.9%`
-> `self-sufficiency`; `five in Germany` -> the phrase of the number before it (`projects`);
`In 1983, the X Law was enacted` -> `enactment of the X Law`.
"""

from __future__ import annotations

from pipelines.extracted.fact import Fact
from pipelines.extracted.phrases import (
    QUOTES,
    Tok,
    is_verbish,
    join,
    named,
    phrase_after,
    phrase_before,
    tokenize,
    verb_group_start,
    words,
)
from pipelines.extracted.rules import load_rules

_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_HAVE = frozenset(["has", "have", "had"])
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
        return _year(toks, i, j)
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
    while prev >= 0 and toks[prev].low in w["hedges"] - {"of", "to", "at"}:
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
        whole = phrase_after(toks, _skip_det(toks, k + 1), 5)
        if whole:
            lead = toks[max(0, i - 3) : i]
            part = _antecedent(f, earlier, any_unit=True)
            if part and any(t.low in w["share_verbs"] for t in lead):
                return f"{part} as a share of {join(whole)}"
            if whole[0].low in ("the", "previous") or join(whole).startswith("previous year"):
                return f"{part} relative to the previous year" if part else None
            return f"share of {join(whole)}"
    if k < len(toks) and toks[k].low == "share":
        k2 = _skip_det(toks, k + 2) if k + 1 < len(toks) and toks[k + 1].low == "in" else None
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


def _skip_det(toks: list[Tok], k: int) -> int:
    w = words()
    while k < len(toks) and (toks[k].low in w["determiners"] or toks[k].text in QUOTES):
        k += 1
    return k


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
        what = phrase_after(toks, _skip_det(toks, j + 1), 4)
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
            what = phrase_after(toks, _skip_det(toks, j + 3), 4)
            if what:
                return f"rank in {join(what)}"
        scope = "global rank" if tail and tail[0] in ("globally", "worldwide") else "rank"
        return f"{scope} of {join(subject)}" if subject else scope
    if i >= 1 and toks[i - 1].text == "(":
        head = phrase_before(toks, i - 1, 8)
        return f"rank in {join(head)}" if head else None
    return None


def _year(toks: list[Tok], i: int, j: int) -> str | None:
    """The event a year dates, named as a noun (`enactment of the Technopolis Law`), the named
    thing it dates (`Basic Plan (2001–05)`, `the 1964 decision by ...`), or a cited work's
    publication (`Freeman, 1988`); None for a year inside a name (`WIINTECH 2020`)."""
    w = words()
    if i >= 2 and toks[i - 1].low == "year" and toks[i - 2].low == "the":
        i -= 2  # "in the year 2000"
    prev = toks[i - 1] if i >= 1 else None
    nxt = toks[j] if j < len(toks) else None
    stage = _stage_start(toks, i)
    if stage:
        return stage
    if [t.low for t in toks[max(0, i - 4) : i]] == ["in", "the", "period", "from"]:
        head = phrase_before(toks, i - 4)
        if head:
            return f"period of {join(head)}"  # "... policies in the period from 1996 to 2000"
    if nxt is not None and nxt.text in ".," and any(t.low.startswith("http") for t in toks[j:]):
        return "publication year of a cited work"  # "..., July 2016., https://..."
    if prev is not None and i >= 3 and toks[i - 2].low == "accessed":
        return "access date of a cited web page"  # "accessed November 2007"
    if prev is not None and prev.low == "accessed":
        return "access date of a cited web page"
    if (
        prev is not None
        and prev.text in ("(", ",")
        or (prev is not None and prev.low in ("of", "in"))
    ):
        head = phrase_before(toks, i - 1, 9)
        event = _event(toks, i, j) if prev.low == "in" else None
        if event:
            return event  # "METI launched “Industrial Cluster project” in 2001"
        if (
            head
            and head[-1].low in w["named_heads"]
            and (head[-1].text[:1].isupper() or (prev.low == "in" and len(head) > 1))
            and (len(head) > 1 or prev.text in "(,")
        ):
            return _name_in(head, toks)  # "the Small and Medium Enterprise Law of 1983"
        if prev.low in ("of",) and head:
            return join(head)  # "the university reforms of 2004"
        ends = nxt is None or nxt.text in ").;"
        if prev.text in "(," and head and ends and head[-1].text[:1].isupper():
            return "publication year of a cited work"  # "(Freeman, 1988)", "JETRO, 2015."
        if prev.text == "(" and head and (len(head) > 1 or head[0].text.islower()):
            return join(head)  # "the Meiji period (1868–1912)", "in the report (1997)"
    if prev is not None and prev.low in w["named_heads"] and (nxt is None or not nxt.is_word):
        head = phrase_before(toks, i, 6)
        if len(head) > 1 and head[0].text[:1].isupper():
            return join(head)  # "the JETRO RIT programme 2017": that round of the programme
    if prev is not None and prev.text == "," and not any(is_verbish(t) for t in toks):
        head = phrase_before(toks, i - 1, 8)
        if head:
            return join(head)  # a title: "Import-export ratio of Japan, 2011"
    lead_ok = prev is None or prev.low in w["determiners"] or prev.text in ("'s", "’s")
    if not lead_ok and prev is not None and i >= 2 and toks[i - 2].low in w["determiners"]:
        lead_ok = (  # "the devastating 1995 earthquake"
            prev.is_word and prev.text.islower() and prev.low not in ("year", "fiscal")
        )
    if lead_ok:
        thing = phrase_after(toks, j, 5, of_phrase=False)
        if thing and thing[0].low not in w["stop"] and thing[-1].low not in ("period", "year"):
            return _with_complements(toks, thing)
    return _event(toks, i, j)


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


def _stage_start(toks: list[Tok], i: int) -> str | None:
    """`Phase 1 2001`, `1st stage 2002`: the year a numbered stage started."""
    stages = words()["stage_words"]
    if i >= 2 and toks[i - 1].is_number and toks[i - 2].low in stages:
        return f"start of {toks[i - 2].text} {toks[i - 1].text}"
    if i >= 3 and toks[i - 1].low in stages and toks[i - 3].is_number:
        return f"start of {toks[i - 3].text}{toks[i - 2].text} {toks[i - 1].text}"
    return None


def _and_clause(between: list[Tok]) -> bool:
    """`decided April 2013 and ongoing since 2015`: a second predicate stands between."""
    return any(
        t.low in ("and", "but")
        and k + 1 < len(between)
        and (is_verbish(between[k + 1]) or between[k + 1].low.endswith(("ing", "ly")))
        for k, t in enumerate(between)
    ) or any(  # "..., and gas system liberalisation planned for 2017": another clause
        t.text == "," and k + 1 < len(between) and between[k + 1].low in _CLAUSE_WORDS
        for k, t in enumerate(between)
    )


def _year_opens_clause(between: list[Tok]) -> bool:
    """`and in 1999`: an `and` with no verb after it before the year."""
    ands = [k for k, t in enumerate(between) if t.low == "and"]
    if not ands or any(is_verbish(t) for t in between[ands[-1] + 1 :]):
        return False
    rest = between[ands[-1] + 1 :]
    return not rest or rest[0].low in ("in", "since", "from", "by", "on", "until", "after")


_CLAUSE_WORDS = frozenset(["and", "but", "while", "whereas", "which", "although", "though"])


def _with_complements(toks: list[Tok], thing: list[Tok]) -> str:
    """`decision` + `by the Japanese government` + `to establish a new academic and research
    city` + `in Tsukuba`: the phrase a year leads to, with what completes it."""
    out = join(thing)
    k = toks.index(thing[-1]) + 1
    if k + 1 < len(toks) and toks[k].low in ("by", "of", "on"):
        tail = phrase_after(toks, _skip_det(toks, k + 1), 4, of_phrase=False)
        if not tail:
            return out
        out += f" {toks[k].low} {join(tail)}"
        k = toks.index(tail[-1]) + 1
    if k + 2 < len(toks) and toks[k].low == "to" and toks[k + 1].is_word:
        what = phrase_after(toks, _skip_det(toks, k + 2), 6, of_phrase=False)
        if what:
            out += f" to {toks[k + 1].text} {join(what)}"
            k = toks.index(what[-1]) + 1
            if k + 1 < len(toks) and toks[k].low == "in" and toks[k + 1].text[:1].isupper():
                place = phrase_after(toks, k + 1, 3, of_phrase=False)
                if place:
                    out += f" in {join(place)}"
    return out


def _event(toks: list[Tok], i: int, j: int) -> str | None:
    """The event verb nearest the year in its clause: its passive subject, its active object,
    or (`Toyama manufacturers visited`) its active subject."""
    w = words()
    events: dict[str, str] = w["event_verbs"]
    best: tuple[int, int, str] | None = None
    for n, t in enumerate(toks):
        low = t.low
        if n + 1 < len(toks) and f"{low} {toks[n + 1].low}" in events:
            low = f"{low} {toks[n + 1].low}"
        if low in events and not (i <= n < j):
            between = toks[min(n, i) : max(n, j)]
            opened = sum(b.text == "(" for b in between) - sum(b.text == ")" for b in between)
            if opened or any(b.text == ";" for b in between) or _and_clause(between):
                continue
            if n < i and _year_opens_clause(toks[n + 1 : i]):
                continue  # "was abolished and in 1999 it was replaced": 1999 is the second's
            distance = abs(n - i) + (20 if any(b.text == "," for b in between) else 0)
            if best is None or distance < best[0]:
                best = (distance, n, low)
    if best is None:
        return None
    _, n, verb = best
    noun = events[verb]
    aux = n - 1
    been = False
    while aux >= 0 and (
        toks[aux].low
        in (
            "been",
            "being",
            "first",
            "also",
            "then",
            "later",
            "now",
            "again",
            "already",
            "well",
            "still",
            "not",
            "never",
            "just",
        )
        or toks[aux].low.endswith("ly")
    ):
        been = been or toks[aux].low == "been"
        aux -= 1
    passive = aux >= 0 and (toks[aux].low in _BE or (been and toks[aux].low in _HAVE))
    if passive:  # "the X Law was enacted", "an MoU has been signed"
        subject = phrase_before(toks, aux)
        if subject and subject[-1].low in w["pronouns"]:
            subject = _first_subject(toks, aux)
        return f"{noun} of {_alias(toks, aux) or named(subject, toks)}" if subject else None
    k = _skip_det(toks, n + (2 if " " in verb else 1))
    thing = phrase_after(toks, k, 6)
    months = load_months()
    if (
        noun != "visit"
        and thing
        and thing[0].low not in w["pronouns"]
        and thing[0].text not in months
    ):
        return f"{noun} of {named(thing, toks)}"
    subject = phrase_before(toks, aux + 1)
    if not subject and n >= 1 and toks[n - 1].text == ",":
        subject = phrase_before(toks, n - 1)  # "Hence the Second Plan, published in 2001, ..."
        lead = toks.index(subject[0]) - 1 if subject else -1
        while lead >= 0 and (toks[lead].low in w["determiners"] or toks[lead].is_number):
            lead -= 1
        if lead >= 0 and toks[lead].low in w["prepositions"]:
            subject = []  # "measures enacted under the 1995 Basic Plan, enacted in 1998"
    if subject and subject[-1].low not in w["pronouns"]:
        return (
            f"{noun} of {named(subject, toks)}" if noun != "visit" else f"visit by {join(subject)}"
        )
    if aux >= 0 and toks[aux].text == ":" or aux < 0:
        return noun  # "- 2005: established as intermediary organisation"
    return None


def _name_in(head: list[Tok], toks: list[Tok]) -> str:
    """The name a phrase ends with: `Japanese Diet of the Science and Technology Basic Law` ->
    `Science and Technology Basic Law`."""
    for k in range(len(head) - 2, 0, -1):
        cut = head[k].low == "the" or (head[k].low == "of" and head[k - 1].text.islower())
        if cut and head[k + 1].text[:1].isupper() and len(head) - k > 2:
            return join(head[k + 1 :])
    return named(head, toks)


def _alias(toks: list[Tok], before: int) -> str | None:
    """`... Industrial Complexes (Technopolis Law) was enacted`: the short name in parentheses."""
    if before >= 3 and toks[before - 1].text == ")":
        opened = next(
            (k for k in range(before - 2, max(-1, before - 7), -1) if toks[k].text == "("), None
        )
        if opened is not None and all(t.text[:1].isupper() for t in toks[opened + 1 : before - 1]):
            return join(toks[opened + 1 : before - 1])
    return None


def load_months() -> frozenset[str]:
    return frozenset(load_rules("facts")["months"])


def _first_subject(toks: list[Tok], before: int) -> list[Tok]:
    """For `it was replaced`: the subject of the sentence's first verb group."""
    for n in range(before):
        if toks[n].low in words()["auxiliaries"]:
            found = phrase_before(toks, n)
            if found and found[-1].low not in words()["pronouns"]:
                return found
    return []
