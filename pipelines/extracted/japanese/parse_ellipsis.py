"""What a Japanese number measures where the text leaves it unsaid because it was said just
before: a bare topic standing for the amount a topic before it in the sentence is one of
(大学の特許出願件数は…、収入は… -> 大学の特許収入), the items of an amount the sentence
before gave, listed after このうち (このうち、製造業は約20億円 -> 特許収入（製造業）), and the
amount a clause is framed by (件数では国立大等が… -> 国立大等の件数), and an amount said to be
the same as the one before (1億円(同2億円): 同 measures what 1億円 does)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_counts import theme_of
from pipelines.extracted.japanese.parse_words import dep, is_date, names_a_thing, phrase

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from pipelines.extracted.fact import Fact
    from pipelines.extracted.parse_tree import Reading

# a topic ending so names an amount (研究費受入額, 実施件数, 人口)
AMOUNT_ENDS = ("費", "額", "数", "率", "量", "高", "金", "人口", "収入", "支出")
_GOING_ON = ("また", "さらに", "同様に")  # a sentence that goes on in the field of the one before
_FRAME_CHARS = 3  # 本調査において -> 調査: too bare to name a field
_OF_WHICH = ("うち", "内")  # このうち, そのうち, うち: items of what was said before
_POINTERS = ("この", "その")
_KANJI = re.compile(r"[\u3400-\u9fff々]+")
_JAPANESE = re.compile(r"[\u3041-\u30ff\u3400-\u9fff]")  # a counter or scale word (件, 万人)
_RANGE_MARKS = ("~", "〜", "～", "-", "－", "–", "から")  # 5千万円~2億円
SAME = ("同", "同じ")  # 1億円(同2億円): the same as the amount before


def of_which(doc: Doc) -> bool:
    """Whether the sentence opens with このうち (そのうち, うち): what follows are items of an
    amount the sentence before gave."""
    words = [t for t in doc[:4] if dep(t) != "punct" and t.text.strip()]
    if words and words[0].text in _POINTERS:
        words = words[1:]
    return bool(words) and words[0].text in _OF_WHICH and words[0].pos_ == "NOUN"


def wholes(before: Sequence[Fact]) -> dict[str, str]:
    """The amounts (no changes) the sentence before measured, by unit: what a このうち item
    of the same unit is a part of."""
    out: dict[str, str] = {}
    for f in before:
        if f.measure and not f.direction and f.fact_type not in ("year", "rank", "rate"):
            out[f.unit] = f.measure
    return out


def outer_amounts(facts: list[Fact], whole: dict[str, str]) -> dict[int, str]:
    """The amount of the sentence before each fact is an item of (by unit); a percentage
    (約20億円で6%増) is of the amount before it in its own sentence."""
    out: dict[int, str] = {}
    last: str | None = None
    for f in facts:
        any_whole = next(reversed(whole.values()), None)  # このうち15歳未満が約12%: of 人口
        mine = whole.get(f.unit) or (last or any_whole if f.unit == "percent" else None)
        if mine:
            out[id(f)] = mine
        if f.unit != "percent":
            last = whole.get(f.unit)
    return out


def elided(topic: Token, spans: list[tuple[int, int]]) -> str | None:
    """A bare topic naming an amount (収入は, 金額は) after a topic naming an amount in the same
    sentence (大学の特許出願件数は…、収入は…) is that amount's kind: the earlier topic's の-chain,
    and its compound up to the verbal noun its count or amount is of (大学の特許出願件数 ->
    大学の特許収入); without such a verbal noun only the の-chain (A社の売上高は…、利益は ->
    A社の利益)."""
    if any(dep(c) != "case" for c in topic.children) or not names_a_thing(topic, spans):
        return None
    if topic.pos_ != "NOUN" or not any(c.text in ("は", "も") for c in topic.children):
        return None
    if not topic.text.endswith(AMOUNT_ENDS):
        return None  # このうち、国立大は…: an item, not an amount
    earlier = _earlier_topic(topic, spans)
    if earlier is None:
        return None
    named = phrase(earlier, spans) or ""
    doc = earlier.doc
    verbal = earlier.i - 1
    if verbal >= 0 and doc[verbal].tag_.endswith("サ変可能") and dep(doc[verbal]) == "compound":
        cut = doc[verbal : earlier.i + 1].text
        prefix = named[: -len(cut)] if named.endswith(cut) else ""
    else:
        prefix = named[: named.rfind("の") + 1]
    if not prefix or prefix == named:
        return None
    return f"{prefix}{topic.text}"


def _earlier_topic(topic: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The nearest topic marked は before `topic` in its sentence, when it names an amount."""
    for c in reversed(topic.doc[: topic.i]):
        if c.text == "。":
            return None
        marked = any(k.text == "は" and dep(k) == "case" for k in c.children)
        if marked and names_a_thing(c, spans):
            return c if c.text.endswith(AMOUNT_ENDS) and c.text != topic.text else None
    return None


