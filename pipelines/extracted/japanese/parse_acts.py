"""Japanese counts named by what the counted do or undergo (parse_measure.read_japanese): a count
with a counter that is the subject or object of a verbal noun, alone or first of a と-list
(中小企業36社と大学4校が共同研究に参加 -> 共同研究に参加している中小企業), its bare counter read
as the thing it counts (社 -> 企業); and a count of the places a topic changed in (出荷額は42市町
で増加 -> 出荷額が増加した市町)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_clauses import (
    clause_of,
    goal_after,
    part_counted,
    where_of,
)
from pipelines.extracted.japanese.parse_counts import marked, may_name, topic_before
from pipelines.extracted.japanese.parse_ellipsis import AMOUNT_ENDS, bare_amount_name
from pipelines.extracted.japanese.parse_words import (
    change_word,
    dep,
    is_counter,
    is_date,
    is_hedge,
    names_a_thing,
    phrase,
)
from pipelines.extracted.parse_tree import covered
from pipelines.extracted.rules import load_rules

_MAX_LISTED = 6  # a list longer than this is a sentence's enumeration, not one count's things

if TYPE_CHECKING:
    from spacy.tokens import Token

_SHORT = 8  # an object longer than this makes a clause, no compound
# a bare counter read as the noun it counts (300社が参加 -> 参加企業)
_COUNTED = {"社": "企業", "校": "学校", "名": "人", "人": "人"}


def acting_count(
    counter: Token, toks: list[Token], unit: str, spans: list[tuple[int, int]]
) -> str | None:
    """A count with a counter (36社, 4校) that is, alone or first of a と-list, the subject or
    object of a verbal noun: those who do it or undergo it, with the clause (共同研究に参加して
    いる中小企業); an object's only when it says where or as what, else the verb (採択企業)."""
    part = part_counted(counter, unit, spans)  # 企業のうち、5社が…を始めた: of that whole
    if part:
        return part
    closes = any(dep(c) == "nmod" and marked(c, "と") for c in counter.children)
    if unit not in ("count", "people") or is_hedge(counter):
        return None
    if not is_counter(counter) and not closes:  # 900社と40大学が: the list's last item too
        return None
    arg = _listed_with(counter)
    verb = arg.head
    if dep(arg) not in ("nsubj", "obj") or verb.pos_ != "VERB" or change_word(verb):
        return None
    # any verb whose object is taken as something or put somewhere (7件を拠点として選んだ,
    # 10人を海外に送った); a bare one only when it is a verbal noun (120社を超えた says no act)
    goal = dep(arg) == "obj" and goal_after(verb, arg, spans) and "非自立可能" not in verb.tag_
    if not verb.tag_.endswith("サ変可能") and not goal:
        return None
    noun = _noun(counter, toks, spans)
    # a subject keeps its clause (研修を受講した人); an object only one that says where or as what
    clausal = dep(arg) == "nsubj" or where_of(verb, arg, spans) or goal_after(verb, arg, spans)
    said = clause_of(verb, arg, spans) if clausal else None
    where = _nationwide(verb, arg)
    return f"{where}{said}{noun}" if said else f"{where}{verb.text}{noun}"


def _nationwide(verb: Token, arg: Token) -> str:
    """The nationwide scope (全国で) of the act or the clause before it that it goes on from
    (全国で12件を展開し、900社が参加した): kept, it says where those counted are."""
    verbs = [verb, *(c for c in verb.children if dep(c) == "advcl" and c.i < arg.i)]
    words = load_rules("japanese")["nationwide_words"]
    for v in verbs:
        for c in v.children:
            if dep(c) == "obl" and c.text in words and marked(c, "で") and c.i < arg.i:
                return f"{c.text}で"
    return ""


def changed_in(counter: Token, noun: str, spans: list[tuple[int, int]]) -> str | None:
    """A count of places marked で of a change a topic undergoes (出荷額は42市町で増加): the places
    where the topic changed (出荷額が増加した市町); else where a named subject acts (done_in)."""
    return _changed_in(counter, noun, spans) or done_in(counter, noun, spans)


def _changed_in(counter: Token, noun: str, spans: list[tuple[int, int]]) -> str | None:
    verb = counter.head
    placed = dep(counter) in ("obl", "nmod") and marked(counter, "で")
    if not placed or not change_word(verb):
        return None
    topic = topic_before(counter, spans)  # 事業所数は40市町村で減少、…: the topic before
    if topic is None or not marked(topic, "は"):
        return None
    what = phrase(topic, spans)
    return f"{what}が{verb.text}した{noun}" if what else None


def done_in(counter: Token, noun: str, spans: list[tuple[int, int]]) -> str | None:
    """A count of places marked で where a subject named after it does an act (全国12地域で
    新事業が開始された): the places where it was done (新事業が開始された地域)."""
    verb = counter.head
    placed = dep(counter) in ("obl", "nmod") and marked(counter, "で")
    if not placed or verb.pos_ != "VERB" or change_word(verb):
        return None
    doer = any(
        dep(c) == "nsubj" and c.i > counter.i and marked(c, "が") and names_a_thing(c, spans)
        for c in verb.children
    )
    said = clause_of(verb, counter, spans) if doer else None
    return f"{said}{noun}" if said else None


