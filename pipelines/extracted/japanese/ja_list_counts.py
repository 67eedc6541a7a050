"""A bare count on a list line of its own (`2. 2001年(18社)` under a heading such as 〜の推移)
counts what the document's last count in prose counted, when it has the same counter: the line
names nothing, and a list of dated counts follows the prose that said what (350社の企業が進出)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_acts import counted_by

if TYPE_CHECKING:
    from collections.abc import Iterable

    from pipelines.extracted.facts import Fact

# what a list line may hold besides its facts' quotes: its marker, a date, brackets, blanks
_LINE_REST = re.compile(r"^[\s\d.．、,，()（）・\-－:：年度月末日]*$")


def _bare_line(text: str, fact: Fact, facts: list[Fact]) -> bool:
    start = text.rfind("\n", 0, fact.start) + 1
    end = text.find("\n", fact.end)
    end = len(text) if end < 0 else end
    rest = text[start:end]
    for f in sorted(
        (f for f in facts if start <= f.start and f.end <= end), key=lambda f: -f.start
    ):
        rest = rest[: f.start - start] + rest[f.end - start :]
    return bool(_LINE_REST.match(rest))


def carry_listed_counts(text: str, facts: Iterable[Fact]) -> None:
    """Give each bare count on a list line of its own (its measure only its counter's noun,
    企業数) the measure of the document's last count said in prose, when it has the same counter
    (another count in between, of people or places, says the list is not of it)."""
    ordered = sorted(facts, key=lambda f: f.start)
    last: tuple[str, str] | None = None
    for f in ordered:
        quote = text[f.start : f.end].strip()
        if f.unit not in ("count", "people") or not quote or not f.measure:
            continue
        counter = quote[-1]
        noun = counted_by(quote)
        bare = noun is not None and f.measure in (f"{noun}数", f"{counter}数")
        if bare and last is not None and last[0] == counter and _bare_line(text, f, ordered):
            f.measure = last[1]
        elif not bare and not _bare_line(text, f, ordered):
            last = (counter, f.measure)
