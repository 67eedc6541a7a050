"""What a Japanese rank ranks, read from GiNZA's parse: the thing ranked and where (本県の製造品
出荷額は全国第8位 -> 製造品出荷額の全国順位; 世界一の実験施設 -> 実験施設の世界順位), in the
dev corpus's convention of a measure that says 〜の順位."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_counts import topic_before
from pipelines.extracted.japanese.parse_words import dep, names_a_thing, phrase
from pipelines.extracted.parse_tree import covered

if TYPE_CHECKING:
    from spacy.tokens import Token

_RANK_WORDS = re.compile(r"[第位番目一二三四五六七八九十0-9０-９]")


def rank_of(head: Token, toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """The measure of a rank: what is ranked (the noun it is attached to by の, else the topic
    before it) and the field it is ranked in (全国, 世界: written with it or right before)."""
    doc = head.doc
    first = min(t.i for t in toks)
    field = _RANK_WORDS.sub("", "".join(t.text for t in toks))
    before = doc[first - 1] if first > 0 else None
    if not field and before is not None and _field_word(before, spans):
        field = before.text
    governor = head.head
    if dep(head) == "nmod" and governor.i > head.i and names_a_thing(governor, spans):
        ranked: Token | None = governor  # 世界一の実験施設
    else:
        ranked = topic_before(head, spans)
    what = phrase(ranked, spans) if ranked is not None else None
    by = _ranked_by(head, spans)  # つくば市が研究所数で県内1位: ranked by the number of institutes
    if by:
        what = f"{what}の{by}" if what else by
    if what and field and what.endswith(field):
        what = None
    name = f"{field}順位" if field else "順位"
    return f"{what}の{name}" if what else (name if field else None)


def _field_word(t: Token, spans: list[tuple[int, int]]) -> bool:
    """A noun written right before a rank that says where it ranks (全国8位, 県内第2位)."""
    return t.pos_ in ("NOUN", "PROPN") and not t.whitespace_ and not covered(t, spans)


def _ranked_by(head: Token, spans: list[tuple[int, int]]) -> str | None:
    """What a rank is ranked by: a noun marked で alone (not では, a frame) that is an argument of
    the predicate the rank is the complement of (研究所数で県内1位となる)."""
    verb = head.head  # 県内1位となる; 県内1位である: the rank is the predicate itself
    if verb.i != head.i and verb.pos_ != "VERB":
        return None
    for c in verb.children:
        cases = [k.text for k in c.children if dep(k) == "case"]
        argument = dep(c) in ("obl", "nmod")
        if c.i < head.i and argument and cases == ["で"] and names_a_thing(c, spans):
            return phrase(c, spans)
    return None
