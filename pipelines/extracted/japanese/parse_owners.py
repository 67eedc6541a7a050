"""Whose a Japanese number is, where a name stands in the place of its measure: a list of
organisations or places each with its number (件数は東京大学28件、京都大学23件; トップはA社の
227件で、2位がB社の154件) says one amount of each, named by the sentence's topic or frame
(件数は, 件数だと, 件数では), else by the amount before it in the list or in the sentence before
(…受入額は京都大学が最多で3億円。次いで、東京大学2億円). The name is the number's owner,
not what it measures (東京大学数 says nothing), and a rank said of it (2位が大阪大学の154件) ranks
that amount."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_ellipsis import AMOUNT_ENDS
from pipelines.extracted.japanese.parse_words import dep, is_qualifier, names_a_thing, phrase

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from pipelines.extracted.fact import Fact
    from pipelines.extracted.parse_tree import Reading

_NAME_TAG = "固有名詞"  # Sudachi's proper nouns: an organisation, a place, a person
_NOT_OWNED = ("rank", "percent", "ratio", "year")  # 東京大学の2位: its own reading
_RANK_CASES = ("が", "に", "は")  # 2位がB大学の154件
_FRAMES = (("は",), ("で", "は"), ("だ", "と"), ("と", "は"))  # 件数は, 件数では, 件数だと


def owner_of(counter: Token, toks: list[Token], spans: list[tuple[int, int]]) -> Token | None:
    """A proper name written right before the number, compounded with its counter or attached
    by の (東京大学28件, 東京大学の約227件): whose the number is."""
    k = min(t.i for t in toks) - 1
    doc = counter.doc
    while k >= 0 and (doc[k].tag_.startswith("接頭辞") or is_qualifier(doc[k])):
        k -= 1  # 約, 計
    if k >= 1 and doc[k].text == "の" and dep(doc[k]) == "case":
        k -= 1
    if k < 0:
        return None
    name = doc[k]
    if name.head.i != counter.i or dep(name) not in ("compound", "nmod"):
        return None
    return name if _NAME_TAG in name.tag_ and names_a_thing(name, spans) else None


def amount_said(counter: Token, spans: list[tuple[int, int]]) -> str | None:
    """The amount a list of owners' numbers is of: the nearest noun before the number in its
    sentence that names an amount (〜件数, 〜受入額) and is its topic or frame (は, では, だと)."""
    for c in reversed(counter.doc[: counter.i]):
        if c.text == "。":
            return None
        if not c.text.endswith(AMOUNT_ENDS) or not names_a_thing(c, spans):
            continue
        after = tuple(k.text for k in c.children if k.i > c.i and dep(k) in ("case", "cop", "mark"))
        if after in _FRAMES:
            return phrase(c, spans)
    return None


def owned(
    r: Reading, counter: Token, toks: list[Token], unit: str, spans: list[tuple[int, int]]
) -> bool:
    """Give a number with an owner's name before it that owner, and the amount its sentence
    names as its measure; whether it is left to the amounts before it (none named)."""
    if unit in _NOT_OWNED:
        return False
    owner = owner_of(counter, toks, spans)
    if owner is None:
        return False
    r.owner = phrase(owner, spans) or owner.text
    amount = amount_said(counter, spans) if not r.direction else None
    if amount and amount not in (r.measure or ""):  # 東山工業の売上高 already says it
        r.measure = amount
    return not amount and not r.direction


def owned_amounts(
    facts: list[Fact], readings: list[Reading], before: Sequence[Fact], unsaid: set[int]
) -> None:
    """An owner's number whose sentence names no amount (`unsaid`, by index) measures what the
    number of its unit before it in the list does, else the amount of its unit the sentence
    right before gave, that number's owner or item left out (京都大学の受入額, 受入額（京都大学）
    -> 受入額)."""
    for i, (f, r) in enumerate(zip(facts, readings, strict=True)):
        if i not in unsaid:
            continue
        mine = [
            (q.owner, q.measure)
            for k, (g, q) in enumerate(zip(facts[:i], readings[:i], strict=True))
            if g.unit == f.unit and k not in unsaid and not q.direction
        ]
        prior = [(g.owner, g.measure) for g in before if g.unit == f.unit and not g.direction]
        same = next(((o, m) for o, m in [*mine[::-1], *prior[::-1]] if m), None)
        if same is None:
            continue  # the name it was read with stays
        owner, measure = same
        measure = measure.removeprefix(f"{owner}の") if owner else measure
        if measure.endswith("）") and "（" in measure:  # 受入額（京都大学）: the item is the owner
            measure = measure[: measure.rindex("（")]
        r.measure = measure
        unsaid.discard(i)


def ranked_owners(facts: list[Fact], readings: list[Reading], text: str, offset: int) -> None:
    """A rank said of an owner's number right after it (2位がB大学の154件, 3位にC社の5億円):
    the rank of what that number measures (実施件数の順位), not of the sentence's topic
    (トップは…)."""
    for i in range(len(facts) - 1):
        f, after, r = facts[i], facts[i + 1], readings[i + 1]
        if f.unit != "rank" or r.owner is None or not r.measure or after.unit in _NOT_OWNED:
            continue
        between = text[f.end - offset : after.start - offset].strip()
        if between[:1] in _RANK_CASES and between[1:].strip().removesuffix("の") == r.owner:
            readings[i].measure = f"{r.measure}の順位"
