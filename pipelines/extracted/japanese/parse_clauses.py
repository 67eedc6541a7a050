"""Clauses and topics a Japanese number's measure is said of (parse_measure.py): the topic of
a number the predicate reaches with a noun of its own (就農者数が過去最多の96人), a ratio's base
(全国平均の1.3倍), an amount per unit (1件当たり500万円), a share of what a うち names, and a
predicate with its arguments as the relative clause naming what is counted (講座に参加した人数),
and the subject a predicate is said of, climbing the clauses it hangs on.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_counts import marked, topic_before
from pipelines.extracted.japanese.parse_taken_shares import share_of_which
from pipelines.extracted.japanese.parse_words import (
    FORMAL,
    MAX_CHARS,
    PER,
    dep,
    is_counter,
    is_date,
    names_a_thing,
    phrase,
)
from pipelines.extracted.parse_tree import covered

if TYPE_CHECKING:
    from spacy.tokens import Token

_ETC = ("など", "等")  # 〜などに: the list's last item stands for it
_KANA = re.compile(r"^[\u3040-\u309f]+$")  # a goal in hiragana alone: a word the parse split


def of_topic(what: str, counter: Token, unit: str, spans: list[tuple[int, int]]) -> str:
    """A number the predicate reaches (obl, obj), with a noun of its own by の, said of the topic
    of its clause (利用者数が…目標の5,000人を下回った): the topic's quantity as the の says it
    (目標の利用者数); a ratio's の names its base (研究費は全国平均の1.3倍: 研究費の倍率（全国平均比）)."""
    ratio = unit == "ratio"  # 企業が第Ⅰ期の約1.8倍の420社に: a ratio is of the topic anyway
    if not ratio and (dep(counter) not in ("obl", "obj") or counter.head.pos_ != "VERB"):
        return what
    topic = topic_before(counter, spans)
    mine = phrase(topic, spans) if topic is not None else None
    if not mine or what in mine:
        return f"{what}比" if ratio else what
    return f"{mine}の倍率（{what}比）" if ratio else f"{what}の{mine}"


def ratio_base(counter: Token, spans: list[tuple[int, int]]) -> str | None:
    """The base a ratio is of, written before it with の (全国平均の1.3倍, ５年前の１．５倍): the
    words of that modifier, a date or a qualifier among them, without its particles."""
    for c in counter.lefts:
        if dep(c) != "nmod" or covered(c, spans) or not any(k.text == "の" for k in c.children):
            continue
        words = [t for t in c.subtree if dep(t) != "case"]
        return "".join(t.text for t in words if t.pos_ != "PUNCT") or None
    return None


def per_topic(per: str, counter: Token, spans: list[tuple[int, int]]) -> str:
    """An amount per unit that names no amount of its own (上限は1件当たり500万円): the unit's
    share of the topic before it (1件当たりの補助対象経費の上限)."""
    if not per.endswith(PER):
        return per
    topic = topic_before(counter, spans)
    what = phrase(topic, spans) if topic is not None else None
    return f"{per}の{what}" if what else per


def share_of_part(counter: Token, spans: list[tuple[int, int]]) -> str | None:
    """A share of what a うち names before it, said of by the clause it is the subject of."""
    chain = [counter]
    while chain[-1].head.i != chain[-1].i and chain[-1].pos_ != "VERB" and len(chain) < 4:
        chain.append(chain[-1].head)
    verb = chain.pop()
    clause = clause_of(verb, chain[-1], spans) if verb.pos_ == "VERB" and chain else None
    return share_of_which(chain or [counter], spans, clause)


def marked_as(t: Token) -> bool:
    """Whether `t` is marked として (予算として): what the subject is counted as."""
    return any(
        dep(c) == "case" and c.text == "と" and any(f.text == "し" for f in c.children)
        for c in t.children
    )


