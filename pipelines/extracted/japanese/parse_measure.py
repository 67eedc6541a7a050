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

from pipelines.extracted.parse_tree import Reading, covered, read_facts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pipelines.extracted.fact import Fact

_NOUN_MODIFIERS = ("compound", "nmod", "amod", "acl", "det")
_CLAUSE_PARTS = ("case", "aux", "mark", "fixed", "obl", "obj", "advmod", "compound", "nmod")
_ARGUMENTS = ("nsubj", "obj", "obl", "iobj", "nmod", "advcl", "csubj")
_DATE_WORDS = ("年", "年度", "月", "日", "頃", "末", "初め", "現在", "時点", "以降", "当時")
_UP = ("増", "増加", "上昇", "拡大", "伸び", "伸長")
_DOWN = ("減", "減少", "低下", "縮小", "下落")
_DROP_TAGS = ("接頭辞", "補助記号", "助詞-係助詞", "助詞-副助詞")
_MAX_CHARS = 30
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
_FORMAL = ("こと", "もの", "ため", "ところ", "内容")  # nouns a clause hangs on that name nothing
# a topic ending so names an amount a breakdown divides (受入研究費は、国が…): 〜費, 〜額, 〜数
_AMOUNT_ENDS = ("費", "額", "数", "率", "量", "高", "金", "人口")
_RANGE_MARKS = ("~", "〜", "～", "-", "－", "–", "から")
_PER = ("当たり", "あたり")  # 1エリア当たり5千万円: an amount per area
_RANKED = ("大きい", "多い", "高い", "低い", "少ない", "小さい")  # 伸び率が大きい機関 1.…


def _dep(t: Token) -> str:
    """The relation without GiNZA's `_bunsetu` suffix (left when its bunsetu step is off)."""
    return t.dep_.split("_")[0]


def read_japanese(doc: Doc, offset: int, facts: list[Fact]) -> list[Reading]:
    """One reading per fact of the sentence parsed as `doc` (which starts at `offset`)."""
    readings = read_facts(
        doc, offset, facts, _event, lambda head, toks, spans, f: _quantity(head, toks, spans)
    )
    for i in range(
        1, len(facts)
    ):  # 5千万円~2億円: a range's far end measures what its near end does
        between = doc.text[facts[i - 1].end - offset : facts[i].start - offset].strip()
        if (
            between in _RANGE_MARKS
            and readings[i - 1].measure
            and facts[i].unit == facts[i - 1].unit
        ):
            readings[i].measure = readings[i - 1].measure
    return readings


def _phrase(noun: Token, spans: list[tuple[int, int]]) -> str | None:
    """The noun with what modifies it on its left (〜の〜 chains, compounds, short clauses such
    as 中小企業と行った件数), without numbers, brackets, prefixes or the topic particle."""
    lowest = noun.i

    def left(t: Token, in_clause: bool) -> None:
        nonlocal lowest
        for c in t.lefts:
            rel = _dep(c)
            if rel in _NOUN_MODIFIERS or (rel == "case" and c.text == "の"):
                pass
            elif not (in_clause and rel in _CLAUSE_PARTS):
                continue
            if _is_date(c) or c.pos_ == "NUM":
                continue
            lowest = min(lowest, c.i)
            left(c, in_clause or rel == "acl")

    left(noun, False)
    doc = noun.doc
    start = lowest
    for k in range(lowest, noun.i):  # never across a number
        if (
            covered(doc[k], spans)
            or doc[k].pos_ == "NUM"
            or _dep(doc[k]) == "punct"
            and doc[k].text in "、,"
        ):
            start = k + 1
    text = "".join(t.text for t in doc[start : noun.i + 1] if not t.tag_.startswith(_DROP_TAGS))
    text = text.lstrip("のとにで")
    return text[-_MAX_CHARS:] or None


def _is_date(t: Token) -> bool:
    return t.text in _DATE_WORDS or t.text.endswith(("年", "年度", "月"))


def _date_part(t: Token) -> bool:
    """A number, era name or date word of a written date (昭和, 38, 年, 9, 月)."""
    return t.pos_ == "NUM" or _is_date(t) or (t.pos_ == "PROPN" and t.head.pos_ != "VERB")


def _change(t: Token) -> str | None:
    if t.text.startswith(_UP) or t.lemma_ in _UP:
        return "up"
    if t.text.startswith(_DOWN) or t.lemma_ in _DOWN:
        return "down"
    return None


def _counter(head: Token, toks: list[Token]) -> Token:
    """The counter or unit the number is read with (社, 箇所, 円, %): the span's noun, else the
    noun the number hangs on."""
    inside = {t.i for t in toks}
    rel = _dep(head)
    if head.pos_ == "NUM" and head.head.i not in inside and rel in ("nummod", "compound"):
        return head.head
    return head


