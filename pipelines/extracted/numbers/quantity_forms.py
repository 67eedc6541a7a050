"""English quantity forms the general number reader (number_scan.py) does not see: a currency
code glued to its number (`USD10m`, `RM250 million`), which the reader of codes such as `WP3`
would drop; words that are numbers without a numeral (`a dozen`, `threefold`, `doubled`); and,
once the facts of a block are read, a sign before a number (`-1.3%`, `▲1.3%`, `−0.4 points`),
a superscript square (`27 km²`, blanked as a footnote mark by masking), and a number per square
kilometre (`8,200/km2`, `1km2あたり3,200人`), a density rather than a count."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from pipelines.extracted.english.number_facts import make_fact
from pipelines.extracted.english.old_years import read_old_years
from pipelines.extracted.english.sentence_context import SentenceContext
from pipelines.extracted.english.subjects import subject_after, subject_before
from pipelines.extracted.fact import Fact
from pipelines.extracted.numbers.number_scan import unit_word
from pipelines.extracted.rules import load_rules, word_alternation

# a sign glued to the number, after a blank, `(` or the start of a line's text
MINUS_SIGNS = "-−‐▲△"
_MULTIPLES = {"dozen": 12.0, "a dozen": 12.0, "half a dozen": 6.0}
_FOLD = re.compile(
    r"\b(?P<word>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)-?fold\b", re.I
)
_FOLD_VALUES = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twenty": 20, "hundred": 100,
}  # fmt: skip
_CHANGED = re.compile(r"\b(?P<word>doubled|tripled|trebled|quadrupled|halved)\b", re.I)
_CHANGED_VALUES = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_DOZEN = re.compile(
    r"\b(?P<word>(?:half )?a dozen|(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r" dozen)\s+(?=[a-z])",
    re.I,
)  # `two dozen shops`: 24
_QUICK = re.compile(
    r"dozen|fold\b|doubled|tripled|trebled|quadrupled|halved|\bhalf\b"
    r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",  # ranks
    re.I,
)
# `about half of the budget`, `rents half of Tokyo's`: a share or a ratio to another; not a
# half of time or of a text (`the first half of 2020`, `half of the year`: a period)
_HALF = re.compile(
    r"(?<![\w-])(?<!first )(?<!second )(?<!latter )(?<!former )(?<!the )(?<!a )(?<!one )"
    r"(?P<word>half)\s+of(?=\s)(?!\s+(?:the|this|that|each|every|a)?\s*(?:fiscal\s+)?"
    r"(?:year|years|century|decade|month|week|day|period|term|session|\d)\b)",
    re.I,
)
_HYPHENED_METRES = re.compile(r"-m\s+[a-z]")
# `27 km` + a superscript two the masking blanked: the square unit
_SQUARED = {"km": "km2", "m": "m2"}


@cache
def _coded() -> re.Pattern[str]:
    units = load_rules("units")
    codes = word_alternation(list(units["currency_codes"]))
    scale = word_alternation(list(units["scale_words"]), ignore_case=True)
    return re.compile(
        rf"(?<![A-Za-z$])(?P<code>{codes})\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        rf"(?:\s?(?P<scale>(?i:{scale}))(?![A-Za-z])\.?)?(?![\w,]\d|\d)"
    )


@cache
def _ordinal_rank() -> re.Pattern[str]:
    """An ordinal word after a verb of rank (`ranked fourth`), before a superlative (`second
    biggest`, `third-largest`, `fourth most important`) or `second (only) to` a name: the words
    are rules/facts.yaml's."""
    rules = load_rules("facts")
    words = word_alternation(list(rules["ordinal_words"]), ignore_case=True)
    later = word_alternation([w for w in rules["ordinal_words"] if w != "first"], ignore_case=True)
    verbs = word_alternation(rules["rank_verbs"], ignore_case=True)
    top = word_alternation(rules["superlatives"], ignore_case=True)
    return re.compile(
        rf"\b(?:{verbs})\s+(?:only\s+)?(?P<after_verb>{words})\b"
        rf"|\b(?P<before_top>{later})[ -]+(?={top}\b)"
        # `second only to Tokyo`, `second to the Tokyo area`: ranked just after a named one
        r"|\b(?P<second_to>(?i:second))(?=[ \t]+(?:only[ \t]+)?to[ \t]+(?:the[ \t]+)?(?-i:[A-Z]))",
        re.IGNORECASE,
    )