def framed(predicate: Token, spans: list[tuple[int, int]]) -> str | None:
    """An amount the predicate's clause is framed by with では (件数では国立大等が約25%減少した): the
    kind of amount its subject's number is, the subject named elsewhere. The frame opens the
    clause; the parse may hang it on the clause the predicate's leads to."""
    t = predicate
    for _ in range(3):
        for c in t.children:
            cases = [k.text for k in c.children if dep(k) == "case"]
            amount = c.text.endswith(AMOUNT_ENDS) and names_a_thing(c, spans)
            if c.i < predicate.i and cases[-2:] == ["で", "は"] and amount:
                return phrase(c, spans)
        if t.head.i == t.i:
            break
        t = t.head
    return None


def fields(doc: Doc, spans: list[tuple[int, int]], prior: Doc | None = None) -> list[str | None]:
    """For each span, the field it is framed in with において, the nearest before it in its
    sentence (民間企業との共同研究において、「研究費受入額」は… -> 民間企業との共同研究の
    研究費受入額); a sentence going on with また (さらに, 同様に) keeps the last field of the
    sentence before until it names one of its own, and so does one opening on a quoted amount
    as its topic (「研究実施件数」は…: the next line of the same report)."""
    marks = [(c.idx, _field_name(c, spans)) for c in doc if _in_field(c)]
    named = [(at, name) for at, name in marks if name]
    carried = None
    if prior is not None and len(doc) and (doc[0].text in _GOING_ON or _quoted_topic(doc)):
        before = [name for _, name in (_field_name_at(c) for c in prior if _in_field(c)) if name]
        carried = before[-1] if before else None
    out: list[str | None] = []
    for a, _ in spans:
        mine = [name for at, name in named if at < a]
        out.append(mine[-1] if mine else carried)
    return out


def _quoted_topic(doc: Doc) -> bool:
    """A sentence that opens with a quoted amount name as its topic (「実施件数」は…)."""
    close = next((t.i for t in doc if t.text == "」"), None)
    if doc[0].text != "「" or close is None or close + 1 >= len(doc) or doc[close + 1].text != "は":
        return False
    return bare_amount_name(doc[1:close].text)


def amount_fields(doc: Doc, spans: list[tuple[int, int]]) -> list[str | None]:
    """For each span, the frame set with では and a comma before it in its sentence (大型の共同研究
    では、…受入額は…), the field a bare amount after it is of; a noun that is also an adverb
    (一方では) or a breakdown (市町別では) frames nothing."""
    named = [(c.idx, _field_name(c, spans)) for c in doc if _framed_with_dewa(c)]
    return [next((n for at, n in reversed(named) if at < a and n), None) for a, _ in spans]


def bare_amount_name(measure: str | None) -> bool:
    """A measure that is one compound naming a kind of amount (受入額, 採択件数) and not of what."""
    return bool(measure and _KANJI.fullmatch(measure) and measure.endswith(AMOUNT_ENDS))


def _framed_with_dewa(t: Token) -> bool:
    doc = t.doc
    cases = [c for c in t.children if dep(c) == "case"]
    if [c.text for c in cases[-2:]] != ["で", "は"] or cases[-1].i != cases[-2].i + 1:
        return False
    after = cases[-1].i + 1
    if t.tag_.endswith("副詞可能") or t.text.endswith("別"):
        return False
    return dep(t) == "obl" and after < len(doc) and doc[after].text in "、,"


def _field_name_at(c: Token) -> tuple[int, str | None]:
    return c.idx, _field_name(c, [])


