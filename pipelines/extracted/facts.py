"""Every quantitative statement in prose, list items and captions, sentence by sentence.

A fact is a number with its unit (scaled: `2.6757 trillion yen` -> 2675700000000 JPY), an
optional qualifier and range, the noun it counts or measures, the period and place the
sentence ties it to, the sentence, and the exact span of the number with its unit.

Matching runs on the masked text (markup blanked, full-width characters read as ASCII, offsets
unchanged), so a footnote marker glued to a number (`2013¹¹`, `<sup>3</sup>`) never changes a
value and every span is exact. Numbers that are not facts are skipped: section and list
numbers, page numbers, years inside citations, dates like 21/11/2017, phone-like strings,
codes such as WP3 or H2020. English sentences go to number_scan.py (finding the numbers fast)
and number_facts.py; Japanese ones to ja_facts.py.
"""

from __future__ import annotations

import bisect
import re

from pipelines.extracted.document_context import date_rows
from pipelines.extracted.english.decade_years import decade_facts, has_decade
from pipelines.extracted.english.english_forms import (
    has_twice,
    named_counts,
    ranked_numbers,
    rates,
    times_signs,
    twice,
)
from pipelines.extracted.english.measures import assign_measures
from pipelines.extracted.english.number_facts import (
    compatible,
    count_people,
    inverted,
    make_fact,
    range_fact,
    single_fact,
)
from pipelines.extracted.english.phrases import names_a_part
from pipelines.extracted.english.sentence_context import SentenceContext
from pipelines.extracted.english.spelled_facts import spelled_facts
from pipelines.extracted.english.subjects import subject_before
from pipelines.extracted.english.year_scan import name_before, unglue_years
from pipelines.extracted.fact import PROSE_KINDS, Fact
from pipelines.extracted.japanese.ja_facts import japanese_facts
from pipelines.extracted.japanese.ja_numbers import has_japanese_number, is_japanese, to_ascii
from pipelines.extracted.numbers.glued_labels import glued_label_tokens
from pipelines.extracted.numbers.non_facts import mask_non_facts
from pipelines.extracted.numbers.number_gates import may_hold_a_citation, skips_to_try
from pipelines.extracted.numbers.number_scan import (
    DIGIT_RUN,
    LIST_MARKS,
    NumberToken,
    has_spelled_number,
    number_tokens,
    patterns,
)
from pipelines.extracted.numbers.places import Place, find_places
from pipelines.extracted.numbers.quantity_forms import (
    apply_signs,
    coded_money,
    has_quantity_word,
    word_quantities,
)
from pipelines.extracted.rules import load_rules
from pipelines.extracted.structure.masking import mask_markup
from pipelines.extracted.structure.sentences import sentences
from pipelines.extracted.table_facts import table_cell_facts
from pipelines.extracted.year_facts import tidy_facts

__all__ = [
    "PROSE_KINDS",
    "Fact",
    "facts_in_span",
    "facts_in_text",
    "mask_for_facts",
    "table_cell_facts",
]

_FOLLOWER = re.compile(r"\s+([A-Za-z][\w\-]*)")
_YEARS_AFTER = re.compile(r"[- ]years?\b")
# `a five-year plan ... in 2014`: the year dates the plan, not the plan's length
_DASH_RUN = re.compile(r"-{2,}")
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")


def facts_in_text(text: str) -> list[Fact]:
    """Facts of a text on its own (a sentence, a paragraph), for callers without a document;
    places are looked up only when the text has a number at all."""
    masked = mask_for_facts(text)
    runs = [m.span() for m in DIGIT_RUN.finditer(masked)]
    if not runs and not _may_hold_words(text, masked, 0, len(masked), japanese=True):
        return []
    return facts_in_span(text, masked, 0, len(text), find_places(masked), runs)


def _may_hold_words(text: str, masked: str, start: int, end: int, japanese: bool = False) -> bool:
    """Whether [start, end), with no digit its masking left, may hold a number written in words
    (`seven`, 三, `twice`, `a dozen`) or a decade (`the 1960s`, blanked as no number of its own)."""
    return (
        has_spelled_number(masked, start, end)
        or (japanese and has_japanese_number(masked, start, end))
        or has_twice(masked, start, end)
        or has_quantity_word(masked, start, end)
        or has_decade(text, start, end)
    )


