"""What a Japanese number measures where its own phrase does not say and the sentence around it
does: an item of a breakdown under a wider topic (受入研究費は、国が…), an item of a ranked list
under its heading (伸び率が大きい機関 1.山形大学 約52.7%増), a number inside a flat chain of
compounds that the parse hangs on the chain's last word, a year heading a line of a chronology,
the label of a `label: value` line, the noun before the brackets a number is written in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_counts import may_name
from pipelines.extracted.japanese.parse_words import (
    PER,
    act,
    change_word,
    date_part,
    dep,
    is_counter,
    is_date,
    is_qualifier,
    names_a_thing,
    phrase,
)
from pipelines.extracted.parse_tree import covered

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

# a topic ending so names an amount a breakdown divides (受入研究費は、国が…): 〜費, 〜額, 〜数
_AMOUNT_ENDS = ("費", "額", "数", "率", "量", "高", "金", "人口")
_SPAN_MARKS = ("(", "（", "~", "〜", "～", "－", "から")  # 平成24年度～28年度（5年間）
_RANKED = ("大きい", "多い", "高い", "低い", "少ない", "小さい")  # 伸び率が大きい機関 1.…


def scope(part: Token, spans: list[tuple[int, int]], outer: str | None = None) -> str | None:
    """The amount a breakdown divides, when `part` is one of its items: an earlier topic in
    the sentence marked は and a comma (受入研究費は、独立行政法人等が…、国が…) naming an amount,
    else `outer`, the amount of the sentence before that this one lists items of (このうち)."""
    doc = part.doc
    if part.text.endswith(_AMOUNT_ENDS):
        return None  # 事業所数は、…、従業者数は…: a second amount, not an item of the first
    for c in reversed(doc[: part.i]):
        if c.text == "。":
            break
        topic = c.i + 2 < len(doc) and doc[c.i + 1].text == "は"
        # 受入研究費は、国が…; 整備費は県が2億円、市が…: an item marked が needs no comma
        opens = topic and (doc[c.i + 2].text in "、," or _marked_ga(part))
        if opens and names_a_thing(c, spans) and c.text.endswith(_AMOUNT_ENDS):
            return phrase(c, spans)
        total = _total_after(c, spans) if topic and _marked_ga(part) else None
        if total:
            return total
    return outer


def _total_after(topic: Token, spans: list[tuple[int, int]]) -> str | None:
    """A topic marked は said to be a total of things (支援対象は計300事業で、…): the count the
    items after it break down, the topic's things (支援対象事業数), so 福祉が80件 is one part."""
    doc, k = topic.doc, topic.i + 2
    k += 1 if k < len(doc) and doc[k].text == "計" else 0
    if k + 1 >= len(doc) or doc[k].pos_ != "NUM" or not names_a_thing(topic, spans):
        return None
    noun = doc[k + 1]
    if noun.pos_ != "NOUN" or is_counter(noun) or noun.tag_.startswith("接尾辞"):
        return None
    return f"{phrase(topic, spans)}{noun.text}数"


def _marked_ga(t: Token) -> bool:
    return any(dep(k) == "case" and k.text == "が" for k in t.children)


