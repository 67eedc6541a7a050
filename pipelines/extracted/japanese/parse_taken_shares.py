"""A percentage a subject takes of a whole, as its verb (占める), its predicate (約4割が緑地と
なっている), a うち or a verbal noun (6割が整備されている) says: the share's name, with the
whole it is of. Kept apart from parse_counts.py, which names what a number counts, so that
module stays within the size limit; parse_shares.py names shares no verb says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_counts import AMOUNTS, marked, topic_before
from pipelines.extracted.japanese.parse_words import dep, names_a_thing, phrase
from pipelines.extracted.parse_tree import covered

if TYPE_CHECKING:
    from spacy.tokens import Token


def share(counter: Token, spans: list[tuple[int, int]], outer: str | None = None) -> str | None:
    """A percentage a subject takes of a whole (製造業が県全体の約3割を占める): the subject's
    share, in the whole its の names (県全体に占める製造業の割合), else the amount a そのうち
    refers to: the topic before it, or `outer`, the sentence before's (このうち)."""
    verb = counter.head
    if dep(counter) != "obj" or verb.lemma_ != "占める":
        return share_as(counter, spans, outer)
    subject = next(
        (c for c in verb.children if dep(c) == "nsubj" and names_a_thing(c, spans)), None
    ) or topic_before(counter, spans)
    if subject is None:
        return None
    whole = next((c for c in counter.lefts if dep(c) == "nmod" and names_a_thing(c, spans)), None)
    what = f"{phrase(subject, spans)}の割合"
    if whole is None and any(c.text in ("うち", "内") for c in verb.children):
        whole = _amount_topic(counter, spans)  # 人口は…、そのうち65歳以上が約35%を占める
    if whole is None:  # このうち15歳未満が…を占める: of the amount the sentence before gave
        return f"{outer}に占める{what}" if outer else what
    return f"{phrase(whole, spans)}に占める{what}"


def share_as(counter: Token, spans: list[tuple[int, int]], outer: str | None) -> str | None:
    """A share that is the subject of a noun predicate (うち約6割が40歳未満である, 約4割が緑地と
    なっている): the share of what that noun says in the topic before it (新規就農者に占める
    40歳未満の割合), else in `outer`, the amount of the sentence before."""
    pred = counter.head
    if dep(counter) != "nsubj" or pred.i < counter.i:
        return None
    noun: Token | None = None
    if pred.pos_ in ("NOUN", "PROPN") and any(dep(c) == "cop" for c in pred.children):
        noun = pred  # 40歳未満である
    elif pred.pos_ == "VERB" and pred.lemma_ in ("なる", "成る"):  # 緑地となっている
        noun = next(
            (c for c in pred.children
             if dep(c) == "obl" and c.i > counter.i and (marked(c, "と") or marked(c, "に"))),
            None,
        )  # fmt: skip
    if noun is None or covered(noun, spans):
        return None
    said = counter.doc[max(t.i for t in counter.subtree) + 1 : noun.i + 1]  # after its が
    what = "".join(t.text for t in said if dep(t) != "punct").lstrip("がは")
    if not what:
        return None
    of = next(
        (c for c in counter.lefts
         if dep(c) == "nmod" and marked(c, "の") and names_a_thing(c, spans)),
        None,
    )  # fmt: skip
    topic = of or topic_before(counter, spans)  # 参加者の約3割が女性: of the participants
    whole = phrase(topic, spans) if topic is not None else outer
    return f"{whole}に占める{what}の割合" if whole else f"{what}の割合"


def _amount_topic(counter: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The topic marked は before the number in its sentence, when it names an amount (人口)."""
    for c in reversed(counter.doc[: counter.i]):
        marked = any(dep(k) == "case" and k.text == "は" for k in c.children)
        if marked and names_a_thing(c, spans) and c.text.endswith(AMOUNTS):
            return c
    return None


def share_of_which(
    chain: list[Token], spans: list[tuple[int, int]], clause: str | None
) -> str | None:
    """A share of the things a うち names (移転した工場のうち七割程度は…立地しております): the share
    of them its clause says something of; `chain` is the number's counter and the nouns it
    hangs on up to its predicate."""
    which = next((c for t in chain for c in t.lefts if c.text in ("うち", "内")), None)
    whole = next((c for c in which.children if dep(c) == "nmod"), None) if which else None
    if whole is None or not names_a_thing(whole, spans):
        return None
    said = f"{clause}割合" if clause else "の割合"  # 企業のうち…と答えた割合
    return f"{phrase(whole, spans)}のうち{said}" if clause else f"{phrase(whole, spans)}{said}"


def rate_of(counter: Token, spans: list[tuple[int, int]]) -> str | None:
    """A percentage that is the subject of a verbal noun (地区の6割が整備されている): the rate of
    that action over what its の names (地区の整備率)."""
    verb = counter.head
    if dep(counter) != "nsubj" or verb.pos_ != "VERB" or not verb.tag_.endswith("サ変可能"):
        return None
    owner = next((c for c in counter.lefts if dep(c) == "nmod" and names_a_thing(c, spans)), None)
    whole = phrase(owner, spans) if owner is not None else None
    return f"{whole}の{verb.text}率" if whole else f"{verb.text}率"
