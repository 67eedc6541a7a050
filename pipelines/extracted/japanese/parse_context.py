"""What a Japanese number measures where its own phrase does not say and the sentence around it
does: an item of a breakdown under a wider topic (受入研究費は、国が…), an item of a ranked list
under its heading (伸び率が大きい機関 1.山形大学 約52.7%増), a number inside a flat chain of
compounds that the parse hangs on the chain's last word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_words import (
    PER,
    change_word,
    dep,
    is_counter,
    is_date,
    names_a_thing,
    phrase,
)
from pipelines.extracted.parse_tree import covered

if TYPE_CHECKING:
    from spacy.tokens import Token

# a topic ending so names an amount a breakdown divides (受入研究費は、国が…): 〜費, 〜額, 〜数
_AMOUNT_ENDS = ("費", "額", "数", "率", "量", "高", "金", "人口")
_RANKED = ("大きい", "多い", "高い", "低い", "少ない", "小さい")  # 伸び率が大きい機関 1.…


def scope(part: Token, spans: list[tuple[int, int]]) -> str | None:
    """The amount a breakdown divides, when `part` is one of its items: an earlier topic in
    the sentence marked は and a comma (受入研究費は、独立行政法人等が…、国が…) naming an amount."""
    doc = part.doc
    for c in reversed(doc[: part.i]):
        if c.text == "。":
            break
        opens = c.i + 2 < len(doc) and doc[c.i + 1].text == "は" and doc[c.i + 2].text in "、,"
        if opens and names_a_thing(c, spans) and c.text.endswith(_AMOUNT_ENDS):
            return phrase(c, spans)
    return None


def ranked_by(toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """What a ranked list ranks by, for a number right after an item's name (伸び率が大きい機関
    1.山形大学 約52.7%増): the heading's subject, with the item (伸び率（山形大学）)."""
    doc = toks[0].doc
    first = min(t.i for t in toks)
    name: list[Token] = []
    k = first - 1
    while k >= 0 and doc[k].pos_ in ("NOUN", "PROPN") and not covered(doc[k], spans):
        name.insert(0, doc[k])
        k -= 1
    enumerated = k >= 1 and doc[k].text in (".", "．", ")", "）") and doc[k - 1].pos_ == "NUM"
    if not enumerated or not name or len(name) > 4:
        return None
    for t in reversed(doc[: k - 1]):
        if t.text == "。":
            break
        if t.pos_ == "ADJ" and t.lemma_ in _RANKED and dep(t) == "acl":
            by = next(
                (c for c in t.children if dep(c) == "nsubj" and names_a_thing(c, spans)), None
            )
            heading = phrase(by, spans) if by is not None else None
            item = "".join(x.text for x in name if not x.tag_.startswith("接頭辞"))
            return f"{heading}（{item}）" if heading and item else None
    return None


def chain_before(toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """In a flat chain of compounds (期間:一地域あたり上限二億円程度/三年間 マッチングファンド方式),
    where the parse hangs every word on the last: the nouns of the chain right before the number
    (地域あたり上限), not the chain's head."""
    doc = toks[0].doc
    chain = toks[0].head
    if chain.i <= toks[-1].i or any(dep(t) != "compound" or t.head.i != chain.i for t in toks):
        return None
    if change_word(chain) or is_counter(chain):
        return None
    k = toks[0].i - 1
    words: list[Token] = []
    while k >= 0:
        t = doc[k]
        if t.pos_ not in ("NOUN", "PROPN") or covered(t, spans) or is_date(t):
            break
        words.insert(0, t)
        k -= 1
    text = "".join(t.text for t in words if not t.tag_.startswith("接頭辞"))
    return text if text and text not in PER else None