def undergone(predicate: Token, counter: Token) -> bool:
    """A counted subject marked が of a verbal noun in the passive with no object (14地区が指定
    された): what was done to them is what they are, so the clause names them (指定された地区)."""
    passive = any(dep(c) == "aux" and c.lemma_ in ("れる", "られる") for c in predicate.children)
    noun = predicate.pos_ in ("VERB", "NOUN") and predicate.tag_.endswith("サ変可能")
    # 18地域が計画を承認された: an object of its own makes them who got it, not what was done to
    own_object = any(dep(c) == "obj" for c in predicate.children)
    return dep(counter) == "nsubj" and marked(counter, "が") and noun and passive and not own_object


def clause_of(predicate: Token, counter: Token, spans: list[tuple[int, int]]) -> str | None:
    """The predicate with its other arguments, as a relative clause (名乗りを上げた)."""
    skip = {x.i for x in counter.subtree}
    toks = [
        t for t in predicate.subtree
        if t.i not in skip and not covered(t, spans) and t.i <= predicate.i
        and t.pos_ != "PUNCT" and not t.tag_.startswith("助詞-係助詞")
        and t.i > counter.i
    ]  # fmt: skip
    tail: list[Token] = []  # 受講した: the auxiliaries that end the clause, not て or いる
    doc = predicate.doc
    for t in doc[predicate.i + 1 :]:
        if tail and t.i <= tail[-1].i:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if dep(t) == "mark" and nxt is not None and dep(nxt) == "fixed" and nxt.head.i == t.i:
            tail += [t, nxt]  # 入居している: a state the clause is in, not a link to the next
            continue
        if t.head.i != predicate.i or dep(t) not in ("aux", "cop"):
            break
        tail.append(t)
    where = where_of(predicate, counter, spans)  # 講座には延べ620名が参加した: 講座に参加した
    where = where or _as_before(predicate, counter, spans)  # 拠点として15件を採択した
    text = "".join(t.text for t in sorted(toks + tail, key=lambda t: t.i))
    said = where + text
    kept = said[-MAX_CHARS:]
    if len(said) > MAX_CHARS:  # cut mid-word (…をめざす拠点 -> ざす拠点): from the next word
        kept = re.sub(r"^[\u3041-\u309f・]+", "", kept)
    return kept or None


def _as_before(predicate: Token, counter: Token, spans: list[tuple[int, int]]) -> str:
    """The argument marked として written before the counted (拠点として15件を採択した): word order
    is free, so it says as what they were counted as much as one after the number does."""
    for c in sorted(predicate.children, key=lambda t: -t.i):
        if c.i < counter.i and dep(c) == "obl" and marked_as(c) and names_a_thing(c, spans):
            return f"{phrase(c, spans) or c.text}として"
    return ""


def content_verb(verb: Token, arg: Token) -> bool:
    """A verb after its argument that says something of it (入居する, 支援する), not a light
    verb (ある, なる, する: GiNZA's 非自立可能)."""
    return verb.pos_ == "VERB" and verb.i > arg.i and "非自立可能" not in verb.tag_


def where_of(predicate: Token, counter: Token, spans: list[tuple[int, int]]) -> str:
    """The nearest argument before a counted subject marked に or へ (科学講座には延べ620名が参加
    した): where the counted took part, with its particle; none when it is a date or an adverb,
    nor for a compound particle (関西においても: a setting, not a goal)."""
    for c in sorted(predicate.children, key=lambda t: -t.i):
        if c.i >= counter.i or dep(c) != "obl" or not names_a_thing(c, spans):
            continue
        marks = [k for k in c.children if dep(k) == "case"]
        cases = [k.text for k in marks if k.text not in _ETC]  # 協議などには: to the talks
        compound = any(dep(x) == "fixed" for k in marks for x in k.children) or any(
            dep(k) == "fixed" for k in c.children
        )
        simple = set(cases) <= {"に", "へ", "は"} and not compound
        if simple and cases[:1] in (["に"], ["へ"]) and not c.tag_.endswith("副詞可能"):
            return f"{phrase(c, spans) or c.text}{cases[0]}"
    return ""