def has_quantity_word(masked: str, start: int, end: int) -> bool:
    """Whether [start, end) may hold `a dozen`, `threefold`, `doubled` or `second biggest`
    (no digit needed)."""
    return (
        _QUICK.search(masked, start, end) is not None
        or _ordinal_rank().search(masked, start, end) is not None
    )


def coded_money(
    ctx: SentenceContext, masked: str, start: int, end: int, blocked: list[tuple[int, int]]
) -> list[Fact]:
    """`USD10m`, `RM 250 million`, `A$12 million`: the code's currency. A span blocked before the
    number's digits (a web address) still wins; one starting at them (the `WP3` reader) does not."""
    if not any(c.isupper() or c == "$" for c in masked[start:end]):
        return []
    units = load_rules("units")
    out = []
    for m in _coded().finditer(masked, start, end):
        if any(x < m.end() and m.start() < y and x < m.start("num") for x, y in blocked):
            continue
        value = Decimal(m.group("num").replace(",", ""))
        scale = m.group("scale")
        if scale:
            factor = {k.lower(): v for k, v in units["scale_words"].items()}[scale.lower()]
            value *= Decimal(factor)
        fact = make_fact(
            ctx,
            float(value),
            units["currency_codes"][m.group("code")],
            m.start(),
            m.end(),
            scale_word=scale.lower().rstrip(".") if scale else None,
        )
        fact.subject = subject_before(masked, ctx.start, m.start()) or None
        out.append(fact)
    return out


def word_quantities(ctx: SentenceContext, masked: str, start: int, end: int) -> list[Fact]:
    """`a dozen members` (a count), `threefold`, `doubled`, `half of` (a ratio), `second biggest`
    and `ranked fourth` (a rank)."""
    if not has_quantity_word(masked, start, end):
        return []
    out = []
    for m in _DOZEN.finditer(masked, start, end):
        subject = subject_after(masked, m.end("word"), end) or None
        if subject:
            n = m.group("n")
            times = float(n) if n and n.isdigit() else float(_FOLD_VALUES.get((n or "").lower(), 1))
            value = 12.0 * times if n else _MULTIPLES[m.group("word").lower()]
            out.append(
                make_fact(
                    ctx,
                    value,
                    "count",
                    m.start(),
                    m.end("word"),
                    fact_type="count",
                    subject=subject,
                )  # fmt: skip
            )
    ordinals = load_rules("facts")["ordinal_words"]
    for m in _ordinal_rank().finditer(masked, start, end):
        group = next(g for g in ("after_verb", "before_top", "second_to") if m.group(g))
        value = float(ordinals[m.group(group).lower()])
        out.append(make_fact(ctx, value, "rank", m.start(group), m.end(group), fact_type="rank"))
    for m in _FOLD.finditer(masked, start, end):
        value = float(_FOLD_VALUES[m.group("word").lower()])
        out.append(make_fact(ctx, value, "ratio", m.start(), m.end()))
    for m in _HALF.finditer(masked, start, end):
        fact = make_fact(ctx, 0.5, "ratio", m.start("word"), m.end("word"))
        fact.subject = subject_after(masked, m.end(), end) or None
        out.append(fact)
    for m in _CHANGED.finditer(masked, start, end):
        value = _CHANGED_VALUES[m.group("word").lower()]
        fact = make_fact(ctx, value, "ratio", m.start(), m.end())
        fact.subject = subject_before(masked, ctx.start, m.start()) or None
        out.append(fact)
    return out