def listed(noun: Token, what: str, spans: list[tuple[int, int]]) -> str:
    """A counted noun that opens a list parted by 、 (368の研究機関、病院、企業が集積): the whole
    list the number counts, joined with ・ (研究機関・病院・企業), as a researcher writes it."""
    doc, items, item = noun.doc, [what], noun
    while len(items) < _MAX_LISTED and item.i + 1 < len(doc) and doc[item.i + 1].text == "、":
        nxt = item.head
        bare = not any(dep(c) == "case" for c in item.children)
        if not bare or dep(item) != "nmod" or nxt.i <= item.i + 1 or not names_a_thing(nxt, spans):
            break
        items.append(doc[item.i + 2 : nxt.i + 1].text)
        item = nxt
    return "・".join(items)


def as_before(counter: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The noun marked として that opens the clause of an amount the parse hangs elsewhere (予算
    として2020年度、2021年度ともに500億円を計上): what the amount is put down as."""
    doc = counter.doc
    for t in reversed(doc[: counter.i]):
        if t.text in "。" or (t.pos_ == "VERB" and t.i < counter.i - 1):
            return None  # another clause's verb: its として is not this amount's
        after = doc[t.i + 1 : t.i + 3]
        marked_as = len(after) == 2 and after[0].text == "と" and after[1].lemma_ == "する"
        if marked_as and names_a_thing(t, spans):
            return t
    return None


def counted_by(quote: str) -> str | None:
    """What a bare count whose sentence names nothing counts, by its counter (2001年(18社): firms)."""
    return _COUNTED.get(quote.strip()[-1:]) if quote.strip() else None


def acted_by(c: Token, counter: Token, what: str) -> str:
    """A verbal noun compounded to a counter of a kind (参加40社, 第一次分譲四十社) names what those
    counted took part in, not them: the act with the noun the counter counts (参加企業)."""
    noun = _COUNTED.get(counter.text)
    if noun and noun != "人" and c.tag_.endswith("サ変可能") and what.endswith(c.text):
        return what + noun
    return what


def kind_of_topic(counter: Token, what: str, spans: list[tuple[int, int]]) -> str:
    """A count of a kind of what the topic before it names (参加企業は、中小企業30社と…): the
    topic's items of that kind (参加企業のうち中小企業), the topic and the count ending in the
    same noun."""
    topic = topic_before(counter, spans)
    if topic is None or not marked(topic, "は") or topic.i + 1 >= counter.i:
        return what
    whole = phrase(topic, spans) or ""
    same = len(what) >= 2 and whole.endswith(what[-2:]) and whole != what
    return f"{whole}のうち{what}" if same and what not in whole else what


def acted_on(verb: Token, counter: Token, spans: list[tuple[int, int]]) -> str:
    """A verbal noun with the object its counted subject acts on or has acted on, as one
    compound (24地域が開発計画を承認された -> 開発計画承認, 20社が新製品を開発 -> 新製品開発);
    the verb alone when it has none, or a long one."""
    obj = next(
        (c for c in verb.children
         if dep(c) == "obj" and c.i != counter.i and c.i < verb.i and names_a_thing(c, spans)),
        None,
    )  # fmt: skip
    what = phrase(obj, spans) if obj is not None else None
    return f"{what}{verb.text}" if what and len(what) <= _SHORT else verb.text


def _listed_with(counter: Token) -> Token:
    """The last count of a と-list the counter opens (36社と大学4校が): it holds the list's role."""
    head = counter.head
    listed = dep(counter) == "nmod" and marked(counter, "と") and head.i > counter.i
    if listed and any(c.pos_ == "NUM" for c in head.children):
        return head
    return counter


def _noun(counter: Token, toks: list[Token], spans: list[tuple[int, int]]) -> str:
    """The nouns compounded before the number (中小企業36社 -> 中小企業), else the counter as the
    thing it counts (社 -> 企業)."""
    first = min(t.i for t in toks)
    words = [
        c for c in counter.lefts
        if dep(c) == "compound" and c.i < first and c.pos_ in ("NOUN", "PROPN")
        and not covered(c, spans) and not is_date(c) and may_name(c)
        and not c.tag_.startswith("接頭辞")
    ]  # fmt: skip
    if words:
        return "".join(t.text for t in words)
    return _COUNTED.get(counter.text, counter.text)


def topic_amount(counter: Token, what: str, spans: list[tuple[int, int]]) -> str:
    """An amount named by a bare compound before its number (中心都市は人口20万人以上: 人口) with
    the topic (は) of its clause it is of (中心都市の人口); a topic that is itself an amount
    (事業所数は…、従業者数…) is a second amount, not the owner."""
    topic = topic_before(counter, spans)
    if topic is None or not marked(topic, "は") or not bare_amount_name(what):
        return what
    whole = phrase(topic, spans) or ""
    if whole and not whole.endswith(AMOUNT_ENDS) and whole not in what:
        return f"{whole}の{what}"
    return what