def facts_in_span(
    text: str,
    masked: str,
    start: int,
    end: int,
    places: list[Place],
    runs: list[tuple[int, int]] | None = None,
) -> list[Fact]:
    """Facts of one block (or any span) of a document; `runs`, the runs of digits of the span,
    from a caller that has found them and knows the span has a number."""
    p = patterns()
    if runs is None:
        runs = [m.span() for m in DIGIT_RUN.finditer(masked, start, end)]
        if not runs and not _may_hold_words(text, masked, start, end, japanese=True):
            return []
    out: list[Fact] = []
    dated: dict[int, tuple[Fact, int, int, int, int]] = {}  # the year facts' events, by id
    span = masked[start:end]
    blocked = [
        m.span()
        for r in skips_to_try(masked, start, span, runs)
        for m in r.finditer(masked, start, end)
    ]
    if "/" in span:
        blocked += [(m.start(), m.end()) for m in p["skip_slash"].finditer(masked, start, end)]
    if "http" in span or "www." in span or "@" in span:
        blocked += [(m.start(), m.end()) for m in p["skip_web"].finditer(masked, start, end)]
    if "Source" in span:
        blocked += [(m.start(), m.end()) for m in p["skip_source"].finditer(masked, start, end)]
    glued = glued_label_tokens(masked, start, end, runs)  # `Total15,410 ha`: no code like WP3
    if glued:
        blocked = [b for b in blocked if b[0] not in {t.start for t in glued}]
    for a, b in runs:  # WIINTECH 2020, Horizon 2020: a year that is part of a name
        if b - a == 4 and masked[a : a + 2] in ("18", "19", "20"):
            m = p["name_year"].match(masked, a, end)
            if m and name_before(masked, max(start, a - 40), a):
                blocked.append((m.start(), m.end()))
    if ("(" in span or "et al" in span) and may_hold_a_citation(masked, start, end, span, runs):
        blocked += [(m.start(), m.end()) for m in p["citation"].finditer(masked, start, end)]
    # `1.`, `(2)`, `- 3)` opening a list item: only blanks, `#`, bullets or `(` before its digits
    if runs and not masked[start : runs[0][0]].strip(LIST_MARKS):
        index = p["list_index"].match(masked, start)
        if index:
            blocked.append((index.start(), index.end()))

    # Only what lies near the sentence can overlap a number of it: the blocked spans that reach
    # into it and the facts of it and the sentence before, so a long block costs linear time.
    blocked.sort()
    near_blocked: list[tuple[int, int]] = []
    next_blocked = 0
    near_from = 0  # index in `out` of the first fact of the previous sentence

    def free(a: int, b: int) -> bool:
        # loops, not any() over generators: this runs for every number and costs half as much
        for x, y in near_blocked:
            if a < y and x < b:
                return False
        for i in range(near_from, len(out)):
            f = out[i]
            if a < f.end and f.start < b:
                return False
        return True

    run_starts = [a for a, _ in runs]
    sentence_from = 0
    span_before: tuple[int, int] | None = None  # the span of years the sentence before gave
    place_before: str | None = None  # the place the sentence before gave its numbers
    named_before: list[Place] = []  # the places the sentence before named
    for s_start, s_end in sentences(masked, start, end):
        near_from, sentence_from = sentence_from, len(out)
        while next_blocked < len(blocked) and blocked[next_blocked][0] < s_end:
            near_blocked.append(blocked[next_blocked])
            next_blocked += 1
        near_blocked = [(x, y) for x, y in near_blocked if y > s_start]
        if is_japanese(masked, s_start, s_end):
            found = japanese_facts(text, masked, s_start, s_end, places, start, near_blocked)
            apply_signs(found, text, masked)
            for f in found:  # the Japanese reader's subject is the counted noun or measure
                f.measure = f.subject if f.fact_type != "year" else None
            out += found
            continue
        first_run = bisect.bisect_left(run_starts, s_start)
        has_digit = first_run < len(runs) and run_starts[first_run] < s_end
        if not has_digit and not _may_hold_words(text, masked, s_start, s_end):
            span_before = place_before = None
            named_before = []
            continue
        s_runs = runs[first_run : bisect.bisect_left(run_starts, s_end, first_run)]
        ctx = SentenceContext(text, masked, s_start, s_end, places, s_runs, dated)
        span_before = ctx.refer_back(span_before)
        ctx.place_before, ctx.places_before = place_before, named_before
        forms = rates(ctx, masked, s_start, s_end) + twice(ctx, masked, s_start, s_end)
        forms += times_signs(ctx, masked, s_start, s_end)
        for form in forms + word_quantities(ctx, masked, s_start, s_end):
            if free(form.start, form.end):
                out.append(form)
        # `USD10m`: the reader of codes (WP3) blocked its digits, so only the facts count here
        coded = coded_money(ctx, masked, s_start, s_end, near_blocked)
        out += [f for f in coded if _clear_of(out[sentence_from:], f)]
        # `Chubu (4)`: the list-number gate blocked `(4)`; a count after a name is no list number
        out += [f for f in named_counts(ctx, masked, s_start, s_end) if _clear_of(out, f)]
        # `ranked No. 2`: the numbering words blocked `No. 2`; after a verb of rank it is a place
        out += [f for f in ranked_numbers(ctx, masked, s_start, s_end) if _clear_of(out, f)]
        ordinals = [  # an ordinal is a run of one to three digits: `10th`, `24th`
            o for a, b in s_runs if b - a <= 3 and (o := p["ordinal"].match(masked, a, s_end))
        ]
        for m in ordinals:
            if _beside_a_month(masked, m.start(), m.end()):
                near_blocked.append((m.start(), m.end()))  # a day of a date: no number at all
                continue
            if free(m.start(), m.end()) and not names_a_part(_next_word(masked, m.end(), s_end)):
                subject = subject_before(masked, s_start, m.start())
                # `its 20th anniversary`: years; `for the 3rd time`: a count; else a place
                unit = _ORDINAL_NOUNS.get(_next_word(masked, m.end(), s_end), "rank")
                out.append(
                    make_fact(
                        ctx,
                        float(m.group("num")),
                        unit,
                        m.start(),
                        m.end(),
                        fact_type="rank" if unit == "rank" else "quantity",
                        subject=subject,
                    )
                )
        tokens = number_tokens(masked, s_start, s_end, s_runs)
        tokens += [t for t in glued if s_start <= t.start < s_end]
        tokens = sorted((t for t in tokens if free(t.start, t.end)), key=lambda t: t.start)
        k = 0
        while k < len(tokens):
            tok = tokens[k]
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if (
                nxt is not None
                and (
                    p["range_joiner"].match(masked[tok.end : nxt.start])
                    or _between_and(masked, s_start, tok, nxt)
                )
                and compatible(tok, nxt)
                and not _CHANGE_BEFORE.search(masked, max(s_start, tok.start - 20), tok.start)
            ):
                fact = range_fact(ctx, tok, nxt, masked, s_end)
                k += 2
                if fact is not None and inverted(fact):  # `2013-10`, `38-11`: not a range
                    fact = single_fact(ctx, tok, masked, s_end)
                    k -= 1
            else:
                fact = single_fact(ctx, tok, masked, s_end, nxt)
                k += 1
            if fact is not None and free(fact.start, fact.end):
                out.append(fact)
        out += spelled_facts(ctx, masked, s_start, s_end, free)
        out += [
            f
            for f in decade_facts(ctx, text, s_start, s_end, out[sentence_from:])
            if free(f.start, f.end)
        ]
        apply_signs(out[sentence_from:], text, masked)
        ctx.date_respectively(out[sentence_from:])
        assign_measures(masked, s_start, s_end, out[sentence_from:], out[near_from:sentence_from])
        count_people(out[sentence_from:])
        place_before = next((f.geography for f in out[sentence_from:] if f.geography), None)
        named_before = ctx.named_places
    out.sort(key=lambda f: f.start)
    return tidy_facts(date_rows(out, masked), masked, dated)