def _is_counter(t: Token) -> bool:
    return "助数詞" in t.tag_ or t.text in ("%", "％", "円", "人", "件", "社", "倍")


def _quantity(head: Token, toks: list[Token], spans: list[tuple[int, int]]) -> Reading:
    ranked = _ranked_by(toks, spans)
    if ranked is not None:
        return Reading(ranked, _change_after(toks[-1]))
    chained = _chain_before(toks, spans)
    if chained:
        return Reading(chained, _change_after(toks[-1]))
    counter = _counter(head, toks)
    own = {t.i for t in toks} | {counter.i}
    # a counted noun (19地域を選定): the noun itself, named by its predicate when it is one (選定地域)
    if not _is_counter(counter) and counter.pos_ in ("NOUN", "PROPN") and not _change(counter):
        noun = _phrase(counter, spans) or counter.text
        pred = counter.head
        if _dep(counter) in ("obj", "nsubj") and pred.tag_.endswith("サ変可能"):
            return Reading(pred.text + noun)
        return Reading(noun)
    # the change a number states (約45億円減少, 119件(3%)増): a change word after it, or the
    # predicate it hangs on, unless a particle makes it the level reached (約79億円で3%増: 79億円
    # is no change); a percentage in brackets is the rate of its host's change
    host = _host_of_rate(counter, toks)
    after = counter.doc[counter.i + 1] if counter.i + 1 < len(counter.doc) else None
    level = any(_dep(c) == "case" and c.text in _LEVEL_CASES for c in counter.children) or (
        after is not None and after.text in _LEVEL_CASES  # 約35億円で (で parsed as copula)
    )
    change = _change_after(host or counter) or (
        None if level else _change(counter) or _change(counter.head)
    )
    rate = "率" if any(t.text in ("%", "％") for t in toks) else ""

    def named(what: str | None, part: Token | None = None) -> Reading:
        whole = _scope(part, spans) if part is not None and what else None
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
        if c.i in own or covered(c, spans) or _is_date(c) or c.pos_ not in ("NOUN", "PROPN"):
            continue
        if c.text in _NOT_NAMES:
            continue
        if _dep(c) in ("compound", "nmod", "nsubj") and not c.tag_.startswith("接頭辞"):
            per = c.i + 1 < len(c.doc) and c.doc[c.i + 1].text in _PER
            what = _phrase(c, spans)
            return named(
                what + c.doc[c.i + 1].text if per and what else what,
                c if _dep(c) == "nsubj" else None,
            )
    # 38の地域, 1兆円の予算: the noun the number is attached to by の
    governor = counter.head
    attached = _dep(counter) == "nmod" and governor.pos_ in ("NOUN", "PROPN")
    if attached and not _is_counter(governor) and not _change(governor) and not _is_date(governor):
        return Reading(_phrase(governor, spans))
    # 研究費受入額は約112億円と…減少: the topic of the predicate, and the change it states
    predicate = counter
    for _ in range(4):
        if predicate.head.i == predicate.i or predicate.pos_ in ("VERB", "ADJ"):
            break
        predicate = predicate.head
    topic = _topic_before(counter, spans) or _topic(predicate, counter, spans)
    if topic is not None:
        return named(_phrase(topic, spans), topic)
    if _dep(counter) == "nsubj":
        clause = _clause(predicate, counter, spans)
        if clause:
            return Reading(clause + counter.text, change)
    return Reading(None, change)


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
    return _change(doc[k]) if k < len(doc) else None


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
    if host.i < first and _is_counter(host):
        return host
    return None


