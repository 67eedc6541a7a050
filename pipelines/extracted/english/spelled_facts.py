"""Spelled-out numbers as facts: counts (`seven members`), durations (`three years`,
`three-year`), ranges (`two to four years`), and ratios (`three times`); spelled ranks are
numbers/quantity_forms.py's."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.extracted.english.number_facts import RATIO_AFTER, make_fact
from pipelines.extracted.english.sentence_context import SentenceContext
from pipelines.extracted.english.subjects import subject_after, subject_before, word_sets
from pipelines.extracted.fact import Fact
from pipelines.extracted.numbers.number_scan import spelled_numbers
from pipelines.extracted.rules import load_rules

# the word after a spelled number, past an opening quote (`four "Strategic Zones"`)
_FOLLOWER = re.compile(r"\s+[\"“‘']?([A-Za-z][\w\-]*)")
YEARS_AFTER = re.compile(r"[- ]years?\b")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_AFTER = re.compile(r"[ \t]+(thousand|million|billion|trillion)\b", re.I)
# a unit word after a spelled number, as after digits: percent, and spans of time (months, weeks
# and days are a `duration`, as `6 months` is)
_UNITS = {
    "percent": "percent", "percentage": "percent", "percentagepoints": "percent",
    "percentagepoint": "percent", "hour": "hours", "hours": "hours", "minute": "minutes",
    "minutes": "minutes", "day": "duration", "days": "duration", "week": "duration",
    "weeks": "duration", "month": "duration", "months": "duration",
}  # fmt: skip
_UNIT_AFTER = re.compile(
    r"[ \t-]+(per ?cent|percentage points?|hours?|minutes?|days?|weeks?|months?)\b", re.I
)
_RANGE_JOINER = re.compile(r"\s+(?:to|or)\s+|\s?[-–]\s?")


def spelled_facts(
    ctx: SentenceContext,
    masked: str,
    s_start: int,
    s_end: int,
    free: Callable[[int, int], bool],
) -> list[Fact]:
    spelled = load_rules("facts")["spelled_numbers"]
    not_before = word_sets()[2]
    words = list(spelled_numbers(masked, s_start, s_end))
    out: list[Fact] = []
    skip_next = False
    for i, (w_start, w_end, w_text) in enumerate(words):
        if skip_next:
            skip_next = False
            continue
        value = sum(spelled[w] for w in w_text.lower().split("-"))
        scaled = _SCALE_AFTER.match(masked, w_end, s_end)
        if scaled:  # `two thousand years`, `two million residents`: one number, not `two`
            value *= _SCALES[scaled.group(1).lower()]
            w_end = scaled.end()
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and _RANGE_JOINER.fullmatch(masked, w_end, nxt[0]):
            high = sum(spelled[w] for w in nxt[2].lower().split("-"))
            years = YEARS_AFTER.match(masked, nxt[1], s_end)
            end = years.end() if years else nxt[1]
            if high > value and free(w_start, end):  # `two to four years`
                fact = make_fact(
                    ctx,
                    float(value),
                    "years" if years else "count",
                    w_start,
                    end,
                    value_low=float(value),
                    value_high=float(high),
                    fact_type="range",
                    subject="duration" if years else (subject_after(masked, end, s_end) or None),
                )
                out.append(fact)
                skip_next = True
                continue
        years = YEARS_AFTER.match(masked, w_end, s_end)
        if years and free(w_start, years.end()):  # `three years`, `three-year`
            out.append(
                make_fact(
                    ctx,
                    float(value),
                    "years",
                    w_start,
                    years.end(),
                    fact_type="count",
                    subject="duration",
                )  # fmt: skip
            )
            continue
        unit = _UNIT_AFTER.match(masked, w_end, s_end)
        kind = _UNITS[unit.group(1).lower().replace(" ", "")] if unit else ""
        if value == 1 and kind == "duration":
            unit = None  # `one day`, `one week`: an idiom of time, no span measured
        if unit and free(w_start, unit.end()):  # `ten percent`, `two hours away`
            subject = "duration" if kind == "duration" else None
            out.append(make_fact(ctx, float(value), kind, w_start, unit.end(), subject=subject))
            continue
        joined = _COMPOUND.match(masked, w_end, s_end)
        if joined and _counts_in_compound(value, joined.group(1)) and free(w_start, joined.end()):
            out.append(  # `a two-tier scheme`: the count of its tiers
                make_fact(
                    ctx, float(value), "count", w_start, joined.end(), subject=joined.group(1)
                )
            )
            continue
        ratio = RATIO_AFTER.match(masked, w_end, s_end)
        if ratio and free(w_start, ratio.end()):  # `three times the number`
            out.append(make_fact(ctx, float(value), "ratio", w_start, ratio.end()))
            continue
        dashed = masked[max(0, w_start - 1) : w_start] == "—" and masked.startswith(
            "—", w_end, s_end
        )
        follower = _FOLLOWER.match(masked, w_end, s_end)
        if follower is not None and follower.group(1).lower() == "such":
            follower = _FOLLOWER.match(masked, follower.end(), s_end)  # `one such centre`
        if follower is None and _held(masked, s_start, w_start, w_end, s_end):
            if value > 1 and free(w_start, w_end):  # `Aichi has eight`: the noun said before
                subject = subject_before(masked, s_start, w_start)
                out.append(make_fact(ctx, float(value), "count", w_start, w_end, subject=subject))
            continue
        if not dashed and (
            follower is None
            or follower.group(1).lower() in not_before
            or follower.group(1).lower() in spelled
        ):
            continue
        if w_text.lower() == "one" and not dashed and not _one_counts(masked, w_start, follower):
            continue
        if not dashed and _lists_or_points_back(masked, s_start, w_start, w_end, s_end):
            continue
        if free(w_start, w_end):
            subject = (
                (subject_after(masked, w_end, s_end) or None)
                if not dashed
                else subject_before(masked, s_start, w_start - 1)
            )
            out.append(
                make_fact(
                    ctx, float(value), "count", w_start, w_end, fact_type="count", subject=subject
                )
            )
    return out


# a noun joined by a hyphen (`two-tier`), itself no longer compound (`two-thirds-owned`)
_COMPOUND = re.compile(r"-([a-z]+)(?![\w-])")
_ADJECTIVE_ENDS = ("al", "ed", "ing", "ly", "ic", "ous", "ive")


def _counts_in_compound(value: int, noun: str) -> bool:
    """Whether `two-tier` counts tiers: a number above one before a noun, not a fraction,
    manner, grade or span of time (facts.yaml's spelled_compound_not), nor an adjective."""
    refused = load_rules("facts")["spelled_compound_not"]
    return value > 1 and noun not in refused and not noun.endswith(_ADJECTIVE_ENDS)


_ONE_NOT_AFTER = re.compile(
    r"(?:\b(?:the|this|that|which|any|no|every|each|only|at|in|as|is|if|when|where)\s+|-)$", re.I
)


_ONE_NOT_BEFORE = frozenset(["after", "another", "must", "should", "may", "might", "hour", "day"])


def _one_counts(masked: str, w_start: int, follower: re.Match[str] | None) -> bool:
    """`one programme`, `approved one new centre`: one of a counted noun; not `the one`,
    `only one of`, `one can`, nor a pronoun before a verb or a stop word."""
    if follower is None:
        return False
    word = follower.group(1).lower()
    if word in word_sets()[1] or word in _ONE_NOT_BEFORE or word.endswith(("ed", "ly")):
        return False
    return _ONE_NOT_AFTER.search(masked, max(0, w_start - 12), w_start) is None


_NEXT_WORDS = re.compile(r"\s+([A-Za-z][\w\-]*)(?:\s+([A-Za-z][\w\-]*))?")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _lists_or_points_back(masked: str, s_start: int, w_start: int, w_end: int, s_end: int) -> bool:
    """`one reason is`, `for two main reasons`: the number lists the text's own argument;
    `the two periods` (periods named before it in the text, or a division of time or of the
    text, named before or after): it points back to things already named. Neither counts
    anything new; `the seven Tohoku prefectures` names a set and counts."""
    rules = load_rules("facts")
    after = _NEXT_WORDS.match(masked, w_end, s_end)
    before = _WORD_BEFORE.search(masked, max(s_start, w_start - 12), w_start)
    if (
        before
        and after
        and before.group(1).lower() in rules["spelled_pointing_back"]
        and after.group(1).islower()
        and (
            re.search(rf"\b{re.escape(after.group(1).removesuffix('s')[:-1])}", masked[:w_start])
            or after.group(1).removesuffix("s") in rules["structure_nouns"]
        )
    ):
        return True
    nouns = frozenset(rules["discourse_nouns"])
    return after is not None and any(
        w is not None and (w.lower() in nouns or w.lower().removesuffix("s") in nouns)
        for w in after.groups()
    )


# `Aichi Prefecture has eight.`, `the two wards had five, ...`: a spelled number as the object of
# `have` closing its clause counts the noun said before it, left out after the number
_HAVE_BEFORE = re.compile(r"\b(?:has|have|had|number|numbers|numbered)\s+(?:only\s+|just\s+)?$")
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.;:,)]|$)")


def _held(masked: str, s_start: int, w_start: int, w_end: int, s_end: int) -> bool:
    return bool(
        _HAVE_BEFORE.search(masked, max(s_start, w_start - 16), w_start)
        and _CLAUSE_CLOSE.match(masked, w_end, s_end)
    )
