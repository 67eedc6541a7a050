"""The event a Japanese year dates, read from GiNZA's parse (parse_measure.read_japanese): the
predicate it hangs on, as a noun with its object or topic (構想を発表 -> 構想の発表), the noun it
dates with の (2005年の合併 -> 合併), what a meeting it dates decided (9月の閣議で決定 -> 決定
（閣議）), the act a light verb carries (建設が行なわれている -> 建設), a start marked から."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_clauses import marked_as
from pipelines.extracted.japanese.parse_context import chronology_event
from pipelines.extracted.japanese.parse_counts import topic_before
from pipelines.extracted.japanese.parse_starts import NAMING, embarked, named_start
from pipelines.extracted.japanese.parse_words import (
    FORMAL,
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
_OPENS, _CLOSES = ("(", "（"), (")", "）")
_ENACTED = ("法律", "政令", "省令", "条例")  # 法律第40号: a law's number, given when promulgated
_GIVERS = ("国", "政府", "県", "市", "町", "村", "都", "府", "道")
_OFFICES = ("省", "庁", "大臣", "知事", "委員会")
_RECEIVE = ("受ける", "得る")  # 承認を受ける: an act the subject receives
_LIGHT = ("行う", "行なう", "おこなう", "行", "進める", "進む", "図る", "受ける", "得る")
# 開催する予定の万博: a noun saying only that the act is planned; the act is the thing's
_REACHED = ("迎える", "なる")  # 20周年を迎える: an anniversary reached
_PLANNED = ("予定", "見込み", "見通し", "つもり")


def event_of(head: Token, spans: list[tuple[int, int]]) -> str | None:
    """The event a year dates: the predicate it hangs on, as a noun with its object or topic
    (構想を発表 -> 構想の発表), or the noun it dates with の (2005年の合併 -> 合併)."""
    listed = _promulgated(head) or chronology_event(head, spans)
    if listed:
        return listed
    year = head
    for _ in range(4):  # 昭和38年9月の: climb over the date's own words
        if year.head.i == year.i:
            return _said_of(year, spans) or _cleft(year, spans)
        if date_part(year) and (is_date(year.head) or year.head.pos_ == "NUM"):
            year = year.head
            continue
        break
    topic = _said_of(year, spans) or _cleft(year, spans)
    if topic:  # 町制の施行は昭和29年で: the year is what the topic's date is
        return topic
    event = year.head
    start = _from_year(year)
    while _carrying(event) or _purpose(event):  # 45年度からひきつづいて…建設を行なっている
        event = event.head  # …を図るために始めた: the act, not the aim it serves
    if _set_off(year):  # 1998年、…氏を座長とする懇談会において検討を開始し: the act
        while event.head.i != event.i and not _predicate(event):
            event = event.head
    elif _marked(year, "から") or _marked(year, "に"):
        # 46年度から新大学の施設の建設が…: a year marked から or に modifies no noun; the parse
        # hanging it on one, it dates the predicate that noun leads to
        while dep(event) in ("nmod", "compound", "dep") and event.head.i != event.i:
            event = event.head
        entered = dep(event) in ("obl", "obj") and event.head.pos_ == "VERB"
        if start and entered and not event.tag_.endswith("サ変可能"):
            event = event.head  # 11年度から第3期に入り: the entering, not the stage
        while _marked(year, "に") and _thing_after(event, year):
            event = event.head  # 14年4月に12地域を…指定し: the act, not its object
    if dep(year) == "compound" and _marked(event, "で") and dep(event) == "obl":
        event = event.head  # 2016年度予算で創設した交付金: what the budget year's money did
    nominal = event.pos_ in ("NOUN", "PROPN") and not event.tag_.startswith("接尾辞")
    if dep(year) == "nmod" and nominal and not event.tag_.endswith("サ変可能"):
        if event.text in load_rules("japanese")["meetings"] and _marked(event, "で"):
            decided = _event_named(event.head, spans)  # 9月の閣議で決定: what it decided
            if decided and event.head.pos_ == "VERB":
                return f"{decided}（{phrase(event, spans)}）"
        return phrase(event, spans)
    if event.lemma_ in NAMING and dep(event) == "acl" and event.head.head.pos_ == "VERB":
        event = event.head.head  # 2005年度から…計画と名付けた策に取り組み: the taking up
    begun = (named_start(event, spans) or _begun(event, spans)) if start else None
    if begun:
        return begun
    named = _event_named(event, spans)
    named = f"{named}開始" if named and start and not named.endswith("開始") else named
    return _in_setting(event, named, spans)  # 懇談会において検討を開始: 検討開始（懇談会）


def _said_of(year: Token, spans: list[tuple[int, int]]) -> str | None:
    """The topic a year is the predicate of (町制の施行は昭和29年で、…; 開業は2010年である): the
    event it names, when it is one (a verbal noun) or ends in one (町制の施行)."""
    if not any(dep(c) == "cop" for c in year.children):
        return None
    topic = next(
        (c for c in year.children
         if dep(c) == "nsubj" and _marked(c, "は") and c.tag_.endswith("サ変可能")
         and not covered(c, spans)),
        None,
    )  # fmt: skip
    return phrase(topic, spans) if topic is not None else None


def _cleft(year: Token, spans: list[tuple[int, int]]) -> str | None:
    """The act a cleft sentence dates (都市が誕生したのは2001年のことだ, 開業したのは1990年である):
    the clause nominalised with の and marked は that the year (or こと after it) is said of."""
    said = year.head if dep(year) == "nmod" and year.head.text in FORMAL else year
    for c in said.children:
        marks = [k.text for k in c.children if dep(k) in ("mark", "case")]
        if dep(c) == "csubj" and c.i < year.i and marks[-2:] == ["の", "は"]:
            return _event_named(c, spans)
    return None


def _promulgated(year: Token) -> str | None:
    """A date in brackets after a law's name with its number (〜法(昭和60年5月1日 法律第40号)):
    the day the law was promulgated (〜法の公布)."""
    doc = year.doc
    k = year.i
    while k > 0 and doc[k - 1].text not in _OPENS and year.i - k < 6:
        k -= 1
    end = next((t.i for t in doc[year.i :] if t.text in _CLOSES), len(doc))
    numbered = any(
        t.text in _ENACTED and t.i + 1 < end and doc[t.i + 1].text == "第"
        for t in doc[year.i : end]
    )
    if k < 2 or doc[k - 1].text not in _OPENS or not numbered:
        return None
    law = doc[k - 2]
    first = law.i
    while first > 0 and doc[first - 1].head.i == law.i and dep(doc[first - 1]) == "compound":
        first -= 1
    return f"{doc[first : law.i + 1].text}の公布"


def _begun(verb: Token, spans: list[tuple[int, int]]) -> str | None:
    """What a plain verb dated by a start marked から begins (2008年度から第2期に入った, 02年度
    から取り組んできた…事業): its object, else its goal marked に, else the noun its clause
    modifies past the clauses in between, as a start (第2期の開始); none for a verbal noun."""
    if verb.pos_ != "VERB" or verb.tag_.endswith("サ変可能") or verb.lemma_ in _LIGHT:
        return None
    what = next(
        (c for c in verb.children
         if (dep(c) == "obj" or (dep(c) == "obl" and _marked(c, "に")))
         and (names_a_thing(c, spans) or _ordinal(c)) and not is_date(c)),
        None,
    )  # fmt: skip
    clause = verb
    while what is None and dep(clause) == "acl" and names_a_thing(clause.head, spans):
        noun = clause.head  # 取り組んできた…振興を図る事業: the noun the last clause modifies
        while _marked(noun, "の") and dep(noun) == "nmod" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # 取り組んできた地域の振興: the chain's head
        if dep(noun) in ("obj", "nsubj") and dep(noun.head) == "acl" and noun.head.pos_ == "VERB":
            clause = noun.head
            continue
        what = noun
    if what is None:
        return None
    name = _ordinal(what) or phrase(what, spans) or ""
    said = verb.text + "".join(t.text for t in verb.subtree if t.i > verb.i)
    if said in name:  # 取り組んできた…事業: the thing, without the clause that dates it
        name = name[name.rindex(said) + len(said) :]
    cut = next((k for k in range(1, len(said) - 1) if name.startswith(said[k:])), None)
    if cut is not None:  # a phrase cut to its length mid-clause (きた地域の…)
        name = name[len(said) - cut :]
    return f"{name}の開始" if name else None


def _ordinal(t: Token) -> str | None:
    """A numbered stage (第2期, 第3次), as written: its number is its name."""
    words = sorted(
        (c for c in t.children if dep(c) in ("compound", "nummod") and t.i - 3 <= c.i < t.i),
        key=lambda c: c.i,
    )  # 第3期(~20年): the number before it, not its span in brackets
    if not words or words[0].text != "第" or not any(c.pos_ == "NUM" for c in words):
        return None
    return "".join(c.text for c in words) + t.text


def _thing_after(event: Token, year: Token) -> bool:
    """A noun after a date marked に that names a thing, not an act, hung on another word: a
    date so marked dates a predicate, never a thing, whatever head the parse gives it."""
    nominal = event.pos_ in ("NOUN", "PROPN") and not event.tag_.endswith("サ変可能")
    hung = dep(event) in ("obj", "obl", "nsubj", "nmod") and event.head.i != event.i
    return nominal and hung and event.i > year.i


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
    received = _received(event, spans) or _anniversary(event, spans) or embarked(event, spans)
    if received:  # 同計画は1984年に国の承認を受け: the plan's approval
        return received
    if event.lemma_ in _LIGHT and done is not None:
        return phrase(done, spans)  # 施設の建設が行なわれている: the building
    if event.tag_.startswith("接尾辞"):
        verbal = next((c for c in event.lefts if dep(c) == "compound" and c.pos_ == "NOUN"), None)
        label = verbal.text if verbal is not None else None
    else:
        label = phrase(event, spans) if event.tag_.startswith("名詞") else _act_noun(event)
    modified = event.head if dep(event) == "acl" and names_a_thing(event.head, spans) else None
    planned = modified is not None and modified.text in _PLANNED
    if modified is not None:
        modified = _equated(_planned(modified, spans), spans)
    what = next(
        (c for c in event.children if dep(c) == "obj" and not covered(c, spans)), None
    ) or modified or next(  # 市が新設した基金: the fund, what the clause's act made
        (c for c in event.children
         if dep(c) == "nsubj" and not covered(c, spans) and not is_date(c)),
        None,
    )  # fmt: skip
    if what is None and label:  # 同大学は1973年に開学し…: the topic scopes over the clause
        what = _unsaid(event, spans) or topic_before(event, spans)
    made = next((c for c in event.children if marked_as(c) and names_a_thing(c, spans)), None)
    if made is not None and label and any(dep(c) == "obj" for c in event.children):
        return act(made, phrase(made, spans), label)  # 12地域を重点地域として指定: 重点地域の指定
    if what is not None and label:
        # 2001年に設立された同センター: the center, without the clause that dates it
        thing = beyond(what, event, spans)
        plan = f"{event.head.text}の"
        if planned and thing and plan in thing:  # 予定の万博: the thing, not that it is planned
            thing = thing[thing.index(plan) + len(plan) :]
        return act(what, thing, label)
    return label or None


def _anniversary(verb: Token, spans: list[tuple[int, int]]) -> str | None:
    """A year an anniversary is reached in (2018年、構想開始から20周年を迎える): the anniversary,
    counted from what the sentence names (構想開始から20周年)."""
    years = next((c for c in verb.children if dep(c) == "obj" and c.text == "周年"), None)
    since = next((c for c in verb.children if dep(c) == "obl" and _marked(c, "から")), None)
    if verb.lemma_ not in _REACHED or years is None or since is None:
        return None
    number = "".join(c.text for c in years.lefts if c.pos_ == "NUM")
    named = phrase(since, spans)
    return f"{named}から{number}周年" if named else None


def _in_setting(verb: Token, named: str | None, spans: list[tuple[int, int]]) -> str | None:
    """An act done in a body or meeting marked において (懇談会において検討を開始): the act with
    where it was done, as a meeting's decision is named (検討開始（懇談会）)."""
    where = next(
        (c for c in verb.children
         if dep(c) == "obl" and names_a_thing(c, spans)
         and any(k.text == "に" and any(x.text == "おい" for x in k.children) for k in c.children)),
        None,
    )  # fmt: skip
    if where is None or not named:
        return named
    first = where.i
    while (
        first > 0
        and where.doc[first - 1].head.i == where.i
        and dep(where.doc[first - 1]) == "compound"
    ):
        first -= 1
    name = where.doc[first : where.i + 1].text
    return named if name in named else f"{named}（{name}）"


