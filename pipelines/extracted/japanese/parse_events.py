"""The event a Japanese year dates, read from GiNZA's parse (parse_measure.read_japanese): the
predicate it hangs on, as a noun with its object or topic (構想を発表 -> 構想の発表), the noun it
dates with の (2005年の合併 -> 合併), what a meeting it dates decided (9月の閣議で決定 -> 決定
（閣議）), the act a light verb carries (建設が行なわれている -> 建設), a start marked から."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_context import chronology_event
from pipelines.extracted.japanese.parse_counts import topic_before
from pipelines.extracted.japanese.parse_words import (
    act,
    beyond,
    date_part,
    dep,
    is_date,
    names_a_thing,
    phrase,
)
from pipelines.extracted.parse_tree import covered
from pipelines.extracted.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs that only carry an act (行 is 行なつ, the old spelling of 行なっ, as the parse splits it)
_LIGHT = ("行う", "行なう", "おこなう", "行", "進める", "進む", "図る", "受ける", "得る")


def event_of(head: Token, spans: list[tuple[int, int]]) -> str | None:
    """The event a year dates: the predicate it hangs on, as a noun with its object or topic
    (構想を発表 -> 構想の発表), or the noun it dates with の (2005年の合併 -> 合併)."""
    listed = chronology_event(head, spans)
    if listed:
        return listed
    year = head
    for _ in range(4):  # 昭和38年9月の: climb over the date's own words
        if year.head.i == year.i:
            return None
        if date_part(year) and (is_date(year.head) or year.head.pos_ == "NUM"):
            year = year.head
            continue
        break
    event = year.head
    start = _from_year(year)
    while _carrying(event):  # 45年度からひきつづいて…建設を行なっている: the building
        event = event.head
    if _marked(year, "から") or _marked(year, "に"):
        # 46年度から新大学の施設の建設が…: a year marked から or に modifies no noun; the parse
        # hanging it on one, it dates the predicate that noun leads to
        while dep(event) in ("nmod", "compound", "dep") and event.head.i != event.i:
            event = event.head
    nominal = event.pos_ in ("NOUN", "PROPN") and not event.tag_.startswith("接尾辞")
    if dep(year) == "nmod" and nominal and not event.tag_.endswith("サ変可能"):
        if event.text in load_rules("japanese")["meetings"] and _marked(event, "で"):
            decided = _event_named(event.head, spans)  # 9月の閣議で決定: what it decided
            if decided and event.head.pos_ == "VERB":
                return f"{decided}（{phrase(event, spans)}）"
        return phrase(event, spans)
    named = _event_named(event, spans)
    return f"{named}開始" if named and start and not named.endswith("開始") else named


def _carrying(verb: Token) -> bool:
    """A verb that only carries the clause on to the next (ひき+つづいて, …ており): an auxiliary
    verb, or the first half of a compound verb ending in one, in an adverbial clause."""
    if dep(verb) != "advcl" or verb.pos_ != "VERB" or verb.head.i == verb.i:
        return False
    second = verb.head.i == verb.i + 1 and verb.head.tag_.endswith("非自立可能")
    return verb.tag_.endswith("非自立可能") or second


def _marked(t: Token, particle: str) -> bool:
    return any(dep(c) == "case" and c.text == particle for c in t.children)


def _from_year(year: Token) -> bool:
    """A year marked から with no end after it (昭和45年度から…建設中): it dates a start."""
    doc = year.doc
    k = year.i + 1
    if k >= len(doc) or doc[k].text != "から":
        return False
    # 昭和45年度から50年度まで: a span; から筑波…: a start (a place name is no date)
    return k + 1 >= len(doc) or not (doc[k + 1].pos_ == "NUM" or is_date(doc[k + 1]))


def _event_named(event: Token, spans: list[tuple[int, int]]) -> str | None:
    """The predicate a year hangs on, named as a noun with its object or topic (構想を発表 ->
    構想の発表); a suffix (建設中) is named by the verbal noun before it (建設)."""
    done = next(
        (c for c in event.children
         if dep(c) in ("nsubj", "obj") and c.tag_.endswith("サ変可能") and not covered(c, spans)),
        None,
    )  # fmt: skip
    if event.lemma_ in _LIGHT and done is not None:
        return phrase(done, spans)  # 施設の建設が行なわれている: the building
    if event.tag_.startswith("接尾辞"):
        verbal = next((c for c in event.lefts if dep(c) == "compound" and c.pos_ == "NOUN"), None)
        label = verbal.text if verbal is not None else None
    else:
        label = phrase(event, spans) if event.tag_.startswith("名詞") else event.lemma_
    what = next(
        (c for c in event.children if dep(c) == "obj" and not covered(c, spans)), None
    ) or next(
        (c for c in event.children
         if dep(c) == "nsubj" and not covered(c, spans) and not is_date(c)),
        None,
    )  # fmt: skip
    if what is None and label:  # 同大学は1973年に開学し…: the topic scopes over the clause
        what = _unsaid(event, spans) or topic_before(event, spans)
    if what is not None and label:
        # 2001年に設立された同センター: the center, without the clause that dates it
        return act(what, beyond(what, event, spans), label)
    return label or None


def _unsaid(event: Token, spans: list[tuple[int, int]]) -> Token | None:
    """What an event with no object or subject of its own is done to, as the sentence says it
    elsewhere: the noun its clause modifies (2001年に設立された同センター -> センターの設立), or
    the object of the clause it goes on from (計画を策定し、2010年度に改定した -> 計画の改定)."""
    if dep(event) == "acl" and names_a_thing(event.head, spans):
        return event.head
    for c in event.children:
        if dep(c) in ("advcl", "conj") and c.i < event.i and c.pos_ == "VERB":
            obj = next((o for o in c.children if dep(o) == "obj"), None)
            if obj is not None and names_a_thing(obj, spans):
                return obj
    return None
