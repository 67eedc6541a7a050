"""The noun a Japanese number is attached to by の, read from GiNZA's parse
(parse_measure.py asks this after the nouns compounded with the counter): 38の地域, 1兆円の予算,
67社の進出 (進出企業), 15m四方の台 (the side of a square), 約136haの開発 (the area developed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_acts import acted_by, as_before, listed
from pipelines.extracted.japanese.parse_clauses import clause_of, content_verb
from pipelines.extracted.japanese.parse_counts import marked
from pipelines.extracted.japanese.parse_words import (
    change_word,
    dep,
    is_counter,
    is_date,
    names_a_thing,
    of_after,
    phrase,
)
from pipelines.extracted.parse_tree import Reading

if TYPE_CHECKING:
    from spacy.tokens import Token

AREAS = ("ha", "km2", "m2")
_SQUARE = "四方"  # 15m四方: a square of that side


def attached_measure(counter: Token, unit: str, spans: list[tuple[int, int]]) -> Reading | None:
    """The noun `counter` is attached to by の and what it says of it, or None when the number
    hangs on no such noun."""
    governor = counter.head
    # by の only: 5億円、横展開タイプで… is a list, whatever head the parse gives the amount
    attached = dep(counter) == "nmod" and governor.pos_ in ("NOUN", "PROPN") and of_after(counter)
    if (
        attached
        and not is_counter(governor)
        and not change_word(governor)
        and not is_date(governor)
        and not governor.tag_.endswith("副詞可能")  # 120件のうち: no noun it measures
    ):
        what = phrase(governor, spans)
        what = listed(governor, what, spans) if what else what  # 40の大学、企業が: both
        what = acted_by(governor, counter, what) if what else what  # 67社の進出: 進出企業
        source = next((c for c in counter.lefts if dep(c) == "nmod" and marked(c, "から")
                       and names_a_thing(c, spans)), None)  # fmt: skip
        if source is not None and what:  # 首都圏から約60kmの距離: the distance from it
            what = f"{phrase(source, spans)}からの{what}"
        if counter.text == _SQUARE and what:  # 15m四方の台: a square 15 m a side
            return Reading(f"{what.removeprefix(_SQUARE + 'の')}の一辺の長さ")
        if unit == "percent" and what:  # 約3割の企業が…と回答した: the share of them who did
            said = clause_of(governor.head, governor, spans) if dep(governor) == "nsubj" else None
            return Reading(f"{said or ''}{what}の割合")
        acted = unit in AREAS and governor.tag_.endswith("サ変可能")
        what = f"{what}面積" if what and acted else what  # 約136haの開発: the area developed
        counted_as = as_before(counter, spans)  # 規模として約25兆円の目標: 規模の目標
        if what and counted_as is not None and unit not in ("count", "people", "percent"):
            return Reading(f"{phrase(counted_as, spans)}の{what}")
        verb = governor.head  # 120社の企業が入居している: the firms that are tenants
        if (
            what
            and not acted
            and dep(governor) in ("nsubj", "obj")
            and content_verb(verb, governor)
        ):
            said = clause_of(verb, governor, spans)
            return Reading(f"{said}{what}" if said and verb.text not in what else what)
        return Reading(what)
    return None
