"""Years among the runs of digits of an English span: a year a run ends with, the words that
tie it to a number (`in`, `FY`, `as of the end of`) read backwards from it, spans of years,
and years that are part of a name (`Horizon 2020`)."""

from __future__ import annotations

import re

from pipelines.extracted.numbers.number_scan import MONTHS, patterns
from pipelines.extracted.rules import load_rules

_YEARS_JOINED = re.compile(
    rf"\s*(?:\([^()\d]{{1,80}}\)\s*)?(?:to|–|—|-|and|~|through(?:\s+to)?)\s*"
    rf"(?:(?:{MONTHS})\s+|FY\s?)?"
)


def may_hold_a_span_of_years(masked: str, runs: list[tuple[int, int]]) -> bool:
    """Whether `period_range` can match here: a span of years (`1990 to 2005`, `2007-08`) is a
    run of four digits that starts a year, joined by `to`, a dash or `and` (after an aside in
    parentheses, perhaps) to a run of one, two or four digits (`2008–9`)."""
    return any(
        b - a == 4
        and masked[a : a + 2] in ("18", "19", "20")
        and runs[i + 1][1] - runs[i + 1][0] in (1, 2, 4)
        and _YEARS_JOINED.fullmatch(masked, b, runs[i + 1][0])
        for i, (a, b) in enumerate(runs[:-1])
    )


_NOT_A_NAME = frozenset(
    load_rules("facts")["months"]
    + ["In", "From", "Since", "By", "Until", "During", "After", "Before"]
    + ["FY"]  # `FY 2006`: the fiscal year's mark, no name (`Horizon 2020`)
    # a determiner opening a sentence is no name (`The 2015 survey`, `Its 2012 budget`)
    + ["The", "This", "That", "These", "Those", "Its", "Their", "Our", "Each", "Every", "An"]
)


# an infobox's label glued to the month of its date (`OpenedOctober`, `FoundedMay`)
_GLUED_MONTH = re.compile(rf"[a-z](?:{MONTHS})$")


def name_before(masked: str, lo: int, at: int) -> bool:
    """Whether a capitalised word and a blank end at `at` (`Horizon 2020`), the word starting
    at or after `lo` after a blank (or the text's start), and not a month or `In`, `Since`...:
    what `name_before` finds, read from the end. A year opening its line (a chronology's
    `Cabinet\n1970 Act enacted`) is no part of the word ending the line before."""
    if at >= 1 and masked[at - 1] == "\n":
        return False
    for blank in [at - 1]:  # the blank before `at`
        if blank < lo or not masked[blank].isspace():
            continue
        first = blank
        while first > lo and masked[first - 1].isascii() and masked[first - 1].isalpha():
            first -= 1
        word = masked[first:blank]
        if (
            len(word) >= 2
            and "A" <= word[0] <= "Z"
            and ((first > lo and masked[first - 1].isspace()) or first == 0)
            and word not in _NOT_A_NAME
            and not _GLUED_MONTH.search(word)  # `OpenedOctober 1994`: an infobox's date
        ):
            return True
    return False


def years_in_runs(masked: str, end: int, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    r"""(start, year) of what `(?:1[89]\d\d|20\d\d)\b` finds before `end` in these runs of
    digits: a year ends where its run ends (`\b`), so it is a run's last four digits."""
    out = []
    for a, b in runs:
        if (
            b - a >= 4
            and masked[b - 4 : b - 2] in ("18", "19", "20")
            and (b == end or not (masked[b].isalnum() or masked[b] == "_"))
        ):
            out.append((b - 4, int(masked[b - 4 : b])))
    return out


def period_lead(masked: str, lo: int, at: int) -> str | None:
    """The words that tie the year at `at` to a number (`in`, `FY`, `as of the end of March`),
    starting at or after `lo`; None when there are none."""
    backwards = masked[max(0, lo - 1) : at][::-1]  # one character more, for `\b`
    lead = patterns()["period_lead_reversed"].match(backwards)
    if lead is None:
        return None
    if lead.end() > at - lo:  # ran past `lo`: let the forward search decide
        found = patterns()["period_lead"].search(masked, lo, at)
        return found.group(0) if found else None
    return backwards[: lead.end()][::-1]


# a month glued by its comma to the year (`by March,1980`, as pages typed in haste have it)
_GLUED_YEAR = re.compile(rf"\b(?:{MONTHS}),(?=(?:19|20)\d\d(?![\d,]))")


def unglue_years(masked: str) -> str:
    """Same length; the comma between a month and its year a blank, so the year is read as
    one (a comma glued before digits otherwise continues a number written with commas)."""
    if "," not in masked:
        return masked
    return _GLUED_YEAR.sub(lambda m: m.group(0)[:-1] + " ", masked)


def opened_period(
    lead: str | None, year: int, masked: str, pos: int, at: int
) -> tuple[int | None, int | None]:
    """The period a year at `at` gives the number at `pos`: the year alone; from it on, when it
    opens a span (`lead` `from`, `since`); none for a `since` year set apart from the number
    by a comma, a semicolon or a bracket (`a hub since 2012, rents 30% lower`, `fourth (since
    2021)`): a state since a year holds now, and says nothing of when that figure was."""
    if lead is None:
        return year, year
    between = masked[min(pos, at) : max(pos, at)]
    apart = "," in between or ";" in between or between.count("(") != between.count(")")
    return (None, None) if lead == "since" and apart else (year, None)
