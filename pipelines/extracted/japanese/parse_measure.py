"""What a Japanese number measures, read from GiNZA's dependency parse of its sentence: the noun
its counter is compounded with or attached to by の (県内の企業約5,000社, 38の地域), else the
topic or subject (は/が) of the predicate it is an argument of (研究開発費は…1兆円となった),
else that predicate as a clause naming the counted thing (38箇所がテクノポリス誘致に名乗りを上げた
-> テクノポリス誘致に名乗りを上げた箇所). A year measures the event it dates: the predicate's
object with the predicate (テクノポリス構想を発表 -> テクノポリス構想の発表).

A noun phrase keeps its 〜の〜 chain and compounds and drops numbers, particles and prefixes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_context import (
    bracketed,
    chain_before,
    chronology_event,
    labelled,
    ranked_by,
    scope,
)
from pipelines.extracted.japanese.parse_words import (
    FORMAL,
    MAX_CHARS,
    PER,
    change_word,
    date_part,
    dep,
    is_counter,
    is_date,
    names_a_thing,
    phrase,
)
from pipelines.extracted.parse_tree import Reading, covered, read_facts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pipelines.extracted.fact import Fact

_ARGUMENTS = ("nsubj", "obj", "obl", "iobj", "nmod", "advcl", "csubj")
_NOT_NAMES = (
    "比",
    "当たり",
    "あたり",
    "計",
    "合計",
    "等",
    "約",
)  # 前年度比119件: a change, not a name
_LEVEL_CASES = ("で", "と", "に", "の")  # 179億円となった, 30社に達した: a level, not a change
_TOPIC_CASES = ("は", "が", "も")
_DIMENSIONS = ("長さ", "高さ", "幅", "面積", "深さ", "重さ", "延長")  # 長さ375メートル
_AREAS = ("ha", "km2", "m2")
_RANGE_MARKS = ("~", "〜", "～", "-", "－", "–", "から")


def read_japanese(doc: Doc, offset: int, facts: list[Fact]) -> list[Reading]:
    """One reading per fact of the sentence parsed as `doc` (which starts at `offset`)."""
    for t in doc:  # a kanji numeral (六千百) is a number whatever class GiNZA gives it
        if t.tag_.startswith("名詞-数詞"):
            t.pos_ = "NUM"
    readings = read_facts(
        doc,
        offset,
        facts,
        _event,
        lambda head, toks, spans, f: _quantity(head, toks, spans, f.unit),
    )
    for i in range(1, len(facts)):  # 5千万円~2億円: the far end measures what the near end does
        between = doc.text[facts[i - 1].end - offset : facts[i].start - offset].strip()
        same = facts[i].unit == facts[i - 1].unit
        if between in _RANGE_MARKS and readings[i - 1].measure and same:
            readings[i].measure = readings[i - 1].measure
    return readings


def _counter(head: Token, toks: list[Token]) -> Token:
    """The counter or unit the number is read with (社, 箇所, 円, %): the span's noun, else the
    noun the number hangs on."""
    inside = {t.i for t in toks}
    rel = dep(head)
    if head.pos_ == "NUM" and head.head.i not in inside and rel in ("nummod", "compound"):
        return head.head
    return head


def _quantity(
    head: Token, toks: list[Token], spans: list[tuple[int, int]], unit: str = ""
) -> Reading:
    ranked = ranked_by(toks, spans)
    if ranked is not None:
        return Reading(ranked, _change_after(toks[-1]))
    label = labelled(toks, spans) or bracketed(toks, spans)
    if label:
        return Reading(label, _change_after(toks[-1]))
    chained = chain_before(toks, spans)
    if chained:
        return Reading(chained, _change_after(toks[-1]))
    counter = _counter(head, toks)
    own = {t.i for t in toks} | {counter.i}
    if unit == "percent":
        share = _share(counter, spans)
        if share:
            return Reading(share)
    # a counted noun (19地域を選定): the noun itself, named by its predicate when it is one
    # (選定地域); the subject of a number that is the predicate names it (事業所数は120事業所)
    counted = unit in ("count", "people") and not change_word(counter)
    if counted and not is_counter(counter) and counter.pos_ in ("NOUN", "PROPN"):
        subject = next(
            (c for c in counter.children if dep(c) == "nsubj" and names_a_thing(c, spans)), None
        )
        if subject is not None:
            return Reading(phrase(subject, spans))
        noun = _counted(counter, toks, spans, unit)
        pred = counter.head
        if dep(counter) in ("obj", "nsubj") and pred.tag_.endswith("サ変可能"):
            return Reading(pred.text + noun)
        return Reading(noun)
    # the change a number states (約45億円減少, 119件(3%)増): a change word after it, or the
    # predicate it hangs on, unless a particle makes it the level reached (約79億円で3%増: 79億円
    # is no change); a percentage in brackets is the rate of its host's change
    host = _host_of_rate(counter, toks)
    after = counter.doc[counter.i + 1] if counter.i + 1 < len(counter.doc) else None
    level = any(dep(c) == "case" and c.text in _LEVEL_CASES for c in counter.children) or (
        after is not None and after.text in _LEVEL_CASES  # 約35億円で (で parsed as copula)
    )
    change = (
        _change_after(toks[-1])
        or _change_after(host or counter)
        or (None if level else change_word(counter) or change_word(counter.head))
    )
    rate = "率" if any(t.text in ("%", "％") for t in toks) else ""

    def named(what: str | None, part: Token | None = None) -> Reading:
        whole = scope(part, spans) if part is not None and what else None
        if whole is not None and what:  # 受入研究費は、国が約532億円(32%): 受入研究費（国）
            if host is not None and not change:
                return Reading(f"{whole}に占める{what}の割合")
            what = f"{whole}（{what}）"
        if what and change:
            return Reading(what + ("の増加" if change == "up" else "の減少") + rate, change)
        if what and host is not None:  # 約948億円(57%): the amount's share of the whole
            return Reading(what + "の割合")
        return Reading(what, change)

    counter = host or counter
    # 県内の企業約5,000社: the nouns compounded with the counter; 「件数」は6185件: its subject
    for c in reversed(list(counter.lefts)):
        if c.i in own or covered(c, spans) or is_date(c) or c.pos_ not in ("NOUN", "PROPN"):
            continue
        if c.text in _NOT_NAMES or not _may_name(c):
            continue
        owner = counter.head
        if c.text in _DIMENSIONS and dep(counter) == "nmod" and names_a_thing(owner, spans):
            return Reading(f"{phrase(owner, spans)}の{c.text}")  # 長さ375メートルの施設
        if dep(c) in ("compound", "nmod", "nsubj") and not c.tag_.startswith("接頭辞"):
            per = c.i + 1 < len(c.doc) and c.doc[c.i + 1].text in PER
            what = phrase(c, spans)
            return named(
                what + c.doc[c.i + 1].text if per and what else what,
                c if dep(c) == "nsubj" else None,
            )
    # 38の地域, 1兆円の予算: the noun the number is attached to by の
    governor = counter.head
    attached = dep(counter) == "nmod" and governor.pos_ in ("NOUN", "PROPN")
    if (
        attached
        and not is_counter(governor)
        and not change_word(governor)
        and not is_date(governor)
    ):
        return Reading(phrase(governor, spans))
    # 研究費受入額は約112億円と…減少: the topic of the predicate, and the change it states
    predicate = counter
    for _ in range(4):
        if predicate.head.i == predicate.i or predicate.pos_ in ("VERB", "ADJ"):
            break
        predicate = predicate.head
    reached = _object_of(counter, spans)
    if reached is not None:
        return named(phrase(reached, spans))
    if dep(predicate) == "acl" and predicate.pos_ == "VERB" and counter.head.i == predicate.i:
        modified = predicate.head  # 2700haに及ぶ研究学園地区: the noun the number's clause modifies
        what = phrase(modified, spans) if names_a_thing(modified, spans) else None
        if what and predicate.text in what:
            what = what[what.index(predicate.text) + len(predicate.text) :]
        if what:
            return Reading(what + ("の面積" if unit in _AREAS else ""))
    verbal = _verbal_count(counter, unit)
    if verbal:  # the topic of 同社は5億円を投資した is who invests, not what
        return Reading(verbal, change)
    topic = _topic_before(counter, spans) or _topic(predicate, counter, spans)
    if topic is not None:
        return named(phrase(topic, spans), topic)
    if dep(counter) == "nsubj":
        clause = _clause(predicate, counter, spans)
        if clause:
            return Reading(clause + counter.text, change)
    return Reading(None, change)


def _share(counter: Token, spans: list[tuple[int, int]]) -> str | None:
    """A percentage a subject takes of a whole (製造業が県全体の約3割を占める): the subject's
    share, in the whole its の names (県全体に占める製造業の割合)."""
    verb = counter.head
    if dep(counter) != "obj" or verb.lemma_ != "占める":
        return None
    subject = next(
        (c for c in verb.children if dep(c) == "nsubj" and names_a_thing(c, spans)), None
    ) or _topic_before(counter, spans)
    if subject is None:
        return None
    whole = next((c for c in counter.lefts if dep(c) == "nmod" and names_a_thing(c, spans)), None)
    what = f"{phrase(subject, spans)}の割合"
    return f"{phrase(whole, spans)}に占める{what}" if whole is not None else what


def _object_of(counter: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The object before a number that is an adjunct of the same verb: what reaches it or is
    counted (売上高を100億円に引き上げる, 学生を100人採用した), ahead of the sentence's topic."""
    verb = counter.head
    if verb.pos_ != "VERB" or dep(counter) not in ("obl", "advmod", "nummod"):
        return None
    return next(
        (c for c in verb.children
         if dep(c) == "obj" and c.i < counter.i and names_a_thing(c, spans)),
        None,
    )  # fmt: skip


