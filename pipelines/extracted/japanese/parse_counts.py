"""What a Japanese number counts, by rules over GiNZA's parse that parse_measure.py applies:
the counted noun with the words compounded to it, the subject a number that is the predicate
measures, the object a number is reached by, the count or amount of a verbal noun, the topic
before a number, and the nouns that never name a measure (a subject's share of a whole:
parse_taken_shares.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_words import (
    PER,
    change_word,
    dep,
    each_outside_brackets,
    is_counter,
    is_date,
    is_hedge,
    is_qualifier,
    names_a_thing,
    ordinal,
    phrase,
)
from pipelines.extracted.parse_index import (
    in_subtree,
    last_marked_before,
    marked_between,
    text_after,
)
from pipelines.extracted.parse_tree import covered
from pipelines.extracted.rules import load_rules

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

TOPIC_CASES = ("は", "が", "も")
_WITHIN = re.compile(r"^[県市町村区都道府圏域]内$")  # 県内, 市内: a scope before a number
_AREAS = ("ha", "km2", "m2")  # an area a verbal noun acts on (造成する, 確保する)
_SPANS_OF = ("years", "months")  # a span an act lasts (3年間実施する: 実施期間)
# a topic said as what the answer is about (予算につきましては、…億円でございます: Diet answers)
_ABOUT = ("につきましては", "につきましても", "については", "についても", "に関しましては",
          "に関しては", "に係りましては")  # fmt: skip
# the noun a topic ends with when it names a number of the unit (参加企業数は, 予算額は)
_NUMBER_TOPICS = {
    "count": ("数",),
    "people": ("数", "人口"),
    "JPY": ("額", "予算", "費", "金"),
    "percent": ("率", "割合"),
}
AMOUNTS = ("費", "額", "数", "量", "高", "金", "人口", "収入", "支出")  # a whole a share is of


def marked(t: Token, particle: str) -> bool:
    """Whether `t` is marked by the case particle (緑地と, 参加者の)."""
    return any(dep(c) == "case" and c.text == particle for c in t.children)


def object_of(counter: Token, spans: list[tuple[int, int]]) -> Token | None:
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


def verbal_count(counter: Token, unit: str) -> str | None:
    """A count or amount that is the object of a verbal noun, with no topic to name it (12件を
    採択した -> 採択件数; 3億円を投資 -> 投資額): the verb with the counter's noun of number."""
    verb = counter.head
    acted = verb.pos_ == "VERB" and verb.tag_.endswith("サ変可能") and not change_word(verb)
    if unit in _SPANS_OF and dep(counter) in ("obl", "advmod") and acted:
        return f"{verb.text}期間"  # 最長5年間交付する: how long it is granted
    if dep(counter) != "obj" or not verb.tag_.endswith("サ変可能") or not is_counter(counter):
        return None
    if unit in _AREAS:  # A社が7haを確保し: the area A社 secured (A社の確保面積)
        doer = _name(next((c for c in verb.children if dep(c) == "nsubj"), None))
        return f"{doer}の{verb.text}面積" if doer else f"{verb.text}面積"
    if unit == "JPY":
        return f"{verb.text}額"
    return f"{verb.text}{counter.text}数" if unit in ("count", "people") else None


def _name(t: Token | None) -> str | None:
    """A proper name with the words compounded right before it (西浜 電子), else none."""
    if t is None:
        return None
    words = [t]
    while words[0].i > 0 and t.doc[words[0].i - 1].head.i == t.i:
        if dep(t.doc[words[0].i - 1]) != "compound" or t.doc[words[0].i - 1].pos_ == "PUNCT":
            break
        words.insert(0, t.doc[words[0].i - 1])
    named = any("固有名詞" in w.tag_ for w in words)
    return "".join(w.text for w in words) if named else None


def counted_noun(counter: Token, toks: list[Token], spans: list[tuple[int, int]]) -> str:
    """The noun a number counts with the words compounded to it on either side of the number
    (対象25地域 -> 対象地域, 3府県 -> 府県, 120大学等 -> 大学等; read_japanese makes it a number of
    it, 〜数); the counter only where it follows the number's span, not a noun the parse hangs
    it on."""
    doc = counter.doc
    first, last = min(t.i for t in toks), max(t.i for t in toks)
    number = max((t.i for t in toks if t.pos_ == "NUM"), default=first)
    after = [t for t in doc[number + 1 : last + 1] if t.pos_ in ("NOUN", "PROPN")]
    if counter.i == last + 1:
        after.append(counter)
    after = [t for t in after if not is_hedge(t)]  # 80名程度: how near, not what
    before: list[Token] = []
    k = first - 1
    while k >= 0 and doc[k].head.i == counter.i and dep(doc[k]) == "compound":
        named = doc[k].pos_ in ("NOUN", "PROPN") or ordinal(doc[k])  # 第一次分譲40社
        if not named or is_date(doc[k]) or covered(doc[k], spans):
            break
        before.insert(0, doc[k])
        k -= 1
    before = [t for t in before if not is_qualifier(t)]  # 延べ80機関: how counted, not what
    words = [t.text for t in before + after if not t.tag_.startswith("接頭辞") or ordinal(t)]
    return "".join(words) or counter.text


