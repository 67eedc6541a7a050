"""Numbers that count nothing the text states, set aside as non_fact_rules.py's rules are (and
tried after them, in this order): the unit a rate is counted against (per 1,000 people), the
ages a rate's people are of, the whole a proportion is of (one in five firms), a measurement
restated in another system's units, vague numerals (数百社) and a number that lists the text's
own points (`二つの目的`, `the two periods`), and a number word opening a quoted title. The
word lists are rules/non_facts.yaml and rules/facts.yaml."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.rules import Gate, load_rules, word_alternation, words_gate


@cache
def count_rules() -> list[tuple[str, re.Pattern[str], Gate | None]]:
    """(reason, pattern, gate), as non_fact_rules.py's `_rules` gives them."""
    r = load_rules("non_facts")
    discourse_ja = word_alternation(r["discourse_nouns_ja"])
    facts = load_rules("facts")
    spelled = word_alternation(
        [w for w in facts["spelled_numbers"] if w != "one"], ignore_case=True
    )
    structure = word_alternation(facts["structure_nouns"])
    discourse = word_alternation(facts["discourse_nouns"])
    metric = word_alternation(r["conversion_units_metric"])
    imperial = word_alternation(r["conversion_units_imperial"])
    any_unit = word_alternation(r["conversion_units_metric"] + r["conversion_units_imperial"])
    # a bare `t` after a number is read as no unit (5 t may be tonnes or trillions): an imperial
    # figure before one is left as it is, not set aside for a metric one nobody reads; a bare
    # `m` restating feet or miles is metres (number_facts.py), so `131 ft (40 m)` keeps the 40
    read_metric = word_alternation([u for u in r["conversion_units_metric"] if u != "t"])
    num = r"\d[\d,]*(?:\.\d+)?"
    span = rf"{num}(?:[ \t]*(?:-|–|~|～|to)[ \t]*{num})?"
    about = r"(?:(?:about|approx\.?|approximately|around|roughly|c\.|ca\.|約|~)[ \t]*)?"
    unit_end = r"(?:e?s)?(?![A-Za-z])"
    per = r"(?:/[ \t]*|per[ \t]+)?"  # a density: 8,200/km2 (21,000/sq mi)
    per_ja = "(?:当たり|あたり|当り|につき)"  # a rate's `per` (not ごと: `every`)
    rules: list[tuple[str, re.Pattern[str]] | tuple[str, re.Pattern[str], Gate]] = [
        # the unit of a rate's denominator (per 1,000 people, 人口10万人当たり, 1社につき): what
        # the rate is counted against, no quantity the text states
        (
            "denominator",
            re.compile(
                r"(?:[Pp](?<![A-Za-z][Pp])er|[Ff](?<![A-Za-z][Ff])or\s+every)\s+"
                r"(?P<g>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d[\d,]*(?:\.\d+)?|one)"  # 1 000
                r"(?=\s+(?i:hundred|thousand|million|billion)\b|\s*[A-Za-z¥$€£%]|\s*[.,;:)]|\s*$)"
            ),
            words_gate("per ", "Per ", "every"),
        ),
        # the ages a rate's people are of (`population aged 25-34`, `those aged 65 and over`)
        (
            "denominator",
            re.compile(
                r"\b(?i:aged|ages?)[ \t]+(?P<g>\d{1,3})(?:[ \t]*(?:-|–|to)[ \t]*(?P<h>\d{1,3}))?\b"
                r"(?![.,]\d|[ \t]*%)"
            ),
            words_gate("aged", "age", "Age"),
        ),
        # the whole a proportion is of (one in five firms, 3 out of 10 residents): not a count
        # of firms or residents; `1 in 4` is left alone, its 1 would stand as a count alone
        (
            "denominator",
            re.compile(
                rf"\b(?:[Oo]ne\s+in|(?:\d[\d,]*(?:\.\d+)?|(?i:{spelled}|one))\s+out\s+of)"
                rf"\s+(?:every\s+)?(?P<g>(?!(?:1[89]|20)\d\d\b)\d[\d,]*|(?i:{spelled}))\b"
                rf"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b)"
            ),
            words_gate("ne in ", " out of "),
        ),
        (
            "denominator",
            re.compile(
                r"(?P<h>[0-9](?<![\d.,][0-9])[\d,]*(?:\.\d+)?|[〇一二三四五六七八九十百千]+)[ \t]*[万千百]?"
                rf"(?:[ァ-ヶー一-龥A-Za-z²]{{0,5}}{per_ja}|(?<=[万千百])人?対(?![象応策立]))"
                # the first of two denominators, one of each (1地域1年度あたり: per area, per year)
                rf"|(?<![\d.,])(?P<i>1|一)[ァ-ヶー一-龥]{{1,5}}(?=(?:1|一)[ァ-ヶー一-龥]{{1,5}}{per_ja})"
            ),
            words_gate("当たり", "あたり", "当り", "につき", "対"),
        ),
        # a measurement restated in another system's units: the metric figure is the fact (the
        # other is blanked with its unit, so the 2 of km2 is no number left behind)
        (
            "unit_conversion",
            re.compile(
                rf"\d(?<![\d.,]\d)[\d,]*(?:\.\d+)?[ \t-]*{per}(?:{metric}){unit_end}[ \t]*[(（][ \t]*{about}"
                rf"(?P<g>{span}[ \t-]*{per}(?:{any_unit}){unit_end})[ \t]*[)）;,；、]"
                rf"|(?P<h>\d(?<![\d.,]\d){span[2:]}[ \t-]*{per}(?:{imperial}){unit_end})[ \t]*[(（][ \t]*"
                rf"{about}{span}[ \t-]*{per}(?:{read_metric}){unit_end}[ \t]*[)）;,；、]"
            ),
            re.compile(r"[(（][ \t]*(?:[A-Za-z.~約]{1,13}[ \t]*)?\d").search,
        ),
        ("vague_numeral", re.compile(rf"(?P<g>{word_alternation(r['idioms_ja'])})")),
        # 数百社, 何百社 (some hundreds, hundreds of); after a numeral (百数十件) 数 says "and
        # more": ja_numbers reads it. 一人ひとり (each one) counts no one
        (
            "vague_numeral",
            re.compile(
                r"(?:(?<![〇一二三四五六七八九十百千万\d])数|何)(?P<g>[十百千万億]+)"
                r"|(?P<h>一)人(?:ひとり|(?P<i>一)人)"
            ),
        ),
        # 一つの考え方, ひとつの: "one" as an article (a way of thinking), no count
        ("vague_numeral", re.compile(r"(?<![〇一二三四五六七八九十百千万\d])(?P<g>一)つの")),
        # `柱の一つ`, `その一つは`: one picked out of a set (one of them), no count
        ("listing", re.compile(r"(?:の|その)(?P<g>[一1１])つ(?![の\d〇一二三四五六七八九十])")),
        # `二つの目的により`, `三つの柱`: the text's own points, listed
        (
            "listing",
            re.compile(
                rf"(?<![〇一二三四五六七八九十百千万\d０-９])(?P<g>[一二三四五六七八九十2-9２-９])つの"
                rf"(?:{discourse_ja})"
            ),
        ),
        # `the two periods`, `these three stages`: the parts the text sets out, pointed at
        # (spelled_facts.py reads no count there; this names the reason)
        (
            "listing",
            re.compile(rf"\b(?i:the|these|those)\s+(?P<g>(?i:{spelled})|\d)\s+(?:{structure})s?\b"),
            words_gate(*facts["structure_nouns"]),
        ),
        # `the "Five Hot Startups" list`: a number word opening a quoted title, every word
        # capitalised, names the title and counts nothing
        (
            "quoted_title",
            re.compile(
                rf"[\"“](?P<g>(?=[A-Z])(?i:{spelled}))(?:[ \t]+[A-Z][\w'’&-]*){{1,6}}[,.]?[\"”]"
            ),
            re.compile(r"[\"“][A-Z]").search,
        ),
        # `two main reasons`, `Two types of ...`: the text's own points (spelled_facts.py)
        (
            "listing",
            re.compile(rf"\b(?P<g>(?i:{spelled}))\s+(?:\w+\s+)?(?i:{discourse})s?\b"),
            words_gate(*facts["discourse_nouns"], *(w.title() for w in facts["discourse_nouns"])),
        ),
    ]
    return [(t[0], t[1], t[2] if len(t) > 2 else None) for t in rules]  # type: ignore[misc]