def _verbal_count(counter: Token, unit: str) -> str | None:
    """A count or amount that is the object of a verbal noun, with no topic to name it (12件を
    採択した -> 採択件数; 3億円を投資 -> 投資額): the verb with the counter's noun of number."""
    verb = counter.head
    if dep(counter) != "obj" or not verb.tag_.endswith("サ変可能") or not is_counter(counter):
        return None
    if unit == "JPY":
        return f"{verb.text}額"
    return f"{verb.text}{counter.text}数" if unit in ("count", "people") else None


def _counted(counter: Token, toks: list[Token], spans: list[tuple[int, int]], unit: str) -> str:
    """The noun a number counts with the words compounded to it on either side of the number
    (対象25地域 -> 対象地域, 3府県 -> 府県, 120大学等 -> 大学等), a count as a count of it (〜数);
    the counter only where it follows the number's span (not a noun the parse hangs it on)."""
    doc = counter.doc
    first, last = min(t.i for t in toks), max(t.i for t in toks)
    number = max((t.i for t in toks if t.pos_ == "NUM"), default=first)
    after = [t for t in doc[number + 1 : last + 1] if t.pos_ in ("NOUN", "PROPN")]
    if counter.i == last + 1:
        after.append(counter)
    before: list[Token] = []
    k = first - 1
    while k >= 0 and doc[k].head.i == counter.i and dep(doc[k]) == "compound":
        if doc[k].pos_ not in ("NOUN", "PROPN") or is_date(doc[k]) or covered(doc[k], spans):
            break
        before.insert(0, doc[k])
        k -= 1
    words = [t.text for t in before + after if not t.tag_.startswith("接頭辞")]
    noun = "".join(words) or counter.text
    return noun if unit != "count" or noun.endswith("数") else f"{noun}数"