def may_name(c: Token) -> bool:
    """Whether a noun before the number can say what it measures: not a qualifier (累計, 延べ:
    rules/japanese.yaml), a change (15%増の320万人), a counter or span (年間約120件), the base of
    a comparison (前年比), a bare adverbial noun (そのうち), nor an adjunct marked by a case other
    than の, は, が (国勢調査で約15万人, 企業と20の大学)."""
    if is_qualifier(c) or is_hedge(c):
        return False
    per = c.i + 1 < len(c.doc) and c.doc[c.i + 1].text in PER  # 1校当たり: an amount per school
    cases = [k.text for k in c.children if dep(k) == "case"]
    span = not cases and "助数詞" in c.tag_  # 年間約120件: a span, not a name
    if change_word(c) or ((is_counter(c) or span) and not per):
        return False
    if not cases and (c.text.endswith("比") or c.tag_.endswith("副詞可能")):
        return False  # 前年比8%増: the base of a comparison; そのうち, 現在: adverbs
    if not cases and (
        c.text in load_rules("japanese")["nationwide_words"] or _WITHIN.match(c.text)
    ):
        return False  # 全国26の地域, 県内12の市町村: where they are counted, not what
    return all(k in ("の", *TOPIC_CASES) for k in cases)


def changed_item(c: Token, toks: list[Token], spans: list[tuple[int, int]]) -> bool:
    """A noun marked で right before a number that states a change (歳出で約9%の減少, 件数で
    12%増): the item the change is in, as a list of changes names each one; not a level (約79
    億円で3%増) nor a noun further off (国勢調査で…約15万人)."""
    cases = [k.text for k in c.children if dep(k) == "case"]
    first = min(t.i for t in toks)
    between = c.doc[c.i + 1 : first]
    near = all(dep(t) == "case" or is_hedge(t) or t.tag_.startswith("接頭辞") for t in between)
    return cases == ["で"] and near and names_a_thing(c, spans) and not is_qualifier(c)


