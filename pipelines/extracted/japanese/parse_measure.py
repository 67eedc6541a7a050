"""What a Japanese number measures, read from GiNZA's dependency parse of its sentence: the noun
its counter is compounded with or attached to by の (県内の企業約5,000社, 38の地域), else the
topic or subject (は/が) of the predicate it is an argument of (研究開発費は…1兆円となった),
else that predicate as a clause naming the counted thing (38箇所がテクノポリス誘致に名乗りを上げた
-> テクノポリス誘致に名乗りを上げた箇所). A year measures the event it dates (parse_events.py).
Counts named by their role in a clause (parse_roles.py) or by what those counted do
(parse_acts.py), the change a number states (parse_changes.py), amounts left unsaid because said
just before (parse_ellipsis.py) and readings from the sentence around a number
(parse_context.py) are read in their own modules.

A noun phrase keeps its 〜の〜 chain and compounds and drops numbers, particles and prefixes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_acts import (
    acted_by,
    acted_on,
    acting_count,
    as_before,
    changed_in,
    counted_by,
    kind_of_topic,
    topic_amount,
)
from pipelines.extracted.japanese.parse_asides import aside_of, named_after, term_of
from pipelines.extracted.japanese.parse_attached import AREAS, attached_measure
from pipelines.extracted.japanese.parse_changes import change_after, host_of_rate, unsaid_changes
from pipelines.extracted.japanese.parse_clauses import (
    clause_of,
    goal_after,
    marked_as,
    of_topic,
    per_topic,
    ratio_base,
    share_of_part,
    spent_on,
    subject_of,
    undergone,
    where_of,
)
from pipelines.extracted.japanese.parse_context import (
    bracketed,
    chain_before,
    labelled,
    opens_brackets,
    owner_before,
    period_label,
    ranked_by,
    scope,
)
from pipelines.extracted.japanese.parse_counts import (
    changed_item,
    counted_noun,
    elapsed,
    marked,
    may_name,
    numbered_topic,
    object_of,
    of_whom,
    of_whose,
    per_unit,
    relative_count,
    theme_of,
    topic_before,
    verbal_count,
)
from pipelines.extracted.japanese.parse_ellipsis import (
    SAME,
    amount_fields,
    bare_amount_name,
    carried,
    elided,
    fields,
    framed,
    of_which,
    outer_amounts,
    topic_name,
    wholes,
)
from pipelines.extracted.japanese.parse_events import event_of
from pipelines.extracted.japanese.parse_owners import owned, owned_amounts, ranked_owners
from pipelines.extracted.japanese.parse_ranks import rank_of
from pipelines.extracted.japanese.parse_roles import counted_role, place_count, subject_count
from pipelines.extracted.japanese.parse_shares import share_of_whole
from pipelines.extracted.japanese.parse_taken_shares import rate_of, share
from pipelines.extracted.japanese.parse_words import (
    PER,
    bare_amount,
    change_word,
    dep,
    is_counter,
    is_date,
    is_hedge,
    names_a_thing,
    phrase,
)
from pipelines.extracted.parse_index import IndexedSpans, doc_text
from pipelines.extracted.parse_tree import Reading, covered, read_facts

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from pipelines.extracted.fact import Fact

_ARGUMENTS = ("nsubj", "obj", "obl", "iobj", "nmod", "advcl", "csubj")
# 179億円となった, 30社に達した, 8千人から…に増加: a level, not a change
_LEVEL_CASES = ("で", "と", "に", "の", "から")
_DIMENSIONS = ("長さ", "高さ", "幅", "面積", "深さ", "重さ", "延長")  # 長さ375メートル
# measures that already say a number (件数, 人口, 割合) or an item of one (受入額（国）)
_NUMBER_OF = ("数", "人口", "率", "割合", "額", "高", "量", "）")


def read_japanese(
    doc: Doc,
    offset: int,
    facts: list[Fact],
    before: Sequence[Fact] = (),
    prior: Doc | None = None,
) -> list[Reading]:
    """One reading per fact of the sentence parsed as `doc` (which starts at `offset`);
    `before` are the facts of the sentence right before it and `prior` its parse: a sentence
    opening with このうち lists items of its amounts, one going on with また keeps its field."""
    for t in doc:  # a kanji numeral (六千百) is a number whatever class GiNZA gives it
        if t.tag_.startswith("名詞-数詞"):
            t.pos_ = "NUM"
    outer = outer_amounts(facts, wholes(before) if before and of_which(doc) else {})
    unsaid: set[int] = set()  # 東京大学28件 in a sentence naming no amount: the list's before

    def quantity(head: Token, toks: list[Token], spans: list[tuple[int, int]], f: Fact) -> Reading:
        r = _quantity(head, toks, spans, f.unit, outer.get(id(f)))
        if r.measure and not r.direction:  # 経済産業局(担当職員約500名): the bureau's staff
            r.measure = aside_of(toks, r.measure, spans)
        if owned(r, _counter(head, toks), toks, f.unit, spans):
            unsaid.add(id(f))
        return r

    readings = read_facts(doc, offset, facts, event_of, quantity)
    unsaid_changes(doc, offset, facts, readings, before)  # 約26億円の増加: of the amount just said
    owned_amounts(facts, readings, before, {i for i, f in enumerate(facts) if id(f) in unsaid})
    ranked_owners(facts, readings, doc.text, offset)
    carried(doc.text, offset, facts, readings)  # 5千万円~2億円, 1億円(同2億円), 12件（全国2位）
    spans = IndexedSpans([(f.start - offset, f.end - offset) for f in facts])
    framed_in = fields(doc, spans, prior)  # 共同研究において、「研究費受入額」は…
    amounts_in = amount_fields(doc, spans)  # 大型の共同研究では、…受入額は…
    for f, r, field, frame in zip(facts, readings, framed_in, amounts_in, strict=True):
        quote = doc_text(doc)[f.start - offset : f.end - offset].strip()
        if f.fact_type == "year" and f.value_high is not None:  # 第2期計画(平成19年~28年)
            r.measure = term_of(doc, f.start - offset, f.end - offset, spans) or r.measure
        bare = r.measure is None or r.measure == quote[-1:]  # 2001年(18社), 300社: the firms
        if bare and f.unit in ("count", "people"):
            r.measure = counted_by(quote) or r.measure
        counted = f.unit in ("count", "people") and r.measure and not r.direction
        if counted and not str(r.measure).endswith(_NUMBER_OF):
            r.measure = f"{r.measure}数"
        field = field or (frame if bare_amount_name(r.measure) else None)  # 大型共同研究の受入額
        if field and r.measure and field not in r.measure and f.fact_type != "year":
            r.measure = f"{field}の{r.measure}"
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
    head: Token,
    toks: list[Token],
    spans: list[tuple[int, int]],
    unit: str = "",
    outer: str | None = None,
) -> Reading:
    if unit == "rank":  # 全国第8位, 世界一
        return Reading(rank_of(head, toks, spans))
    ranked = ranked_by(toks, spans)
    if ranked is not None:
        return Reading(ranked, change_after(toks[-1]))
    label = labelled(toks, spans) or bracketed(toks, spans) or opens_brackets(toks, spans)
    label = label or named_after(toks, spans)  # 12,000人（昼間人口）
    if not label and unit in ("years", "months"):  # 期間:1地域あたり2億円/3年間
        label = period_label(toks, spans)
    if label:
        return Reading(label, change_after(toks[-1]))
    chained = chain_before(toks, spans)
    if chained:  # 中心都市は人口20万人以上: the topic's population
        return Reading(topic_amount(_counter(head, toks), chained, spans), change_after(toks[-1]))
    places = place_count(toks, spans) if unit == "count" else None
    if places:  # 2市3町にまたがる丘陵地: the cities it spreads over, not the hills
        return Reading(places)
    counter = _counter(head, toks)
    own = {t.i for t in toks} | {counter.i}
    said_of = numbered_topic(counter, toks, unit, spans)
    if said_of is not None and not change_after(toks[-1]):  # 予算額は120億円を計上: the budget
        return Reading(topic_name(said_of, spans))
    if unit == "percent":
        part = (
            share(counter, spans, outer) or rate_of(counter, spans) or share_of_part(counter, spans)
        )
        if part:
            return Reading(part)
    # a counted noun (19地域を選定): the noun itself, named by its predicate when it is one
    # (選定地域); the subject of a number that is the predicate names it (事業所数は120事業所)
    acting = acting_count(counter, toks, unit, spans)
    if acting:  # 中小企業36社と大学4校が共同研究に参加: the firms taking part
        return Reading(acting)
    counted = unit in ("count", "people") and not change_word(counter) and not is_hedge(counter)
    if counted and not is_counter(counter) and counter.pos_ in ("NOUN", "PROPN"):
        subject = next(
            (c for c in counter.children if dep(c) == "nsubj" and names_a_thing(c, spans)), None
        )
        if subject is not None:  # 対象は全国の大学等1,085機関: the subject's kind counted
            return Reading(subject_count(subject, counter, spans))
        noun = counted_noun(counter, toks, spans)
        if unit == "people" and any(t.text == noun and is_counter(t) for t in toks):
            noun = "人"  # 延べ80名程度が参加した: people, whatever their counter
        role = counted_role(counter, noun, spans) or changed_in(counter, noun, spans)
        if role:  # 協議会を設立した府県, 調査対象の大学等, 事業がまたがる県
            return Reading(role, counted=noun)
        whose = of_whom(counter, toks, spans)
        whose = f"{whose}の" if whose else ""  # 東北地方の6県: the prefectures of the region
        pred = counter.head
        goal = pred.tag_.endswith("サ変可能") or where_of(pred, counter, spans)  # 拠点に4市を選んだ
        if dep(counter) in ("obj", "nsubj") and goal:
            # 講座には620名が参加した, 1085事業を交付対象に認定した: the clause with where or as what
            clausal = where_of(pred, counter, spans) or goal_after(pred, counter, spans)
            clausal = clausal or undergone(pred, counter)  # 14地区が指定された: 指定された地区
            said = clause_of(pred, counter, spans) if clausal else None
            if said:
                return Reading(f"{said}{whose}{noun}")
            return Reading(f"{whose}{acted_on(pred, counter, spans)}{noun}")
        return Reading(whose + noun)
    # the change a number states (約45億円減少, 119件(3%)増): a change word after it, or the
    # predicate it hangs on, unless a particle makes it the level reached (約79億円で3%増: 79億円
    # is no change); a percentage in brackets is the rate of its host's change
    host = host_of_rate(counter, toks)
    after = counter.doc[counter.i + 1] if counter.i + 1 < len(counter.doc) else None
    level = any(dep(c) == "case" and c.text in _LEVEL_CASES for c in counter.children) or (
        after is not None and after.text in _LEVEL_CASES  # 約35億円で (で parsed as copula)
    )
    change = (
        change_after(toks[-1])
        or change_after(host or counter)
        or (None if level else change_word(counter) or change_word(counter.head))
    )
    rate = "率" if any(t.text in ("%", "％") for t in toks) else ""

    def named(what: str | None, part: Token | None = None) -> Reading:
        whole = scope(part, spans, outer) if part is not None and what else None
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
    base = ratio_base(counter, spans) if unit == "ratio" else None
    if base:  # 全国平均の1.3倍, 5年前の1.5倍: the topic's ratio to its base
        return named(of_topic(base, counter, unit, spans))
    # 県内の企業約5,000社: the nouns compounded with the counter; 「件数」は6185件: its subject
    for c in reversed(list(counter.lefts)):
        if c.i in own or covered(c, spans) or is_date(c) or c.pos_ not in ("NOUN", "PROPN"):
            continue
        if change and c.text in SAME:
            continue  # 同12%増: on the same base as before, no name of what changed
        if not may_name(c) and not (change and changed_item(c, toks, spans)):
            continue
        owner = counter.head
        if c.text in _DIMENSIONS and dep(counter) == "nmod" and names_a_thing(owner, spans):
            return Reading(f"{phrase(owner, spans)}の{c.text}")  # 長さ375メートルの施設
        if dep(c) in ("compound", "nmod", "nsubj") and not c.tag_.startswith("接頭辞"):
            per = c.i + 1 < len(c.doc) and c.doc[c.i + 1].text in PER
            what = (elided(c, spans) if dep(c) == "nsubj" else None) or phrase(c, spans)
            if what and dep(c) == "compound":  # 参加40社, 参加企業は、中小企業30社と…
                what = kind_of_topic(counter, acted_by(c, counter, what), spans)
                what = of_whose(counter, toks, what, spans)  # 調査対象の企業300社: 調査対象の企業
            owned = dep(c) == "compound" and c.text.endswith(_NUMBER_OF[:-1]) and what
            if owned and dep(counter) == "nmod" and names_a_thing(owner, spans):
                return Reading(f"{phrase(owner, spans)}の{what}")  # 総額15億円の基金: 基金の総額
            if owned and what == c.text and bare_amount(c):  # 補助金として総額8億円を措置
                continue
            whose = theme_of(c, spans) if dep(c) == "nsubj" and what == c.text else None
            what = f"{whose}の{what}" if whose else what  # 学研都市は、…面積は約1.5万ha
            if per and what:  # 1社あたり平均2,500万円を助成: the grant per company
                return named(per_topic(per_unit(c, what, counter, unit, spans), counter, spans))
            topic = topic_before(counter, spans) if dep(c) in ("nmod", "nsubj") else None
            whose = owner_before(toks, topic, spans) if topic is not None else None
            if topic is not None and whose:  # 用地はA社の約4ha: A社の用地
                return named(f"{whose}の{topic_name(topic, spans)}")
            if unit == "percent" and not change and (of := share_of_whole(counter, c, spans)):
                return Reading(of)  # 県土の約30%の面積: 県土に占める面積の割合
            if dep(c) == "nmod" and what:  # 就農者数が過去最多の96人となった: of the topic
                what = of_topic(what, counter, unit, spans)
            return named(what, c if dep(c) == "nsubj" else None)
    # 38の地域, 1兆円の予算: the noun the number is attached to by の
    attached = attached_measure(counter, unit, spans)
    if attached is not None:
        return attached
    described = relative_count(counter, toks, spans) if unit in ("count", "people") else None
    if described:  # 応募のあった120件: the count of what the clause says
        return Reading(described)
    # 研究費受入額は約112億円と…減少: the topic of the predicate, and the change it states
    predicate = counter
    for _ in range(4):
        if predicate.head.i == predicate.i or predicate.pos_ in ("VERB", "ADJ"):
            break
        predicate = predicate.head
    since = elapsed(counter, toks, unit, spans)
    if since:  # 設立から10年が経過した
        return Reading(since)
    reached = object_of(counter, spans)
    if reached is not None:
        return named(phrase(reached, spans))
    own_subject = any(  # 国立大等が約25%減少したのに対し…: the clause says of its own subject
        dep(c) == "nsubj" and c.i != counter.i and names_a_thing(c, spans)
        for c in predicate.children
    )
    relative = dep(predicate) == "acl" and predicate.pos_ == "VERB"
    if relative and counter.head.i == predicate.i and not own_subject:
        modified = predicate.head  # 2700haに及ぶ研究学園地区: the noun the number's clause modifies
        what = phrase(modified, spans) if names_a_thing(modified, spans) else None
        if what and predicate.text in what:
            what = what[what.index(predicate.text) + len(predicate.text) :]
        if what:
            return Reading(what + ("の面積" if unit in AREAS else ""))
    verbal = spent_on(counter, unit, spans, verbal_count(counter, unit))  # 造成に投じる額
    counted_as = next(
        (c for c in counter.head.children if marked_as(c) and names_a_thing(c, spans)), None
    ) or (as_before(counter, spans) if verbal else None)
    if verbal and counted_as is not None:  # 対策として約420億円を計上: 対策の計上額
        verbal = f"{phrase(counted_as, spans)}の{verbal}"
    spanned = topic_before(counter, spans) if verbal and unit in ("years", "months") else None
    if spanned is not None and marked(spanned, "は"):  # 研修は2年間実施する: the topic's act
        verbal = f"{topic_name(spanned, spans)}の{verbal}"
    if verbal:  # the topic of 同社は5億円を投資した is who invests, not what
        return Reading(verbal, change)
    topic = topic_before(counter, spans) or subject_of(predicate, counter, spans)
    if topic is not None:
        what = topic_name(topic, spans)
        whose = owner_before(toks, topic, spans)  # 区画は A社の約7ha: A社の区画
        what = f"{whose}の{what}" if whose and what and whose not in what else what
        frame = framed(predicate, spans)  # 件数では国立大等が約25%減少: the count of 国立大等
        return named(f"{what}の{frame}" if what and frame else what, topic)
    if dep(counter) == "nsubj":
        counted_as = next(
            (c for c in predicate.children if marked_as(c) and names_a_thing(c, spans)), None
        )
        if counted_as is not None:  # 予算として約12億円が計上された: the budget
            return Reading(phrase(counted_as, spans), change)
        if unit not in ("count", "people"):  # 約12億円が計上された: the amount put in the budget
            spent = predicate.tag_.endswith("サ変可能") and unit != "percent"
            return Reading(f"{predicate.text}額" if spent else None, change)
        clause = clause_of(predicate, counter, spans)
        if clause:  # 620名が参加した: the number of people who did
            return Reading(clause + ("人" if unit == "people" else counter.text), change)
    return Reading(None, change)