def _may_name(c: Token) -> bool:
    """Whether a noun before the number can say what it measures: not a change (15%増の320万人),
    a counter or span (年間約120件), the base of a comparison (前年比), nor an adjunct marked by
    a case other than の, は, が (国勢調査で約15万人, 企業と20の大学)."""
    per = c.i + 1 < len(c.doc) and c.doc[c.i + 1].text in PER  # 1校当たり: an amount per school
    cases = [k.text for k in c.children if dep(k) == "case"]
    span = not cases and "助数詞" in c.tag_  # 年間約120件: a span, not a name
    if change_word(c) or ((is_counter(c) or span) and not per):
        return False
    if not cases and c.text.endswith("比"):
        return False  # 前年比8%増: the base of a comparison
    return all(k in ("の", *_TOPIC_CASES) for k in cases)


def _change_after(counter: Token) -> str | None:
    """A change word right after the number, past a rate in brackets (119件増となった,
    52件(41%)増の, 3%減): the number is the change, whatever particle follows (増と is no
    level); a particle first (約35億円で…増加) makes it the level."""
    doc = counter.doc
    k = counter.i + 1
    if k < len(doc) and doc[k].text in ("(", "（"):
        while k < len(doc) and doc[k].text not in (")", "）"):
            k += 1
        k += 1
    return change_word(doc[k]) if k < len(doc) else None