def goal_after(predicate: Token, counter: Token, spans: list[tuple[int, int]]) -> bool:
    """Whether an argument between a counted object and its verb says what it was made or where
    it went (1085事業を交付対象に認定した, 12地域を「重点地域」として選定した): part of the clause
    that names the counted."""
    return any(
        c.i < predicate.i
        and c.i != counter.i
        and dep(c) == "obl"
        and names_a_thing(c, spans)
        and ((counter.i < c.i and marked(c, "に")) or marked_as(c))  # 拠点として15件を採択した
        for c in predicate.children
    )


def subject_of(predicate: Token, counter: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The predicate's subject or topic other than the number itself, climbing to the clause
    the predicate hangs on."""
    for _ in range(3):
        for c in predicate.children:
            if c.i == counter.i or covered(c, spans) or is_date(c):
                continue
            if dep(c) == "nsubj" and c.pos_ in ("NOUN", "PROPN") and not is_counter(c):
                return c
        rel = dep(predicate)
        if rel in ("advcl", "conj", "acl") and predicate.head.i != predicate.i:
            if rel == "acl" and predicate.head.text in FORMAL:
                break
            if rel == "acl" and predicate.head.pos_ in ("NOUN", "PROPN"):
                return predicate.head
            predicate = predicate.head
            continue
        break
    return None


def spent_on(
    counter: Token, unit: str, spans: list[tuple[int, int]], verbal: str | None
) -> str | None:
    """An amount given or spent on something marked に (工場の建設に50億円を投資: 工場の建設への
    投資額; 団地の造成に20億円を投じる, 20億円が団地の造成に充てられた: 団地の造成に投じる額):
    what it goes to names it, and the topic (市は, 同社は) is who gives it. Without such a goal,
    `verbal` (投資額) as it is."""
    verb = counter.head
    if unit != "JPY" or dep(counter) not in ("obj", "nsubj") or verb.pos_ != "VERB":
        return verbal
    if verb.i < counter.i:
        return verbal
    # an object's goal is said anywhere before the verb; a subject's after it (20億円が造成に
    # 充てられた), one before being the frame it is put in (本事業には、予算として12億円が計上)
    goal = where_of(verb, counter, spans) if dep(counter) == "obj" else ""
    after = [
        c for c in verb.children
        if dep(counter) == "nsubj" and counter.i < c.i and dep(c) == "obl" and marked(c, "に")
        and names_a_thing(c, spans)
    ]  # fmt: skip
    goal = goal or (f"{phrase(after[0], spans) or after[0].text}に" if after else "")
    if not goal or _KANA.match(goal[:-1]):  # 両年度ともに500億円を計上: ともに, no goal
        return verbal
    if verbal:  # a verbal noun's amount (投資額): the goal as its の-modifier
        return f"{goal[:-1]}への{verbal}"
    if "非自立可能" in verb.tag_:  # ある, なる, する: light verbs say nothing of the amount
        return None
    clause = clause_of(verb, counter, spans) or ""
    return f"{clause if clause.startswith(goal) else goal + clause}額"


def part_counted(counter: Token, unit: str, spans: list[tuple[int, int]]) -> str | None:
    """A count that is the subject of a clause with a うち before it (誘致した企業のうち、5社が
    操業を始めた): the part of that whole the clause says something of (誘致した企業のうち操業を
    始めた数), not the clause's other nouns (市が誘致した: who invited them)."""
    verb = counter.head
    if unit not in ("count", "people") or dep(counter) != "nsubj" or verb.pos_ != "VERB":
        return None
    near = [*verb.children, *counter.children]  # うち hangs on the verb or on the number
    which = next((c for c in near if c.text in ("うち", "内") and c.i < counter.i), None)
    whole = next((c for c in which.children if dep(c) == "nmod"), None) if which else None
    if whole is None or not names_a_thing(whole, spans):
        return None
    clause = clause_of(verb, counter, spans)
    return f"{phrase(whole, spans)}のうち{clause}数" if clause else None