_MONTH = re.compile(
    r"\b(?:" + "|".join(load_rules("facts")["months"]) + r")\b\.?,?\s*$", re.IGNORECASE
)
_MONTH_AFTER = re.compile(
    r"^\s*(?:of\s+)?(?:" + "|".join(load_rules("facts")["months"]) + r")\b", re.IGNORECASE
)


def _beside_a_month(masked: str, start: int, end: int) -> bool:
    """`December 3rd`, `September, 23rd`, `3rd of May`: a day of a date, not a rank."""
    return bool(
        _MONTH.search(masked[max(0, start - 12) : start])
        or _MONTH_AFTER.match(masked[end : end + 14])
    )


# `fell 0.2 points to 2.4%`, `up 3% to 5,400`: a change, then the level it reached, no range
# (`grew by 4.5% to 6.1% a year`, with `by`, gives the change as a range)
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|fell|grew|dropped|declined|increased|decreased|climbed|jumped|slipped|gained|"
    r"up|down)\s+(?:(?:about|some|around|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
_ORDINAL_NOUNS = {"anniversary": "years", "year": "years", "time": "count", "times": "count"}
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")


def _next_word(masked: str, at: int, end: int) -> str:
    m = _WORD_AFTER.match(masked, at, end)
    return m.group(1) if m else ""


_BETWEEN = re.compile(r"\bbetween\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)


def _between_and(masked: str, s_start: int, tok: NumberToken, nxt: NumberToken) -> bool:
    """`between 30 billion and 40 billion yen`: one range, its unit said once at its end (the
    years of `between 2001 and 2021` are a period, read apart)."""
    return (
        not tok.is_year
        and masked[tok.end : nxt.start].strip() == "and"
        and _BETWEEN.search(masked, max(s_start, tok.start - 24), tok.start) is not None
    )


def _clear_of(facts: list[Fact], fact: Fact) -> bool:
    return not any(f.start < fact.end and fact.start < f.end for f in facts)


def mask_for_facts(text: str) -> str:
    """Markup blanked, full-width characters read as ASCII (`１２３`, `％`), dash runs
    (`Staff --- 795`) blanked so they do not read as minus signs, and the digits of numbers that
    are no facts (dates' days, clock times, telephone numbers: non_facts.py) blanked."""
    return mask_non_facts(premask(text))


def premask(text: str) -> str:
    """mask_for_facts without the non-facts: what their rules read (candidates.py names them)."""
    masked = mask_markup(text)
    if _FULL_WIDTH.search(masked):
        masked = to_ascii(masked)
    if "--" in masked:
        masked = _DASH_RUN.sub(lambda m: " " * len(m.group(0)), masked)
    return unglue_years(masked)