def _topic(predicate: Token, counter: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The predicate's subject or topic other than the number itself, climbing to the clause
    the predicate hangs on."""
    for _ in range(3):
        for c in predicate.children:
            if c.i == counter.i or covered(c, spans) or _is_date(c):
                continue
            if _dep(c) == "nsubj" and c.pos_ in ("NOUN", "PROPN") and not _is_counter(c):
                return c
        rel = _dep(predicate)
        if rel in ("advcl", "conj", "acl") and predicate.head.i != predicate.i:
            if rel == "acl" and predicate.head.text in _FORMAL:
                break
            if rel == "acl" and predicate.head.pos_ in ("NOUN", "PROPN"):
                return predicate.head
            predicate = predicate.head
            continue
        break
    return None


def _topic_before(counter: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The nearest noun before the number marked as topic or subject (は, が, も): a topic
    scopes over the clauses after it (国立大等は約79億円で3%増、私立大等は…)."""
    for c in reversed(counter.doc[: counter.i]):
        if c.text in "。":
            break
        marked = any(_dep(k) == "case" and k.text in _TOPIC_CASES for k in c.children)
        if marked and _names_a_thing(c, spans):
            return c
    return None


def _names_a_thing(t: Token, spans: list[tuple[int, int]]) -> bool:
    """A noun that can be what a number measures: no date, counter, number or formal noun."""
    return (
        t.pos_ in ("NOUN", "PROPN")
        and not _is_date(t)
        and not covered(t, spans)
        and not _is_counter(t)
        and t.text not in _FORMAL
    )


def _clause(predicate: Token, counter: Token, spans: list[tuple[int, int]]) -> str | None:
    """The predicate with its other arguments, as a relative clause (名乗りを上げた)."""
    skip = {x.i for x in counter.subtree}
    toks = [
        t for t in predicate.subtree
        if t.i not in skip and not covered(t, spans) and t.i <= predicate.i
        and t.pos_ != "PUNCT" and not t.tag_.startswith("助詞-係助詞")
        and t.i > counter.i
    ]  # fmt: skip
    tail = [t for t in predicate.rights if _dep(t) in ("aux", "cop")]
    text = "".join(t.text for t in sorted(toks + tail[:1], key=lambda t: t.i))
    return text[-_MAX_CHARS:] or None


def _event(head: Token, spans: list[tuple[int, int]]) -> str | None:
    """The event a year dates: the predicate it hangs on, as a noun with its object or topic
    (構想を発表 -> 構想の発表), or the noun it dates with の (2005年の合併 -> 合併)."""
    year = head
    for _ in range(4):  # 昭和38年9月の: climb over the date's own words
        if year.head.i == year.i:
            return None
        if _date_part(year) and (_is_date(year.head) or year.head.pos_ == "NUM"):
            year = year.head
            continue
        break
    event = year.head
    nominal = event.pos_ in ("NOUN", "PROPN")
    if _dep(year) == "nmod" and nominal and not event.tag_.endswith("サ変可能"):
        return _phrase(event, spans)
    what = next(
        (c for c in event.children if _dep(c) == "obj" and not covered(c, spans)), None
    ) or next(
        (c for c in event.children
         if _dep(c) == "nsubj" and not covered(c, spans) and not _is_date(c)),
        None,
    )  # fmt: skip
    name = _phrase(event, spans) if event.tag_.startswith("名詞") else event.lemma_
    if what is not None:
        thing = _phrase(what, spans)
        return f"{thing}の{name}" if thing else name
    return name or None


def _scope(part: Token, spans: list[tuple[int, int]]) -> str | None:
    """The amount a breakdown divides, when `part` is one of its items: an earlier topic in
    the sentence marked は and a comma (受入研究費は、独立行政法人等が…、国が…) naming an amount."""
    doc = part.doc
    for c in reversed(doc[: part.i]):
        if c.text == "。":
            break
        opens = c.i + 2 < len(doc) and doc[c.i + 1].text == "は" and doc[c.i + 2].text in "、,"
        if opens and _names_a_thing(c, spans) and c.text.endswith(_AMOUNT_ENDS):
            return _phrase(c, spans)
    return None


def _ranked_by(toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """What a ranked list ranks by, for a number right after an item's name (伸び率が大きい機関
    1.山形大学 約52.7%増): the heading's subject, with the item (伸び率（山形大学）)."""
    doc = toks[0].doc
    first = min(t.i for t in toks)
    name: list[Token] = []
    k = first - 1
    while k >= 0 and doc[k].pos_ in ("NOUN", "PROPN") and not covered(doc[k], spans):
        name.insert(0, doc[k])
        k -= 1
    enumerated = k >= 1 and doc[k].text in (".", "．", ")", "）") and doc[k - 1].pos_ == "NUM"
    if not enumerated or not name or len(name) > 4:
        return None
    for t in reversed(doc[: k - 1]):
        if t.text == "。":
            break
        if t.pos_ == "ADJ" and t.lemma_ in _RANKED and _dep(t) == "acl":
            by = next(
                (c for c in t.children if _dep(c) == "nsubj" and _names_a_thing(c, spans)), None
            )
            heading = _phrase(by, spans) if by is not None else None
            item = "".join(x.text for x in name if not x.tag_.startswith("接頭辞"))
            return f"{heading}（{item}）" if heading and item else None
    return None


def _chain_before(toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """In a flat chain of compounds (期間:一地域あたり上限二億円程度/三年間 マッチングファンド方式),
    where the parse hangs every word on the last: the nouns of the chain right before the number
    (地域あたり上限), not the chain's head."""
    doc = toks[0].doc
    chain = toks[0].head
    if chain.i <= toks[-1].i or any(_dep(t) != "compound" or t.head.i != chain.i for t in toks):
        return None
    if _change(chain) or _is_counter(chain):
        return None
    k = toks[0].i - 1
    words: list[Token] = []
    while k >= 0:
        t = doc[k]
        if t.pos_ not in ("NOUN", "PROPN") or covered(t, spans) or _is_date(t):
            break
        words.insert(0, t)
        k -= 1
    text = "".join(t.text for t in words if not t.tag_.startswith("接頭辞"))
    return text if text and text not in _PER else None
