"""The date a page says it was published (a news article's dateline `(Nikkei: January 20, 2015
– p. 4)`, a line of its own `June 27, 2022` near the top, `Published in April, 2020`, else the
date in its address, `/news/2018/04/15/`): what it
says of the present is said as of that year. A number whose sentence gives it no year takes
it where the sentence says so: `currently`, `now`, a day named without its year (`on Jan. 22`),
or a verb of news in the present perfect (`have been submitted`). A duration is of no year.
"""

from __future__ import annotations

import re

from pipelines.extracted.fact import DURATION_UNITS
from pipelines.extracted.numbers.number_scan import MONTHS

_OPENING = 600  # characters in which a page gives its date on a line of its own
# a full date: `June 27, 2022`, `2015-01-20`, `31/July/2014` (a table cell of one too: table_facts.py)
FULL_DATE = (
    rf"(?:(?:{MONTHS})\.?[ \t]+\d{{1,2}},?[ \t]+(?P<a>(?:19|20)\d\d)"
    rf"|(?P<b>(?:19|20)\d\d)-[01]\d-[0-3]\d"
    rf"|\d{{1,2}}[ /.-](?:{MONTHS})[ /.-](?P<c>(?:19|20)\d\d))"
)
# a line that is a date and little else: `June 27, 2022`, `• 2015-01-20 15:00:00`,
# `(Nikkei: January 20, 2015 – p. 4)`, `Date of Issue: 31/July/2014`; not a date in brackets
# alone (`(April 1, 2021)`: what an infobox's figures are as of)
_DATELINE = re.compile(
    rf"^[ \t•*]*(?:\(?[A-Z][\w .’']{{0,24}}:[ \t]*)?{FULL_DATE}[^\n]{{0,20}}$", re.MULTILINE
)
_PUBLISHED = re.compile(
    rf"\b(?:Published|Posted|Issued)(?:[ \t]+(?:in|on))?:?[ \t]+(?:{FULL_DATE}"
    rf"|(?:{MONTHS}),?[ \t]+(?P<d>(?:19|20)\d\d)\b)"
)
_NOW = re.compile(r"\b(?:currently|now|today|at present|presently)\b", re.IGNORECASE)
_DAY_NO_YEAR = re.compile(
    rf"\b(?:on|by|from|until)[ \t]+(?:{MONTHS})\.?[ \t]+\d{{1,2}}\b(?!,?[ \t]*\d)"
)
# (not `will` alone: `the park will cover 340 ha` is what it will be, not the page date's state)
_NEWS_VERB = re.compile(r"\bha(?:s|ve)[ \t]+been[ \t]+\w+ed\b")


# the date in a news page's address: `/2018/04/15/`, `/2019/12/`, `/a20250910PD208/`
_ADDRESS_DATE = re.compile(
    r"/(?P<a>(?:19|20)\d\d)/(?:0[1-9]|1[0-2])/"
    r"|(?<![\d])(?P<b>(?:19|20)\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
)
_ADDRESS = re.compile(r"https?://\S+")


def page_address(text: str) -> str | None:
    """The address a saved web page opens with, if it opens with one."""
    first = _ADDRESS.match(text.lstrip()[:2048])
    return first.group(0) if first else None


def published_year(text: str, address: str | None = None) -> int | None:
    """The year of the date the page says it was published, if it says one, else the year in
    its address (`address`, or one the page opens with: a saved web page's first line)."""
    said = _PUBLISHED.search(text) or _DATELINE.search(text, 0, min(len(text), _OPENING))
    if said is not None:
        return int(next(y for y in said.groups() if y))
    address = address or page_address(text)
    dated = _ADDRESS_DATE.search(address.split("?")[0]) if address else None
    return int(next(y for y in dated.groups() if y)) if dated else None


def said_as_of_publication(sentence: str, unit: str) -> bool:
    """Whether a number of `unit` in `sentence`, which gives it no year, is said as of the
    page's date."""
    if unit in DURATION_UNITS:
        return False
    return any(p.search(sentence) for p in (_NOW, _DAY_NO_YEAR, _NEWS_VERB))
