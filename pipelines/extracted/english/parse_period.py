"""Period by attachment in an English sentence: a year said inside a relative clause about
another noun (`the train, which was opened in 2005`, `the line that opened in 2005`) dates
that clause's event, not the number the sentence gives elsewhere (`is only 45 minutes`). The
sentence reader (sentence_context.py) dates a number by the years near it; the parse takes
that period back where every year that gave it hangs in such a clause, and from a distance,
an area or a travel time where every such year is said before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.parse_tree import ancestors_until, span_head, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pipelines.extracted.fact import Fact

_NUMBER_PARTS = ("nummod", "compound", "quantmod", "advmod")
# a distance, an area, a height or a travel time is a standing property of what it measures:
# a year said before it (`By 1980, ... moved to the 27 km2 site`) dates the event, not the
# property; one said after it (`grew to 154 km2 in 2005`) still dates it
_STANDING = frozenset({"km", "km2", "m2", "ha", "m", "minutes", "hours"})


def undate_clause_years(doc: Doc, offset: int, facts: list[Fact]) -> None:
    """Clear the period of each number of the sentence parsed as `doc` (starting at `offset`)
    whose period's years are all said inside a relative clause hanging on another noun."""
    for f in facts:
        if f.fact_type == "year" or f.unit == "year" or f.period_start is None:
            continue
        head = span_head(span_tokens(doc, f.start - offset, f.end - offset))
        if head is None:
            continue
        noun = ancestors_until(head, _NUMBER_PARTS)
        said = {f.period_start, f.period_end} - {None}
        years = [t for t in doc if len(t.text) == 4 and t.text.isdigit() and int(t.text) in said]
        if years and all(_in_a_clause_on_another_noun(y, noun) for y in years):
            f.period_start = f.period_end = None
        elif years and f.unit in _STANDING and all(y.i < head.i for y in years):
            f.period_start = f.period_end = None  # `By 1980, 43 labs moved to the 27 km2 site`


def _in_a_clause_on_another_noun(year: Token, noun: Token) -> bool:
    """Whether `year` lies in a relative clause whose noun is not `noun` and which does not
    hold `noun`."""
    for t in year.ancestors:
        if t.dep_ == "relcl":
            return t.head.i != noun.i and noun not in t.subtree
    return False