def _field_name(c: Token, spans: list[tuple[int, int]]) -> str | None:
    """The field a noun marked において names: its phrase from the start of its line (a heading
    before it on the same line of text is no part of it), unless a date or too bare (調査)."""
    if not names_a_thing(c, spans) or is_date(c):
        return None
    named = phrase(c, spans) or ""
    text = c.doc.text[: c.idx + len(c.text)]
    line = re.split(r"\s", text)[-1]
    line = re.sub(r"[「」『』()（）]", "", line)
    if len(named) > len(line) and named.endswith(line):
        named = line  # 450億円を超える 民間企業との共同研究において: the line's own words
    return named if len(named) >= _FRAME_CHARS else None


def _in_field(t: Token) -> bool:
    """Whether `t` is marked において and a comma, a frame the clauses after it are said in
    (共同研究において、…); without the comma (閣議決定において構想として) it is an adjunct."""
    doc = t.doc
    for c in t.children:
        fixed = [f for f in c.children if dep(f) == "fixed"]
        if (
            dep(c) != "case"
            or c.text != "に"
            or not fixed
            or fixed[0].lemma_ not in ("おく", "於く")
        ):
            continue
        after = max(f.i for f in fixed) + 1
        return dep(t) == "obl" and after < len(doc) and doc[after].text in "、,"
    return False


def carried(text: str, offset: int, facts: list[Fact], readings: list[Reading]) -> None:
    """Measures carried from the number right before: a range's far end measures what its near
    end does (5千万円~2億円), 同 says the same amount (1億円(同2億円)), and a rank in brackets
    after a count is that count's rank (1,982件（全国12位）); `text` starts at `offset`."""
    for i in range(1, len(facts)):  # 5千万円~2億円: the far end measures what the near end does
        between = text[facts[i - 1].end - offset : facts[i].start - offset].strip()
        same = facts[i].unit == facts[i - 1].unit
        if between in _RANGE_MARKS and readings[i - 1].measure and same:
            readings[i].measure = readings[i - 1].measure
        if readings[i].measure in SAME:  # 1億円(同2億円): what the amount before measures
            readings[i].measure = same_as(facts, readings, i)
        ranked = str(readings[i].measure or "順位")  # 1,982件（全国12位）: the count's rank
        if facts[i].unit == "rank" and between[:1] in ("(", "（") and "の" not in ranked:
            prev = readings[i - 1].measure
            if prev and facts[i - 1].unit != "rank" and len(between) <= 3:
                readings[i].measure = f"{prev}の{ranked}"


def row_values(text: str, facts: Sequence[Fact]) -> None:
    """A value standing right after another of the same unit, nothing but blanks between (a
    flattened table's row, one cell a line: 研究件数 / 21件 / 25件 / 30件 under the heads 現状値,
    目標値), measures what the row's label names, as the first value of the row does, when all
    its own reading names is its Japanese counter; `facts` are the document's, in order."""
    for prev, f in zip(facts, facts[1:], strict=False):
        if f.unit != prev.unit or f.fact_type == "year" or text[prev.end : f.start].strip():
            continue  # a year dates its own event
        quote, before = text[f.start : f.end], text[prev.start : prev.end]
        if not (_JAPANESE.search(quote) and _JAPANESE.search(before)):
            continue
        if _bare(f.measure, quote) and not _bare(prev.measure, before):
            f.measure = prev.measure


def _bare(measure: str | None, quote: str) -> bool:
    """Whether a measure names nothing beyond the number's own counter (件, 件数)."""
    return not measure or measure.removesuffix("数") in quote


def same_as(facts: list[Fact], readings: list[Reading], i: int) -> str | None:
    """The measure of the nearest amount before the i-th of the same unit (同 says the same)."""
    for k in range(i - 1, -1, -1):
        measure = readings[k].measure
        if facts[k].unit == facts[i].unit and measure and measure not in SAME:
            return str(measure)
    return None


def topic_name(topic: Token, spans: list[tuple[int, int]]) -> str | None:
    """A topic's name, with the amount it leaves unsaid (金額は: 港の金額) or whose it is when it
    is a bare noun (学研都市は、…面積は約1.5万ha)."""
    what = elided(topic, spans) or phrase(topic, spans)
    whose = theme_of(topic, spans) if what == topic.text else None
    return f"{whose}の{what}" if whose else what
