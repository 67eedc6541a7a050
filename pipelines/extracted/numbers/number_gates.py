"""Which patterns of numbers that are not facts can match a span at all, judged by the
characters around its runs of digits (a "gate"): most spans have no `(3)`, no `WP3`, no
`1.2.3`, no citation, so those patterns need not scan them. Every test here is one the
pattern's match must pass; tests/unit/extracted/numbers/test_properties.py holds each gate to its regex."""

from __future__ import annotations

import re

from pipelines.extracted.numbers.number_scan import patterns
from pipelines.extracted.rules import IGNORECASE_EXTRA, load_rules

# Numbers that are not facts, one regex each so that each starts with its first character (a
# digit, `(`, `+`) and the regex engine skips ahead to it; the lookbehinds that stand for `\b`
# come after that character.
SKIP_DIGITS = [
    re.compile(r"(?:1[89]|20)(?<!\w\d\d)\d0['’]?s\b"),  # the 1990s
    re.compile(r"\(\d{1,2}\)|\d(?<![\w\-–]\d)\d?\)"),  # (3), 3); not the end of (2001-6)
    re.compile(r"\+\d{1,4}(?:[-.]\d{1,4}){2,4}\b"),  # +81-3-1234-5678
    re.compile(r"\d(?<!\w\d)\d{0,3}(?:[-.]\d{1,4}){2,4}\b"),  # 03-1234-5678, 1.2.3
    # WP3, H2020; not the power of an area or volume (120 km2, 30 m3), whatever follows it but
    # a Latin letter or digit (`150 km2である`: Japanese is no part of a code)
    re.compile(r"\d(?<=[A-Za-z]\d)(?!(?<=m[23])(?![A-Za-z0-9]))\d*[A-Za-z\d]*"),
]


_NUMBERING_REACH = 24  # characters before a number to look back for `Table`, `p.`


_LONGEST_NUMBERING = max(len(w) for w in load_rules("facts")["numbering_words"])


def _case_blind_endings(words: list[str], n: int) -> frozenset[str]:
    """The last `n` characters of the words, in every case a case-blind regex matches them in."""

    def cases(c: str) -> set[str]:
        return {c, c.lower(), c.upper(), *IGNORECASE_EXTRA.get(c.lower(), "")}

    out: set[str] = set()
    for word in words:
        endings = {""}
        for c in reversed(word[-n:]):
            endings = {variant + e for variant in cases(c) for e in endings}
        out |= endings
    return frozenset(out)


# the last two characters of a numbering word (`le` of `Table`, `p.` of `pp.`), in any case
_NUMBERING_ENDS = _case_blind_endings(load_rules("facts")["numbering_words"], 2)


def may_hold_a_citation(
    masked: str, start: int, end: int, span: str, runs: list[tuple[int, int]]
) -> bool:
    """Whether `citation` can match here: `et al.`, or a year inside parentheses that ends a
    reference, `(Smith, 2001)`, `(Smith and Jones 2001a; ...)`, `Smith (2001)`: after a blank or
    `(`, before `,` `;` or `)` (a letter may come between)."""
    if "et al" in span:
        return True
    for a, b in runs:
        if b - a != 4 or masked[a : a + 2] not in ("18", "19", "20"):
            continue
        after = masked[b : b + 2]
        if after[:1].isascii() and after[:1].islower():
            after = after[1:]
        if not after[:1] or after[0] not in ",;)":
            continue
        before = masked[a - 1 : a] if a > start else ""
        if before == "(" or (before.isspace() and "(" in masked[start:a] and ")" in masked[b:end]):
            return True
    return False


def skips_to_try(
    masked: str, start: int, span: str, runs: list[tuple[int, int]]
) -> list[re.Pattern[str]]:
    """The patterns of numbers that are not facts that can match in this span at all, judged by
    the characters around its runs of digits: most spans have no `(3)`, no `WP3`, no `1.2.3`, so
    those patterns need not scan them. Every test here is one the pattern's match must pass."""
    p = patterns()
    decades, paren, plus, dotted, letter_digit = SKIP_DIGITS
    out = []
    if "0s" in span or "0'" in span or "0’" in span:
        out.append(decades)
    closing = [b for a, b in runs if b - a <= 2 and masked[b : b + 1] == ")"]
    if closing:
        out.append(paren)
    linked = [  # a run of digits joined to the next by one `-` or `.`
        i
        for i in range(len(runs) - 1)
        if runs[i + 1][0] == runs[i][1] + 1 and masked[runs[i][1]] in "-."
    ]
    if any(i + 1 in linked for i in linked):
        out.append(dotted)
        if "+" in span:
            out.append(plus)
    if any(masked[runs[i][1]] == "." for i in linked):
        out.append(p["skip_version"])
    if any(a > 0 and masked[a - 1].isascii() and masked[a - 1].isalpha() for a, _ in runs):
        out.append(letter_digit)
    for a, _ in runs:
        before = masked[max(start, a - _NUMBERING_REACH) : a]
        words = before.rstrip()
        if len(before) - len(words) > _NUMBERING_REACH - _LONGEST_NUMBERING or (
            words[-2:] in _NUMBERING_ENDS and p["numbering_reversed"].match(before[::-1])
        ):
            out.append(p["skip"])  # a word, or so many blanks that a word may lie beyond them
            break
    return out
