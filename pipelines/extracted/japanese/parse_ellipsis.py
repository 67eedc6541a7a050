"""What a Japanese number measures where the text leaves it unsaid because it was said just
before: a bare topic standing for the amount a topic before it in the sentence is one of
(大学の特許出願件数は…、収入は… -> 大学の特許収入), the items of an amount the sentence
before gave, listed after このうち (このうち、製造業は約20億円 -> 特許収入（製造業）), and the
amount a clause is framed by (件数では国立大等が… -> 国立大等の件数)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_words import dep, names_a_thing, phrase

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from pipelines.extracted.fact import Fact

# a topic ending so names an amount (研究費受入額, 実施件数, 人口)
AMOUNT_ENDS = ("費", "額", "数", "率", "量", "高", "金", "人口", "収入", "支出")
_OF_WHICH = ("うち", "内")  # このうち, そのうち, うち: items of what was said before
_POINTERS = ("この", "その")


def of_which(doc: Doc) -> bool:
    """Whether the sentence opens with このうち (そのうち, うち): what follows are items of an
    amount the sentence before gave."""
    words = [t for t in doc[:4] if dep(t) != "punct" and t.text.strip()]
    if words and words[0].text in _POINTERS:
        words = words[1:]
    return bool(words) and words[0].text in _OF_WHICH and words[0].pos_ == "NOUN"


def wholes(before: Sequence[Fact]) -> dict[str, str]:
    """The amounts (no changes) the sentence before measured, by unit: what a このうち item
    of the same unit is a part of."""
    out: dict[str, str] = {}
    for f in before:
        if f.measure and not f.direction and f.fact_type not in ("year", "rank", "rate"):
            out[f.unit] = f.measure
    return out


def elided(topic: Token, spans: list[tuple[int, int]]) -> str | None:
    """A bare topic naming an amount (収入は, 金額は) after a topic naming an amount in the same
    sentence (大学の特許出願件数は…、収入は…) is that amount's kind: the earlier topic's の-chain,
    and its compound up to the verbal noun its count or amount is of (大学の特許出願件数 ->
    大学の特許収入); without such a verbal noun only the の-chain (A社の売上高は…、利益は ->
    A社の利益)."""
    if any(dep(c) != "case" for c in topic.children) or not names_a_thing(topic, spans):
        return None
    if topic.pos_ != "NOUN" or not any(c.text in ("は", "も") for c in topic.children):
        return None
    if not topic.text.endswith(AMOUNT_ENDS):
        return None  # このうち、国立大は…: an item, not an amount
    earlier = _earlier_topic(topic, spans)
    if earlier is None:
        return None
    named = phrase(earlier, spans) or ""
    doc = earlier.doc
    verbal = earlier.i - 1
    if verbal >= 0 and doc[verbal].tag_.endswith("サ変可能") and dep(doc[verbal]) == "compound":
        cut = doc[verbal : earlier.i + 1].text
        prefix = named[: -len(cut)] if named.endswith(cut) else ""
    else:
        prefix = named[: named.rfind("の") + 1]
    if not prefix or prefix == named:
        return None
    return f"{prefix}{topic.text}"


def _earlier_topic(topic: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The nearest topic marked は before `topic` in its sentence, when it names an amount."""
    for c in reversed(topic.doc[: topic.i]):
        if c.text == "。":
            return None
        marked = any(k.text == "は" and dep(k) == "case" for k in c.children)
        if marked and names_a_thing(c, spans):
            return c if c.text.endswith(AMOUNT_ENDS) and c.text != topic.text else None
    return None


def framed(predicate: Token, spans: list[tuple[int, int]]) -> str | None:
    """An amount the predicate's clause is framed by with では (件数では国立大等が約25%減少した): the
    kind of amount its subject's number is, the subject named elsewhere. The frame opens the
    clause; the parse may hang it on the clause the predicate's leads to."""
    t = predicate
    for _ in range(3):
        for c in t.children:
            cases = [k.text for k in c.children if dep(k) == "case"]
            amount = c.text.endswith(AMOUNT_ENDS) and names_a_thing(c, spans)
            if c.i < predicate.i and cases[-2:] == ["で", "は"] and amount:
                return phrase(c, spans)
        if t.head.i == t.i:
            break
        t = t.head
    return None
