"""What a year measures: the event it dates, named as a noun (`In 1983, the … (Technopolis Law)
was enacted` -> `enactment of Technopolis Law`), the named thing it dates, a stage's start, or a
cited work's publication (measures.py reads the other numbers)."""

from __future__ import annotations

from pipelines.extracted.english.phrases import (
    Tok,
    is_verbish,
    join,
    named,
    phrase_after,
    phrase_before,
    skip_determiners,
    words,
)
from pipelines.extracted.rules import load_rules

_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_HAVE = frozenset(["has", "have", "had"])
_MONTHS = frozenset(load_rules("facts")["months"])


def year_measure(toks: list[Tok], i: int, j: int) -> str | None:
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
        span = any(t.text in ("-", "–", "—", "~") for t in toks[i:j])
        if prev.text in "(," and head and ends and head[-1].text[:1].isupper() and span:
            return f"term of {join(head)}"  # "Taro Aso (2008–9)": a span is no publication year
        cited = head and head[-1].text not in _MONTHS  # `by March, 1980.` is a date
        if prev.text in "(," and cited and ends and head[-1].text[:1].isupper():
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
    if prev is None:
        dated = _line_event(toks, j)
        if dated:
            return dated
    if lead_ok:
        thing = phrase_after(toks, j, 5, of_phrase=False)
        if thing and thing[0].low not in w["stop"] and thing[-1].low not in ("period", "year"):
            return _with_complements(toks, thing)
    return _event(toks, i, j)


def _line_event(toks: list[Tok], j: int) -> str | None:
    """A chronology's line, the year first and an event verb after what it happened to
    (`1987 The Science City Act enacted`, `1986 Basic concept of the city announced`): the
    event of that name, when no other verb, mark or number comes between."""
    events: dict[str, str] = words()["event_verbs"]
    start = skip_determiners(toks, j)
    for at in range(start + 1, min(len(toks), start + 12)):
        t = toks[at]
        if t.low in events:
            return f"{events[t.low]} of {named(toks[start:at], toks)}"
        if not t.is_word or is_verbish(t):
            return None
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
        tail = phrase_after(toks, skip_determiners(toks, k + 1), 4, of_phrase=False)
        if not tail:
            return out
        out += f" {toks[k].low} {join(tail)}"
        k = toks.index(tail[-1]) + 1
    if k + 2 < len(toks) and toks[k].low == "to" and toks[k + 1].is_word:
        what = phrase_after(toks, skip_determiners(toks, k + 2), 6, of_phrase=False)
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
    k = skip_determiners(toks, n + (2 if " " in verb else 1))
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