_JA_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def apply_signs(facts: list[Fact], text: str, masked: str) -> None:
    """A minus sign or ▲ glued to a number's first digit makes it negative (`fell -1.3%`), a
    superscript two after `km` or `m` makes the unit square, and a unit of measure joined by a
    hyphen (`27-square kilometer`) is the count's unit; the Japanese reader reads its own."""
    for f in facts:
        if f.fact_type == "year" or f.value < 0:
            continue
        at = f.start
        if (
            at >= 1
            and masked[at - 1] in MINUS_SIGNS
            and at < len(masked)
            and masked[at].isdigit()
            # after a blank or bracket, or in Japanese after a word or 、 (増減は-5社, 比－3%)
            and (at == 1 or masked[at - 2] in " \t(:=、，：" or _JA_WORD.match(masked, at - 2))
        ):
            f.start = at - 1
            f.value = -f.value
            if f.value_low is not None:
                f.value_low = -f.value_low
            if f.value_high is not None and f.fact_type != "range":
                f.value_high = -f.value_high
        if f.unit in _SQUARED and text[f.end : f.end + 1] == "²":
            f.unit = _SQUARED[f.unit]
            f.end += 1
        _per_area(f, text)
        if f.unit == "count" and masked[f.end : f.end + 1] == "-":
            unit = _hyphened_unit().match(masked, f.end)
            if unit:  # `a 27-square kilometre site`, `a 40-MW plant`: the unit as an adjective
                f.unit = unit_word(unit.group("unit"))
                f.end = unit.end()
            elif _HYPHENED_METRES.match(masked, f.end):
                f.unit, f.end = "m", f.end + 2  # `a 40-m tower`: no currency, so metres
    read_old_years(facts, masked)  # `794 AD`: a year the reader took for a count


@cache
def _hyphened_unit() -> re.Pattern[str]:
    words = word_alternation(list(load_rules("units")["measure_words"]), ignore_case=True)
    return re.compile(rf"-(?P<unit>{words})(?![A-Za-z0-9])", re.IGNORECASE)


_AREA = r"(?:km2|km²|㎢|sq\.?\s?km|square\s+kilomet(?:re|er)|平方キロメートル|平方キロ|平方km)"
# `8,200/km2`, `3,100 people per km²`, `3,200人/km2`: the area after the number
_PER_AREA_AFTER = re.compile(
    rf"(?:\s+(?:people|persons|residents|inhabitants))?\s*(?:/|per\s+|每)\s*(?:1\s*)?{_AREA}"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
# `1km2あたり3,200人`, `1平方キロメートル当たり約3,200人`: the area before it
_PER_AREA_BEFORE = re.compile(rf"{_AREA}\s*(?:あたり|当たり|当り)\s*(?:約|およそ)?\s*$")
# a table's header or label giving a density's unit (`Density (per km²)`, `人口密度（人/km2）`)
_PER_AREA_NOTE = re.compile(rf"(?:/|per\s*)\s*{_AREA}", re.IGNORECASE)
# the same with the square lost (a superscript two the cleaning dropped): only with `density`
_PER_KM_NOTE = re.compile(r"(?:density|密度)[^\n]*(?:/|per\s*)\s*km(?=\s*[)）]|\s*$)", re.I)
_DENSITY_NAME = re.compile(r"(?:population\s+)?density|人口密度", re.IGNORECASE)
_PEOPLE_WORDS = re.compile(r"density|population|people|persons|residents|inhabitants|人口|人", re.I)


def _per_area(f: Fact, text: str) -> None:
    """A number per square kilometre is a density, not a count: `persons_per_km2` when it
    counts people (its unit, or its sentence's words: density, population, 人口), else
    `per_km2`."""
    if f.unit not in ("count", "people"):
        return
    after = _PER_AREA_AFTER.match(text, f.end)
    if after is None and not _PER_AREA_BEFORE.search(text, max(0, f.start - 16), f.start):
        return
    people = f.unit == "people" or _PEOPLE_WORDS.search(f.sentence or "") is not None
    f.unit = "persons_per_km2" if people else "per_km2"
    named = _DENSITY_NAME.search(f.sentence or "")
    if named and f.measure is None:
        f.measure = named.group(0).lower()  # what the sentence calls it: 人口密度
    if after is not None:
        f.end = after.end()


def density_unit(note: str) -> str | None:
    """The unit a table's header or row label gives its numbers when it is a density: `per km²`,
    `人/km2` (persons_per_km2 when it says people, population or density, else per_km2)."""
    if not _PER_AREA_NOTE.search(note) and not _PER_KM_NOTE.search(note):
        return None
    return "persons_per_km2" if _PEOPLE_WORDS.search(note) else "per_km2"
