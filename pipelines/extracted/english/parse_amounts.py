"""What an English amount is of, where the parse hangs the word naming it elsewhere than on the
number (parse_measure.py asks these before climbing to a verb's subject):

- an amount of money followed by `in`/`of` and a bare noun (`JPY2 trillion in subsidies`,
  `$5 million of venture funding`, `3 billion yen (US$20 million) in sales`): the noun says what
  the money is, whichever word the parser hangs the phrase on (the verb, mostly);
- a number after an empty head's `of` (`a total of 810 highly original plans`), which the parser
  may take as the head's object while the counted noun after it becomes a subject of its own:
  the first noun after the number that its modifiers lead to;
- an amount in brackets right after a noun phrase (`public spending on R&D (3.2 trillion yen)`),
  which the parser sets beside the phrase's last noun: it restates the whole phrase;
- an amount a trailing `totaling` clause gives (`received 120 applications, totaling 3 billion
  yen`): the sum of the object before it;
and the words of the verbs: the noun naming the money a verb moves, whatever its tense, and
the object a verb changes by an amount.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.english.parse_phrase import lexicon
from pipelines.extracted.parse_tree import covered

if TYPE_CHECKING:
    from spacy.tokens import Token

_KIND_PREPS = ("in", "of")
_ASIDE = 12  # tokens a restatement in parentheses may take (`(US$156 billion)`)
_REACH = 8  # tokens from a number to the noun it counts, across its modifiers


def amount_kind(toks: list[Token], spans: list[tuple[int, int]]) -> Token | None:
    """The bare noun an amount of money is `in` or `of` (`JPY2 trillion in subsidies`): right
    after the amount (past a restatement of it in parentheses), hung on the amount or on the
    words the amount hangs on. A noun with a determiner, a number or a name (`in the region`,
    `in Kyushu`, `in 2020`) says where or when, not what, and gives nothing; so does an idiom."""
    doc = toks[0].doc
    i = toks[-1].i + 1
    if i < len(doc) and doc[i].text == ")":  # the restatement itself: `(US$156 billion) in`
        i += 1
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i : i + _ASIDE] if t.text == ")"), None)
        if close is None:
            return None
        i = close + 1
    if i >= len(doc) or doc[i].lower_ not in _KIND_PREPS or doc[i].dep_ != "prep":
        return None
    prep = doc[i]
    if prep.head.i not in {t.i for t in _hung_from(toks)}:
        return None
    inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if inner is None or inner.pos_ != "NOUN" or inner.like_num or covered(inner, spans):
        return None
    lex = lexicon()
    if inner.lower_ in lex["empty"] or inner.lower_ in lex["units"]:
        return None  # `in total`, `of yen`
    if any(c.dep_ in ("det", "poss", "nummod") or c.like_num for c in inner.lefts):
        return None
    # a plural, a modified noun or a gerund names a kind (`in subsidies`, `in added value`,
    # `in funding`); a bare singular is an idiom said of the clause (`in turn`, `in part`)
    kind = inner.tag_ == "NNS" or inner.lower_.endswith("ing")
    return inner if kind or any(c.dep_ in ("amod", "compound") for c in inner.lefts) else None


def _hung_from(toks: list[Token]) -> list[Token]:
    """The amount's tokens and the words above it, up to its clause's verb (a phrase after the
    amount hangs on the amount, the noun it restates or the verb taking it)."""
    out = list(toks)
    word = toks[-1]
    for _ in range(3):
        if word.head.i == word.i:
            break
        word = word.head
        out.append(word)
        if word.pos_ in ("VERB", "AUX"):
            break
    return out


def counted_after(number: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The noun a number counts when the parse leaves it the object of an empty head's `of`
    (`a total of 810 highly original, imaginative plans`): the first noun after the number that
    is not a compound's first part, reached only across adverbs, adjectives and commas."""
    doc = number.doc
    for t in doc[number.i + 1 : number.i + 1 + _REACH]:
        if covered(t, spans) or t.like_num:
            return None
        if t.pos_ in ("ADV", "ADJ") or t.text in (",", "-"):
            continue
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "compound":
            continue
        return t if t.pos_ in ("NOUN", "PROPN") else None
    return None


def bracketed_whole(noun: Token, toks: list[Token], spans: list[tuple[int, int]]) -> Token:
    """The head of the whole noun phrase a number in brackets right after `noun` restates: up
    from a noun that is the object of a preposition on another noun (`spending on R&D`,
    `the number of firms in Kyushu`), while the number opens with a bracket."""
    doc = noun.doc
    first = toks[0].i
    if first == 0 or doc[first - 1].text != "(":
        return noun
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        owner = noun.head.head
        if owner.pos_ not in ("NOUN", "PROPN") or covered(owner, spans) or owner.i == noun.i:
            break
        noun = owner
    return noun


def money_word(verb: Token) -> str | None:
    """The noun naming the money a verb moves, in any of its forms: `is investing`, `are
    allocating` name it as `invested`, `allocated` do (the lexicon lists the common forms)."""
    money = lexicon()["money"]
    assert isinstance(money, dict)
    name = money.get(verb.lower_) or money.get(verb.lemma_.lower())
    return str(name) if name else None


_SUMMING = ("total", "amount")


def summed_object(verb: Token, spans: list[tuple[int, int]]) -> Token | None:
    """What a trailing `totaling` clause sums: the object of the verb it is set after (`the city
    received 120 applications, totaling 3 billion yen` -> the applications), not that verb's
    subject."""
    main = verb.head
    if verb.lemma_.lower() not in _SUMMING or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    if main.i == verb.i or main.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in main.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or covered(obj, spans):
        return None
    return obj


def changed_object(verb: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The object a verb changes by an amount (`cut costs by 10%`), not a pronoun."""
    if verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or covered(obj, spans) or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    return obj