def _host_of_rate(counter: Token, toks: list[Token]) -> Token | None:
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


def _topic(predicate: Token, counter: Token, spans: list[tuple[int, int]]) -> Token | None:
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


def _topic_before(counter: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The nearest noun before the number marked as topic or subject (は, が, も): a topic
    scopes over the clauses after it (国立大等は約79億円で3%増、私立大等は…). A place or frame
    marked では or には (本事業では) is where, not what."""
    for c in reversed(counter.doc[: counter.i]):
        if c.text in "。":
            break
        cases = [k.text for k in c.children if dep(k) == "case"]
        marked = bool(cases) and all(k in _TOPIC_CASES for k in cases)  # not では, には
        if marked and names_a_thing(c, spans):
            return c
    return None


def _clause(predicate: Token, counter: Token, spans: list[tuple[int, int]]) -> str | None:
    """The predicate with its other arguments, as a relative clause (名乗りを上げた)."""
    skip = {x.i for x in counter.subtree}
    toks = [
        t for t in predicate.subtree
        if t.i not in skip and not covered(t, spans) and t.i <= predicate.i
        and t.pos_ != "PUNCT" and not t.tag_.startswith("助詞-係助詞")
        and t.i > counter.i
    ]  # fmt: skip
    tail = [t for t in predicate.rights if dep(t) in ("aux", "cop")]
    text = "".join(t.text for t in sorted(toks + tail[:1], key=lambda t: t.i))
    return text[-MAX_CHARS:] or None


def _event(head: Token, spans: list[tuple[int, int]]) -> str | None:
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
    nominal = event.pos_ in ("NOUN", "PROPN") and not event.tag_.startswith("接尾辞")
    if dep(year) == "nmod" and nominal and not event.tag_.endswith("サ変可能"):
        return phrase(event, spans)
    named = _event_named(event, spans)
    return f"{named}開始" if named and start and not named.endswith("開始") else named


def _from_year(year: Token) -> bool:
    """A year marked から with no end after it (昭和45年度から…建設中): it dates a start."""
    doc = year.doc
    k = year.i + 1
    if k >= len(doc) or doc[k].text != "から":
        return False
    return k + 1 >= len(doc) or not (doc[k + 1].pos_ == "NUM" or date_part(doc[k + 1]))


def _event_named(event: Token, spans: list[tuple[int, int]]) -> str | None:
    """The predicate a year hangs on, named as a noun with its object or topic (構想を発表 ->
    構想の発表); a suffix (建設中) is named by the verbal noun before it (建設)."""
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
    if what is not None and label:
        thing = phrase(what, spans)
        return f"{thing}の{label}" if thing else label
    return label or None