def topic_before(counter: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The nearest noun before the number marked as topic or subject (は, が, も): a topic
    scopes over the clauses after it (国立大等は約79億円で3%増、私立大等は…). A place or frame
    marked では or には (本事業では) is where, not what."""
    doc = counter.doc  # the sentence's topics and stops are indexed once, not walked per number
    stop = last_marked_before(doc, "stops", lambda t: t.text in "。", counter.i)
    for i in reversed(marked_between(doc, "topics", is_topic, stop + 1, counter.i)):
        if names_a_thing(doc[i], spans):
            return doc[i]
    return None


def is_topic(c: Token) -> bool:
    """A noun marked as topic or subject (は, が, も; not では, には), or as what an answer is
    about (〜につきましては, 〜に関しては)."""
    cases = [k.text for k in c.children if dep(k) == "case"]
    if bool(cases) and all(k in TOPIC_CASES for k in cases):
        return True
    return text_after(c, 8).startswith(_ABOUT)


def numbered_topic(
    counter: Token, toks: list[Token], unit: str, spans: list[tuple[int, int]]
) -> Token | None:
    """The topic before a number that itself names a number of its unit (指定地域の数につきまして
    は、84地域を指定した; 補助金の予算額は120億円を計上している): it says what the number is,
    ahead of the verb's object or the counted noun, when no other number comes between them
    and the number states no change."""
    ends = _NUMBER_TOPICS.get(unit)
    topic = topic_before(counter, spans) if ends else None
    if topic is None or ends is None or not topic.text.endswith(ends):
        return None
    first = min(t.i for t in toks)

    def between() -> Iterator[Token]:  # lazily: a long row stops at its first number; a number
        # in a clause on the number (前年度を8%上回る620万人) or an aside (件数(1,000万円以上)が) is none
        for t in each_outside_brackets(counter.doc[topic.i + 1 : first]):
            if not in_subtree(counter, t):
                yield t

    if any(covered(t, spans) or t.pos_ == "NUM" for t in between()):
        return None
    if change_word(counter.head) or any(is_topic(t) for t in between()):
        return None
    own = (c for c in counter.lefts if c.i < first and dep(c) in ("nmod", "compound"))
    named = [c for c in own if names_a_thing(c, spans) and not c.tag_.startswith("接頭辞")]
    if named:  # 利用者数が目標の1万人を上回った: 目標の (約, a prefix, names nothing)
        return None
    return topic


_ELAPSE = ("経過", "経つ", "たつ", "過ぎる")  # 10年が経過した, 5年が経った
_REACH = ("迎える", "なる")  # 20周年を迎える, 10周年となる: an anniversary is the years elapsed
_SPANS = {"years": "年数", "months": "月数", "days": "日数"}


def elapsed(
    counter: Token, toks: list[Token], unit: str, spans: list[tuple[int, int]]
) -> str | None:
    """A span of time that is the subject of a verb of elapsing (設立から10年が経過した): the
    time elapsed since what the sentence names before it (設立からの経過年数, 法施行後の経過年数);
    so is an anniversary reached (開始から20周年を迎える)."""
    passed = dep(counter) == "nsubj" and counter.head.lemma_ in _ELAPSE
    reached = counter.text == "周年" and counter.head.lemma_ in _REACH  # 開始から20周年を迎える
    if unit not in _SPANS or not (passed or reached):
        return None
    doc = counter.doc
    since = None
    for t in reversed(doc[: min(x.i for x in toks)]):
        if t.text == "。":
            break
        nxt = doc[t.i + 1].text if t.i + 1 < len(doc) else ""
        if t.text.endswith(("後", "以来")) or nxt in ("から", "以来"):
            named = phrase(t, spans)
            since = f"{named}{nxt}" if named and nxt == "から" else named
            break
    return f"{since}の経過{_SPANS[unit]}" if since else f"経過{_SPANS[unit]}"


def per_unit(c: Token, what: str, counter: Token, unit: str, spans: list[tuple[int, int]]) -> str:
    """An amount per unit (1社あたり平均2,500万円を助成): the unit with its number (1社あたり),
    and the amount of the verbal noun it is the object of (助成額)."""
    doc = c.doc
    one = doc[c.i - 1] if c.i > 0 else None
    if one is not None and one.pos_ == "NUM" and not covered(one, spans):
        what = one.text + what  # 1社, 10万人
    what += doc[c.i + 1].text
    verb = counter.head
    if unit == "JPY" and dep(counter) == "obj" and verb.tag_.endswith("サ変可能"):
        return f"{what}{verb.text}額"
    return what


def relative_count(counter: Token, toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """A count a relative clause before it says what of (応募のあった120件): the clause with the
    counter (応募のあった件; read_japanese makes it a number of it)."""
    first = min(t.i for t in toks)
    clause = next(
        (c for c in counter.lefts if dep(c) == "acl" and c.pos_ == "VERB" and c.i < first), None
    )
    if clause is None or not is_counter(counter):
        return None
    words = [
        t for t in clause.subtree
        if not covered(t, spans) and dep(t) != "punct" and not t.tag_.startswith("助詞-係助詞")
    ]  # fmt: skip
    text = "".join(t.text for t in sorted(words, key=lambda t: t.i))
    return f"{text}{counter.text}" if text else None


def of_whom(counter: Token, toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """The noun a counted noun is of, written before its number with の (東北地方の6県 -> 東北地方),
    when it names a thing and is no list of the items counted (京都・大阪・奈良の3府県)."""
    first = min(t.i for t in toks)
    mod = next(
        (c for c in counter.children
         if dep(c) == "nmod" and c.i < first and names_a_thing(c, spans)
         and any(k.text == "の" for k in c.children)),
        None,
    )  # fmt: skip
    if mod is None or any(t.text in ("・", "、", ",") for t in mod.subtree):
        return None  # 京都・大阪・奈良の3府県: a list of the items themselves
    return phrase(mod, spans)


def theme_of(topic: Token, spans: list[tuple[int, int]]) -> str | None:
    """The theme a bare amount topic is of (けいはんな学研都市は、…、面積は約15,000haである): an
    earlier noun of the sentence marked は alone that names a thing, not an amount (事業所数は…、
    従業者数は…: a second amount, not the first's)."""
    if not any(dep(k) == "case" and k.text == "は" for k in topic.children):
        return None  # 本県は、製造業が約5兆円: a subject marked が is an item, not an amount of it
    for c in reversed(topic.doc[: topic.i]):
        if c.text == "。":
            break
        cases = [k.text for k in c.children if dep(k) == "case"]
        after = [k for k in c.children if dep(k) == "case"][-1:]
        opens = bool(after) and after[0].i + 1 < len(c.doc) and c.doc[after[0].i + 1].text in "、,"
        if cases == ["は"] and opens and names_a_thing(c, spans) and not c.text.endswith(AMOUNTS):
            return phrase(c, spans)  # the theme opens its sentence: は and a comma
    return None


def of_whose(
    counter: Token, toks: list[Token], what: str | None, spans: list[tuple[int, int]]
) -> str | None:
    """A counted noun compounded before its number (企業300社) with the noun it is of, written
    before both with の (調査対象の企業300社: 調査対象の企業), when that noun may name what is
    counted (not 全国の or 県内の: where they are counted)."""
    whose = of_whom(counter, toks, spans) if what else None
    mod = next(
        (c for c in counter.children if dep(c) == "nmod" and c.i < min(t.i for t in toks)), None
    )
    if not whose or mod is None or not may_name(mod) or whose in str(what):
        return what
    if mod.text in load_rules("japanese")["nationwide_words"] or _WITHIN.match(mod.text):
        return what
    return f"{whose}の{what}"
