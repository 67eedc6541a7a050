"""Readings of an English sentence's numbers that the numbers beside them settle, after each
is read alone from the parse (parse_measure.py): a count naming only an adjective takes the
noun of the count before it, an amount converted in parentheses measures what it converts,
years bounding a span date a period, and a list of numbers with `respectively` pairs each with
the noun phrase of the same place in the list before it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pipelines.extracted.fact import Fact
    from pipelines.extracted.parse_tree import Reading

_AND = re.compile(r"\s*(\([^()]*\))?\s*and\s+")  # `2001 (under Koizumi) and 2021`
_ADJECTIVE = re.compile(r"\s+([A-Za-z]+(?:-[A-Za-z]+)*)")
# `and 11 non-profit`: another elliptic count follows; `and private institutions` is the
# adjective's own noun phrase, which the count counts
_NEXT_COUNT = re.compile(r"(?:and|or)\s+\d")
_LISTED = re.compile(r"[\s,]*(?:and\s+)?")  # what stands between two items of a list
_ASIDE = re.compile(r"\([^()]*\)")  # `the retail industry (11.9 trillion yen)`
# `(` or `[` (writers set a conversion in either: `1 trillion yen [$7.5 billion]`), and a hedge
# (`(approx. $30 billion)`, `(about 2 million euros)`)
_OPEN = re.compile(
    r"\s*[(\[]\s*(?:(?:approx|approximately|about|around|roughly|nearly|almost|some|ca|c)\.?\s+)?"
)
_CLOSE = re.compile(r"\s*[)\]]")


def elliptic_counts(doc: Doc, offset: int, facts: list[Fact], readings: list[Reading]) -> None:
    """`institutes: 59 (48 national and 11 non-profit)`: a count followed only by an adjective
    counts the noun of the count before it (national institutes), which the parse, reading the
    adjective as the noun, misses."""
    last: str | None = None
    for f, r in zip(facts, readings, strict=True):
        end = f.end - offset
        word = _ADJECTIVE.match(doc.text, end)
        rest = doc.text[word.end() :].lstrip() if word else ""
        after = next((t for t in doc if t.idx >= end), None)
        if (
            word
            and last
            and f.unit == "count"
            and after is not None
            and after.pos_ == "ADJ"
            and (not rest or rest[0] in ",;)" or _NEXT_COUNT.match(rest) is not None)
        ):
            r.measure = f"{word.group(1)} {last}"
        elif r.measure and f.fact_type != "year":
            last = r.measure


def conversions(doc: Doc, offset: int, facts: list[Fact], readings: list[Reading]) -> None:
    """`17 trillion yen ($154.5 billion) of investment`: an amount in brackets (a hedge before
    it or not: `(approx. $154 billion)`) right after another of the same kind converts it, so it
    measures what the first does (the parse hangs it on the first as an apposition and names it
    by the first's words)."""
    text = doc.text
    for i in range(len(facts) - 1):
        a, b = facts[i], facts[i + 1]
        money = _money(a.unit) and _money(b.unit)
        if not readings[i].measure or not (money or (a.unit == b.unit and a.unit != "count")):
            continue
        between = text[a.end - offset : b.start - offset]
        if _OPEN.fullmatch(between) and _CLOSE.match(text, b.end - offset):
            readings[i + 1].measure = readings[i].measure


def ages(doc: Doc, offset: int, facts: list[Fact], readings: list[Reading]) -> None:
    """`children from 3 months old`, `a 40-year-old bridge`: a span of time followed by `old` is
    an age; where the parse names nothing else (`old` alone only says the unit), the measure
    is that age."""
    for f, r in zip(facts, readings, strict=True):
        if f.unit in _SPAN_UNITS and not r.measure and _OLD.match(doc.text, f.end - offset):
            r.measure = "age"


def shares_of_which(doc: Doc, offset: int, facts: list[Fact], readings: list[Reading]) -> None:
    """`800 billion yen, about half of which is paid by the state`: a share followed by `of
    which` (`of them`, `of it`) is a share of the amount before it, which the parse reads as no
    noun of its own."""
    for i, (f, r) in enumerate(zip(facts, readings, strict=True)):
        if f.unit not in ("ratio", "percent") or r.measure or i == 0:
            continue
        if _OF_WHICH.match(doc.text, f.end - offset) and readings[i - 1].measure:
            r.measure = f"share of {readings[i - 1].measure}"


_OF_WHICH = re.compile(r"\s+of\s+(?:which|whom|them|it)\b")
_SPAN_UNITS = ("years", "months", "days", "weeks", "duration")
_OLD = re.compile(r"(?:[\s-]+(?:years?|months?|weeks?|days?))?[\s-]+old\b")


def _money(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


def year_spans(doc: Doc, offset: int, facts: list[Fact], readings: list[Reading]) -> None:
    """`from 2008 to 2013`, `between 2001 and 2021`: years that bound a span date a period of
    what they hang on, both ends alike (the second, after `and`, hangs on nothing)."""
    for i, (f, r) in enumerate(zip(facts, readings, strict=True)):
        if f.unit != "year":
            continue
        nxt = facts[i + 1] if i + 1 < len(facts) else None
        paired = (
            nxt is not None
            and nxt.unit == "year"
            and doc.text[max(0, f.start - offset - 8) : f.start - offset].endswith("between ")
            and _AND.fullmatch(doc.text[f.end - offset : nxt.start - offset]) is not None
        )
        if f.value_high is None and not paired:
            continue
        what = r.measure or (readings[i + 1].measure if paired else None)
        if what and not what.startswith("period of"):
            r.measure = f"period of {what}"
            if paired:
                readings[i + 1].measure = r.measure


def respectively(
    doc: Doc,
    offset: int,
    facts: list[Fact],
    readings: list[Reading],
    phrase: Callable[[Token, list[tuple[int, int]]], str | None],
) -> None:
    """`A, B and C account for 9%, 8% and 7%, respectively`: the numbers of a list of one unit
    pair in order with the noun phrases of the list before them; each measures what the
    reading of one of them says of its own item (`share of A`), with its item in its place."""
    if "respectively" not in doc.text.lower():
        return
    spans = [(f.start - offset, f.end - offset) for f in facts]
    for group in number_lists(doc.text, facts, spans):
        items = _listed_nouns(doc, spans, spans[group[0]][0])[-len(group) :]
        if len(items) < len(group) or not all(
            _LISTED.fullmatch(_ASIDE.sub("", doc.text[x.idx + len(x.text) : _start(y).idx]))
            for x, y in zip(items, items[1:], strict=False)
        ):
            continue
        names = [phrase(t, spans) for t in items]
        template = next(
            (m.replace(n, "{}") for k in group if (m := readings[k].measure)
             for n in names if n and n in m),
            "share of {}" if facts[group[0]].unit == "percent" else "{}",
        )  # fmt: skip
        if template == "{}" and facts[group[0]].unit == "percent":
            template = "share of {}"
        for k, name in zip(group, names, strict=True):
            if name:
                readings[k].measure = template.format(name)


def number_lists(text: str, facts: list[Fact], spans: list[tuple[int, int]]) -> list[list[int]]:
    """Runs of two or more numbers of one unit with only commas and `and` between them."""
    out: list[list[int]] = []
    run: list[int] = []
    for k in range(len(facts)):
        joined = (
            run
            and facts[k].unit == facts[run[-1]].unit
            and _LISTED.fullmatch(text[spans[run[-1]][1] : spans[k][0]]) is not None
        )
        if not joined:
            if len(run) > 1:
                out.append(run)
            run = []
        run.append(k)
    if len(run) > 1:
        out.append(run)
    return out


def _listed_nouns(doc: Doc, spans: list[tuple[int, int]], before: int) -> list[Token]:
    """The last noun of each noun phrase before `before` (`sector` of `the steel sector`),
    outside the numbers, and not the word the numbers' preposition hangs on (`A, B and C
    account for 9%, ...`: a verb the parse took for a noun says what they are, no item)."""
    first = next((t for t in doc if t.idx >= before), None)
    prep = next((a for a in first.ancestors if a.dep_ == "prep"), None) if first else None
    governing = {prep.head.i} if prep is not None else set()  # `account` of `account for 9%`
    return [
        t for t in doc
        if t.idx + len(t.text) <= before and t.pos_ in ("NOUN", "PROPN")
        and t.i not in governing
        and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ not in ("NOUN", "PROPN"))
        and not any(a < t.idx + len(t.text) and t.idx < b for a, b in spans)
    ]  # fmt: skip


def _start(noun: Token) -> Token:
    """The first word of the noun phrase a noun ends (`the` of `the steel sector`)."""
    doc, j = noun.doc, noun.i
    while j > 0 and doc[j - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PART"):
        j -= 1
    return doc[j]
