"""Starts a Japanese year dates that its verb says only by the words around it (parse_events):
a name given from a year on (2001年度から〜計画と名付けて: the named plan's start), and a verb
of setting out on something marked に (支援に乗り出したのは2012年: the support's start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_counts import marked
from pipelines.extracted.japanese.parse_words import dep, names_a_thing, phrase
from pipelines.extracted.parse_tree import covered

if TYPE_CHECKING:
    from spacy.tokens import Token

NAMING = ("名付ける", "名づける", "呼ぶ", "称する", "銘打つ")  # 〜と名付けた策: a name, no act
# verbs of setting out on what is marked に: they say the start of it, nothing of their own
_EMBARK = ("乗り出す", "踏み出す", "着手", "着手する")


def _marked_child(verb: Token, particle: str, spans: list[tuple[int, int]]) -> Token | None:
    return next(
        (c for c in verb.children
         if dep(c) == "obl" and names_a_thing(c, spans) and not covered(c, spans)
         and marked(c, particle)),
        None,
    )  # fmt: skip


def named_start(verb: Token, spans: list[tuple[int, int]]) -> str | None:
    """A year marked から on a naming verb (2001年度から〜計画と名付けて…): the start of what was
    named, the name marked と (〜計画の開始); who named it is no part of the event."""
    if verb.lemma_ not in NAMING:
        return None
    name = _marked_child(verb, "と", spans)
    said = phrase(name, spans) if name is not None else None
    return f"{said}の開始" if said else None


def embarked(verb: Token, spans: list[tuple[int, int]]) -> str | None:
    """A verb of setting out (支援に乗り出した, 整備に着手した): the start of what it sets out on,
    marked に (支援の開始), not the verb with its subject (福岡市の乗り出す)."""
    if verb.lemma_ not in _EMBARK:
        return None
    goal = _marked_child(verb, "に", spans)
    said = phrase(goal, spans) if goal is not None else None
    return f"{said}の開始" if said else None
