"""The change a Japanese number states, read from GiNZA's parse (parse_measure.read_japanese): a
change word right after it (119件増, 52件(41%)増), and the number a percentage in brackets is the
rate of (119件(3%)増)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_words import change_word, is_counter

if TYPE_CHECKING:
    from spacy.tokens import Token


def change_after(counter: Token) -> str | None:
    """A change word right after the number, past a rate in brackets (119件増となった,
    52件(41%)増の, 3%減): the number is the change, whatever particle follows (増と is no
    level); a particle first (約35億円で…増加) makes it the level, but for の that joins it to
    the change noun it modifies (約9%の減少, 3億円の増加: the size of the change)."""
    doc = counter.doc
    k = counter.i + 1
    if k < len(doc) and doc[k].text in ("(", "（"):
        while k < len(doc) and doc[k].text not in (")", "）"):
            k += 1
        k += 1
    if k + 1 < len(doc) and doc[k].text == "の" and doc[k + 1].i == counter.head.i:
        k += 1
    return change_word(doc[k]) if k < len(doc) else None


def host_of_rate(counter: Token, toks: list[Token]) -> Token | None:
    """The number a percentage in brackets qualifies (119件(3%)増: 3% is the rate of the
    change of 119件): the counter it hangs on, when the brackets open right before it."""
    first = min(t.i for t in toks)
    before = counter.doc[first - 1] if first > 0 else None
    if before is None or before.text not in ("(", "（"):
        return None
    if not any(t.text in ("%", "％") for t in toks):
        return None
    host = counter.head if counter.i >= first else counter
    if host.i < first and is_counter(host):
        return host
    return None