def ranked_by(toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
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
        if t.pos_ == "ADJ" and t.lemma_ in _RANKED and dep(t) == "acl":
            by = next(
                (c for c in t.children if dep(c) == "nsubj" and names_a_thing(c, spans)), None
            )
            heading = phrase(by, spans) if by is not None else None
            item = "".join(x.text for x in name if not x.tag_.startswith("接頭辞"))
            return f"{heading}（{item}）" if heading and item else None
    return None


def labelled(toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """The label of a `label: value` line (予算額：3億円, 参加機関数: 累計12機関, 【予算】平成22年度
    約4億円), however the parse hangs the lines together: the nouns written right before the
    colon (or inside the 【】) before the number, past a hedge, a qualifier or a date."""
    doc = toks[0].doc
    k = min(t.i for t in toks) - 1
    while k >= 0 and (
        doc[k].tag_.startswith("接頭辞")
        or is_qualifier(doc[k])
        or date_part(doc[k])
        or doc[k].text in _SPAN_MARKS
    ):
        k -= 1  # 約, 累計, 平成22年度, 平成24年度～平成28年度（5年間）
    # a blank parts a row's label cell from its value (件数　　1,982件), as a token when wide, a
    # space after the label when the text was cleaned (・東海地域（愛知県） 9,500万円)
    spaced = bool(doc[k].whitespace_) and (doc[k].text in ")）" or doc[k].pos_ in ("NOUN", "PROPN"))
    if k < 1 or not (doc[k].text in (":", "：", "】") or doc[k].tag_ == "空白" or spaced):
        return None
    words: list[Token] = []
    closing = doc[k].text == "】"  # 【予算】平成22年度 約4億円
    if not spaced:
        k -= 1
    if (
        not closing and k > 0 and doc[k].text in ")）"
    ):  # 札幌地域（北海道）　9,800万円: past the aside
        opened = _opening(doc, k)  # however long the aside (文化施設(…を推進する施設) 10施設)
        k = opened - 1 if opened is not None else k
    while k >= 0 and doc[k].pos_ in ("NOUN", "PROPN") and not covered(doc[k], spans):
        if (words and doc[k].whitespace_) or (spaced and date_part(doc[k])):
            break  # 令和5年度政府予算額 38億円: the year dates the line, it names nothing
        words.insert(0, doc[k])
        k -= 1
    if closing and (k < 0 or doc[k].text != "【"):
        return None
    text = "".join(t.text for t in words if not t.tag_.startswith("接頭辞"))
    whole = phrase(words[-1], spans) if words and not closing else None  # 実用新案の登録件数
    return whole if whole and whole.endswith(text) else text or None


def _opening(doc: Doc, close: int) -> int | None:
    """The bracket that the one at `close` closes, nested ones skipped, within its sentence."""
    depth = 0
    for j in range(close - 1, -1, -1):
        if doc[j].text in ")）":
            depth += 1
        elif doc[j].text in "(（":
            if depth == 0:
                return j
            depth -= 1
        elif doc[j].text == "。":
            break
    return None


def bracketed(toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """What a number in brackets right after a noun counts or amounts to: that noun (参加機関
    （12機関）, 集積地域(平成13年6月現在32地域)), past the date or prefix that opens the brackets."""
    doc = toks[0].doc
    k = min(t.i for t in toks) - 1
    while k >= 0 and (date_part(doc[k]) or doc[k].tag_.startswith("接頭辞")):
        k -= 1
    if k < 1 or doc[k].text not in ("(", "（"):
        return None
    noun = doc[k - 1]
    if not names_a_thing(noun, spans) or noun.whitespace_:
        return None
    return phrase(_defined(noun, spans), spans)


def opens_brackets(toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """What a number names when the nouns written right before it open the brackets it is in
    (回答数は812件（回収率31.2%）): those nouns, not the sentence's topic; the base of a
    comparison (（前年度比+8%）) names no measure of its own."""
    doc = toks[0].doc
    k = min(t.i for t in toks) - 1
    while k >= 0 and doc[k].tag_.startswith("接頭辞"):
        k -= 1
    words: list[Token] = []
    while k >= 0 and doc[k].pos_ in ("NOUN", "PROPN") and not covered(doc[k], spans):
        if doc[k].whitespace_:
            break
        words.insert(0, doc[k])
        k -= 1
    if not words or k < 0 or doc[k].text not in ("(", "（"):
        return None
    last = words[-1]
    if is_date(last) or not names_a_thing(last, spans) or not may_name(last):
        return None
    return "".join(t.text for t in words if not t.tag_.startswith("接頭辞")) or None


def _defined(noun: Token, spans: list[tuple[int, int]]) -> Token:
    """The name a bracketed definition explains, when `noun` ends one (集積地域(技術を持つ企業が
    集まる地域(12地域))): the outer noun of the same kind (集積地域), not the definition's."""
    doc = noun.doc
    depth = 0
    for k in range(noun.i - 1, 0, -1):
        if doc[k].text in ")）":
            depth += 1
        elif doc[k].text in "(（":
            if depth == 0:
                outer = doc[k - 1]
                same = outer.text.endswith(noun.text) or outer.lemma_ == noun.lemma_
                return outer if same and names_a_thing(outer, spans) else noun
            depth -= 1
        elif doc[k].text == "。":
            break
    return noun


def chain_before(toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """In a flat chain of compounds (期間:一地域あたり上限二億円程度/三年間 マッチングファンド方式),
    where the parse hangs every word on the last: the nouns of the chain right before the number
    (地域あたり上限), not the chain's head."""
    doc = toks[0].doc
    chain = toks[0].head
    if chain.i <= toks[-1].i or any(dep(t) != "compound" or t.head.i != chain.i for t in toks):
        return None
    if change_word(chain) or is_counter(chain):
        return None
    k = toks[0].i - 1
    words: list[Token] = []
    while k >= 0:
        t = doc[k]
        if t.pos_ not in ("NOUN", "PROPN") or covered(t, spans) or is_date(t):
            break
        words.insert(0, t)
        k -= 1
    if not any(may_name(t) for t in words):
        return None  # 年間150件以上: a span the count is over, no name of what it counts
    text = "".join(t.text for t in words if not t.tag_.startswith("接頭辞"))
    return text if text and text not in PER else None


def chronology_event(year: Token, spans: list[tuple[int, int]]) -> str | None:
    """In a chronology (1978年 9月 「懇談会」が発足 11月 知事が「計画」を決定 1981年 …), where the parse
    hangs every date on one far predicate: the first event after the year, a verbal noun or verb
    right after が or を, named with what that particle marks (懇談会の発足). Only where another
    date stands before or after it: a line of a chronology, not a sentence."""
    doc = year.doc
    k = year.i + 1
    while k < len(doc) and (doc[k].pos_ == "NUM" or is_date(doc[k]) or doc[k].text in "/／"):
        k += 1
    k = _past_era(doc, k)  # 1983年（昭和58年）: the same year in the era's count
    if k < len(doc) and doc[k].text in _LINE_MARKS:
        return _dashed_event(doc, k + 1, spans)  # 1983年 - 〜法施行。: an entry of its own
    if k < len(doc) and (doc[k].pos_ in ("ADP", "SCONJ", "AUX") or doc[k].text in "、,"):
        return None  # 1985年の博覧会, 2010年に: a date inside a sentence
    for t in doc[k:]:
        if _dated([t]) or (covered(t, spans) and not _counted(t)):
            return None  # the next date came first; a count (3府県、…により) is no date
        before = doc[t.i - 1]
        verbal = t.tag_.endswith("サ変可能") or t.pos_ == "VERB"
        if not (verbal and before.text in ("が", "を")):
            continue
        j = before.i - 1
        while j > k and doc[j].text in "」』)）":  # 「懇談会(座長 …)」が: past the brackets
            if doc[j].text in ")）":
                while j > k and doc[j].text not in "(（":
                    j -= 1
            j -= 1
        thing = phrase(doc[j], spans) if doc[j].pos_ in ("NOUN", "PROPN") else None
        if not (_dated(doc[t.i :]) or _dated(doc[: _date_start(year)])):
            return None  # no other line
        name = t.text if t.pos_ != "VERB" else t.lemma_
        return act(doc[j], thing, name)
    return None


_LINE_MARKS = ("-", "－", "–", "—", "―", ":", "：")  # 1983年 - 〜施行: a chronology's entry


def _past_era(doc: Doc, k: int) -> int:
    """Past a bracket right after a year that only gives it again (（昭和58年）)."""
    if k >= len(doc) or doc[k].text not in "(（":
        return k
    end = next((j for j in range(k + 1, min(len(doc), k + 8)) if doc[j].text in ")）"), None)
    if end is None or not all(date_part(t) or is_date(t) for t in doc[k + 1 : end]):
        return k
    return end + 1


def _dashed_event(doc: Doc, k: int, spans: list[tuple[int, int]]) -> str | None:
    """The event of `YEAR - 〜法（〜）施行`: a verbal noun ending the entry, done to the noun
    before it (〜法の施行); else None, for the parse to read the entry's clause."""
    end = k
    while end < len(doc) and doc[end].text not in "。\n" and not doc[end].is_space:
        end += 1
    last = end - 1
    if last <= k or not doc[last].tag_.endswith("サ変可能"):
        return None
    j = last - 1
    while j > k and doc[j].text in ")）":  # 〜法（テクノポリス法）施行: past the aside
        while j > k and doc[j].text not in "(（":
            j -= 1
        j -= 1
    if j < k or doc[j].pos_ not in ("NOUN", "PROPN") or covered(doc[j], spans):
        return None
    if any(t.pos_ in ("ADP", "VERB", "AUX") for t in doc[k : j + 1]):
        return None  # 〜が〜に指定される: a clause, read by the parse
    thing = _without_aside(doc, k, j)
    return act(doc[j], thing, doc[last].text) if thing else None


def _without_aside(doc: Doc, k: int, j: int) -> str:
    """The words k..j without bracketed asides and marks."""
    out, depth = [], 0
    for t in doc[k : j + 1]:
        depth += (t.text in "(（") - (t.text in ")）")
        if depth == 0 and t.text not in ")）" and t.pos_ in ("NOUN", "PROPN", "ADJ"):
            out.append(t.text)
    return "".join(out)


def _counted(t: Token) -> bool:
    """A token of a count (3府県): a number or a noun after one that is no date word."""
    return not is_date(t) and not (t.i + 1 < len(t.doc) and is_date(t.doc[t.i + 1]))


def _dated(toks: Iterable[Token]) -> bool:
    """Whether a date (a number with 年 or 月) is among the tokens."""
    return any(x.pos_ == "NUM" and x.i + 1 < len(x.doc) and is_date(x.doc[x.i + 1]) for x in toks)


def _date_start(year: Token) -> int:
    """Where the date a year belongs to begins (昭和53年 / 1978年: at 昭和)."""
    doc = year.doc
    k = year.i
    while k > 0 and (
        doc[k - 1].pos_ in ("NUM", "PROPN") or is_date(doc[k - 1]) or doc[k - 1].text in "/／"
    ):
        k -= 1
    return k


def period_label(toks: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """The label of a `label: value / value` line that names a span of time (期間：1地域あたり
    2億円/3年間), for a duration anywhere on the line: the nouns before the colon, when they end
    in 期間."""
    doc = toks[0].doc
    k = min(t.i for t in toks) - 1
    while k >= 1 and doc[k].text not in (":", "：") and not _ends_line(doc[k]):
        k -= 1
    if k < 1 or doc[k].text not in (":", "："):
        return None
    words: list[Token] = []
    k -= 1
    while k >= 0 and doc[k].pos_ in ("NOUN", "PROPN") and not covered(doc[k], spans):
        words.insert(0, doc[k])
        k -= 1
        if doc[k + 1].whitespace_ and len(words) > 1:
            break
    text = "".join(t.text for t in words if not t.tag_.startswith("接頭辞"))
    return text if text.endswith("期間") else None


def _ends_line(t: Token) -> bool:
    return t.text in ("。", "、") or "\n" in t.whitespace_


def owner_before(toks: list[Token], topic: Token, spans: list[tuple[int, int]]) -> str | None:
    """The noun written right before a number with の or で, past an aside in brackets, after the
    topic the number is said of (最大区画は A社(本社・X市)の約7ha, 区画は、B社で5ha): whose or
    where the topic's amount is (A社の最大区画): a proper name only (全体で, 県内で say no owner)."""
    doc = topic.doc
    k = min(t.i for t in toks) - 1
    while k > topic.i and (doc[k].tag_.startswith("接頭辞") or is_qualifier(doc[k])):
        k -= 1  # 約, 計
    if k <= topic.i + 1 or doc[k].text not in ("の", "で") or dep(doc[k]) != "case":
        return None
    k -= 1
    if doc[k].text in ")）":  # past the aside: (本社・東京都)
        k = next((j for j in range(k - 1, topic.i, -1) if doc[j].text in "(（"), topic.i) - 1
    owner = doc[k] if k > topic.i else None
    if owner is None or not names_a_thing(owner, spans) or owner.tag_.endswith("副詞可能"):
        return None
    name = [owner]  # 北川 電機: the words of the name written together
    while name[0].i - 1 > topic.i + 1 and _written_with(doc[name[0].i - 1], spans):
        name.insert(0, doc[name[0].i - 1])
    named = any("固有名詞" in t.tag_ for t in name)
    return "".join(t.text for t in name) if named else None


def _written_with(t: Token, spans: list[tuple[int, int]]) -> bool:
    """A noun written right before the next, part of one name with it."""
    return t.pos_ in ("NOUN", "PROPN") and not t.whitespace_ and names_a_thing(t, spans)
