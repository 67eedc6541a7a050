"""What brackets next to a Japanese number say it measures: an amount named in brackets right
after it (12,000人（夜間人口）), a label opening brackets after a noun, whose it is
(経済産業局(担当職員約500名): the bureau's staff), and a span of years in brackets after a name,
the term of what it names (第2期計画(平成19年~28年))."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_ellipsis import AMOUNT_ENDS
from pipelines.extracted.japanese.parse_words import is_qualifier, names_a_thing, phrase
from pipelines.extracted.parse_tree import covered

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_OPENS, _CLOSES = ("(", "（"), (")", "）")


def named_after(toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """An amount named in brackets right after the number (12,000人（昼間人口）, 約40億円（総事業費）):
    the nouns inside, when they name an amount; a date or a note (（予定）, （2020年現在）) is none."""
    doc = toks[0].doc
    k = max(t.i for t in toks) + 1
    if k >= len(doc) or doc[k].text not in ("(", "（"):
        return None
    words: list[Token] = []
    k += 1
    while k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN") and names_a_thing(doc[k], spans):
        words.append(doc[k])
        k += 1
    if not words or k >= len(doc) or doc[k].text not in (")", "）"):
        return None
    text = "".join(t.text for t in words)
    return text if text.endswith(AMOUNT_ENDS) else None


def aside_of(toks: list[Token], what: str, spans: list[tuple[int, int]]) -> str:
    """A number written with its label in brackets right after a noun (経済産業局(担当職員約500名),
    A社(従業員120名)): the label of that noun's (経済産業局の担当職員); the label must open the
    brackets and be what the number was read to measure."""
    doc = toks[0].doc
    k = min(t.i for t in toks) - 1
    while k >= 0 and (doc[k].tag_.startswith("接頭辞") or is_qualifier(doc[k])):
        k -= 1
    label = ""
    while k >= 0 and doc[k].pos_ in ("NOUN", "PROPN") and not covered(doc[k], spans):
        label = doc[k].text + label
        k -= 1
    if not label or not what.startswith(label) or k < 1 or doc[k].text not in ("(", "（"):
        return what
    noun = doc[k - 1]
    whose = phrase(noun, spans) if names_a_thing(noun, spans) and not noun.whitespace_ else None
    return f"{whose}の{what}" if whose else what


def term_of(doc: Doc, start: int, end: int, spans: list[tuple[int, int]]) -> str | None:
    """A span of years (characters `start` to `end` of `doc`) alone in brackets right after a
    name (第2期計画(平成19年~28年), 基本計画（2011～2015年度）): the term that name runs, its
    period; with a word inside the brackets too, or none before them, no term."""
    inside = [t for t in doc if start <= t.idx < end]
    if not inside:
        return None
    a, b = inside[0].i - 1, inside[-1].i + 1
    if a < 1 or b >= len(doc) or doc[a].text not in _OPENS or doc[b].text not in _CLOSES:
        return None
    noun = doc[a - 1]
    if noun.whitespace_ or noun.pos_ not in ("NOUN", "PROPN") or not names_a_thing(noun, spans):
        return None
    name = phrase(noun, spans)
    return f"{name}の期間" if name else None