def _set_off(year: Token) -> bool:
    """A year with no particle, set off by a comma (1998年、…): it dates the sentence's act, not
    the noun the parse may hang it on."""
    doc = year.doc
    bare = not any(dep(c) == "case" for c in year.children)
    return bare and year.i + 1 < len(doc) and doc[year.i + 1].text == "、" and dep(year) == "nmod"


def _predicate(t: Token) -> bool:
    """A verb that states the sentence's or a clause's act (not one modifying a noun)."""
    return t.pos_ == "VERB" and dep(t) in ("ROOT", "advcl", "conj")


def _act_noun(verb: Token) -> str:
    """A plain verb as the act it names (始める -> 開始), else its dictionary form."""
    return str(load_rules("japanese")["act_nouns"].get(verb.lemma_, verb.lemma_))


def _purpose(verb: Token) -> bool:
    """A clause of aim (…を図るために始めた): a date in it dates the act it serves, never the
    aim, whatever the parse hangs the date on."""
    aimed = any(dep(c) == "mark" and c.text == "ため" for c in verb.children)
    return dep(verb) == "advcl" and verb.pos_ == "VERB" and aimed and verb.head.i != verb.i


def _planned(noun: Token, spans: list[tuple[int, int]]) -> Token:
    """The thing a plan noun is of (2025年に開催する予定の万博 -> 万博): 予定 says the act is to
    come, not what it is done to."""
    thing = noun.head
    if noun.text in _PLANNED and _marked(noun, "の") and names_a_thing(thing, spans):
        return thing
    return noun


