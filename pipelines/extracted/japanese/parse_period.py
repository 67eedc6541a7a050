"""Period by attachment in a Japanese sentence: a year said inside a clause that modifies
another noun (本年度の予算は、昭和六十年に設けた制度の分も含め約十八億円; 1985年の出荷額は、1962年に
開通した鉄道の効果もあって約3,200億円) dates that clause's event, not the number the sentence
gives elsewhere. The rules (ja_facts.py) date a number by the year written last before it; the
parse gives it instead the nearer year before it that hangs on no such clause. Where every year
before it does, the period stays when that noun belongs to the number's own clause (平成4年に
設立されたセンターでは…800件: dated by the centre's founding), and is left empty when it belongs
to another (…2001年度から〜と名付けた政策に取り組み、19プロジェクトを展開し: no year attaches).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.ja_facts import dating_marks
from pipelines.extracted.japanese.parse_words import dep
from pipelines.extracted.parse_tree import span_head, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pipelines.extracted.fact import Fact
    from pipelines.extracted.japanese.ja_periods import YearMark

# relations that end a year's own clause without making it a modifier of a noun
_CLAUSE_ENDS = ("ROOT", "advcl", "ccomp", "csubj", "parataxis", "conj")


def redate_clause_years(doc: Doc, offset: int, facts: list[Fact], masked: str,
                        marks: list[YearMark]) -> None:  # fmt: skip
    """Give each number of the sentence parsed as `doc` (starting at `offset`) the period of
    the last year before it outside a clause on another noun, where the year that dated it
    (the last before it, `marks`: the sentence's years) lies in such a clause."""
    for f in facts:
        if f.fact_type == "year" or f.unit == "year" or f.period_start is None:
            continue
        before = dating_marks(marks, f.start, masked)
        if not before or _period(before[-1]) != (f.period_start, f.period_end):
            continue  # dated by a bracket after it or by its line: not by the year before
        number = span_head(span_tokens(doc, f.start - offset, f.end - offset))
        clause = _clause_on_another_noun(doc, offset, before[-1], number) if number else None
        if number is None or clause is None:
            continue
        free = [m for m in before[:-1] if _clause_on_another_noun(doc, offset, m, number) is None]
        if free:
            f.period_start, f.period_end = _period(free[-1])
        elif _predicate(clause.head).i != _predicate(number).i:
            f.period_start = f.period_end = None  # no year attaches: none rather than a guess


def _period(mark: YearMark) -> tuple[int, int]:
    return mark.first, mark.last if mark.last is not None else mark.first


def _clause_on_another_noun(doc: Doc, offset: int, mark: YearMark, number: Token) -> Token | None:
    """The clause modifying a noun (acl) the year lies in, where that noun neither is nor holds
    the number; else None."""
    year = span_head(span_tokens(doc, mark.start - offset, mark.end - offset))
    if year is None:
        return None
    for t in year.ancestors:
        if dep(t) == "acl":
            return t if t.head.i != number.i and number not in t.subtree else None
        if dep(t) in _CLAUSE_ENDS:
            return None
    return None


def _predicate(t: Token) -> Token:
    """The predicate whose clause `t` is part of: itself or the first verb, adjective or clause
    head above it."""
    for x in (t, *t.ancestors):
        if x.pos_ in ("VERB", "ADJ") or dep(x) in (*_CLAUSE_ENDS, "acl"):
            return x
    return t