def _equated(noun: Token, spans: list[tuple[int, int]]) -> Token:
    """What a general noun is said to be with a copula: the name, not the class (計画は…始められた
    プロジェクトである -> 計画; …打ち出した施策が「計画」である -> 計画); a topic marked は is
    itself the thing (設立された同センターは…拠点である)."""
    if any(dep(c) == "cop" for c in noun.children):
        topic = next(
            (c for c in noun.children
             if dep(c) == "nsubj" and _marked(c, "は") and names_a_thing(c, spans)),
            None,
        )  # fmt: skip
        return topic if topic is not None else noun
    said = noun.head
    copula = any(dep(c) == "cop" for c in said.children)
    focus = dep(noun) == "nsubj" and _marked(noun, "が")  # 同センターは…拠点である: the topic
    if focus and said.i != noun.i and copula and names_a_thing(said, spans):
        return said
    return noun


def _received(verb: Token, spans: list[tuple[int, int]]) -> str | None:
    """An act a subject receives (同計画は国の承認を受け, 閣議了解を得て): the subject's act, not
    who gave it (同計画の承認)."""
    if verb.lemma_ not in _RECEIVE:
        return None
    got = next(
        (c for c in verb.children
         if dep(c) == "obj" and c.tag_.endswith("サ変可能") and not covered(c, spans)),
        None,
    )  # fmt: skip
    whom = next(
        (c for c in verb.children if dep(c) == "nsubj" and names_a_thing(c, spans)), None
    ) or topic_before(verb, spans)
    if got is None or whom is None:
        return None
    of = [c for c in got.children if dep(c) == "nmod" and _marked(c, "の")]
    if any(not _giver(c) for c in of):  # テクノポリス地域の指定を受けた: what it was made
        return None
    act_words = [c.text for c in got.lefts if dep(c) == "compound" and c.i == got.i - 1]
    name = (phrase(whom, spans) or "").strip()
    return f"{name}の{''.join(act_words)}{got.text}" if name else None


def _giver(t: Token) -> bool:
    """Who gives an act received (国の承認, 文部科学省の採択, 閣議の了解): no part of its name."""
    meetings = load_rules("japanese")["meetings"]
    return t.text in _GIVERS or t.text.endswith(_OFFICES) or t.text in meetings


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
