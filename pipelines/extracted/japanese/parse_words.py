"""Word classes and noun phrases over GiNZA's parse that the Japanese measure readers share
(parse_measure.py, parse_context.py): a relation without its bunsetu suffix, a noun with the
modifiers that say of what, dates, counters and words of change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.ja_numbers import JAPANESE_SCRIPT
from pipelines.extracted.japanese.ja_periods import era_first_years
from pipelines.extracted.parse_tree import covered
from pipelines.extracted.rules import load_rules

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.tokens import Doc, Token

_NOUN_MODIFIERS = ("compound", "nmod", "amod", "acl", "det")
_CLAUSE_PARTS = ("case", "aux", "mark", "fixed", "obl", "obj", "advmod", "compound", "nmod")
_DATE_WORDS = ("年", "年度", "月", "日", "頃", "末", "初め", "現在", "時点", "以降", "当時")
_UP = ("増", "増加", "上昇", "拡大", "伸び", "伸長")
_DOWN = ("減", "減少", "低下", "縮小", "下落")
_DROP_TAGS = ("接頭辞", "補助記号", "助詞-係助詞", "助詞-副助詞")
MAX_CHARS = 30
PER = ("当たり", "あたり")  # 1エリア当たり5千万円: an amount per area
_ASPECTS = ("開始", "完了", "終了", "再開", "中止")  # the start or end of an act (移転完了)
_ORDINAL = "第"  # 第2期: the prefix of an ordinal
_DOT = "・"  # 中堅・中小企業: a list written as one compound
# nouns a clause hangs on that name nothing (形式名詞: 発足したわけでございます, 来るはずだ)
FORMAL = ("こと", "もの", "ため", "ところ", "内容", "わけ", "はず")
# particles that make a noun modify a noun (特許による収入, 海外における売上): of what it is
_ADNOMINAL = ("よる", "因る", "おける", "於ける", "関する", "係る", "対する")


def dep(t: Token) -> str:
    """The relation without GiNZA's `_bunsetu` suffix (left when its bunsetu step is off)."""
    return t.dep_.split("_")[0]


def phrase(noun: Token, spans: list[tuple[int, int]]) -> str | None:
    """The noun with what modifies it on its left (〜の〜 chains, compounds, short clauses such
    as 中小企業と行った件数), without numbers, brackets, prefixes or the topic particle."""
    lowest = noun.i
    dated: set[int] = set()  # a date inside a の-chain (本事業の平成元年度の予算): left out

    def left(t: Token, in_clause: bool) -> None:
        nonlocal lowest
        for c in t.lefts:
            rel = dep(c)
            if rel in _NOUN_MODIFIERS or (rel == "case" and c.text == "の"):
                pass
            elif rel == "obl" and _adnominal(c):
                pass  # 特許などによる収入: GiNZA may call the modifier obl
            elif not (in_clause and rel in _CLAUSE_PARTS):
                continue
            if rel == "nmod" and _dated_link(c, spans):
                dated.update(x.i for x in _date_words(c))
                lowest = min(lowest, c.i)
                left(c, in_clause)
                continue
            if is_date(c) or (c.pos_ == "NUM" and not _age(c)) or is_hedge(c):
                continue  # 300件程度の相談: the hedge and its number are no part of the name
            lowest = min(lowest, c.i)
            left(c, in_clause or rel == "acl")

    left(noun, False)
    doc = noun.doc
    clause = _clause_before(doc[lowest - 1]) if lowest > 0 else None
    if clause is not None:  # 移転いたしました工場: a predicate right before a noun modifies it
        lowest = min(lowest, clause.i)
        left(clause, True)
    # nouns written together are one compound whatever the parse hangs them on (参加企業)
    while lowest > 0 and _compounded(doc[lowest - 1], spans):
        lowest -= 1
        left(doc[lowest], False)  # with what modifies the word it takes in (実用新案の登録)
    start = lowest
    depth = 0  # a comma inside brackets is an aside's (新大学(仮称,…)の施設), no list's
    for k in range(lowest, noun.i):  # never across a number, nor out of Japanese script
        depth += (doc[k].text in "(（") - (doc[k].text in ")）" and depth > 0)
        if k in dated:
            continue
        numeric = covered(doc[k], spans) or (doc[k].pos_ == "NUM" and not _age(doc[k]))
        if (
            numeric
            and not _chained(doc, k, noun.i, spans)
            or dep(doc[k]) == "punct"
            and doc[k].text in "、,"
            and not depth
            or _script_break(doc[k])
        ):
            start = k + 1
    # 平成19年度政府予算額: the year dates the amount, it is no part of its name (65歳以上 is)
    while start < noun.i and date_part(doc[start]) and not _age(doc[start]):
        if doc[start].pos_ == "PROPN":
            break
        start += 1
    toks = _without_asides(list(doc[start : noun.i + 1]))
    kept = [
        t for t in toks
        if t.i not in dated and (not t.tag_.startswith(_DROP_TAGS) or _named(t) or t.text == _DOT)
    ]  # fmt: skip
    while len(kept) > 1 and sum(len(t.text) for t in kept) > MAX_CHARS:
        kept = kept[1:]  # too long: cut at a word, not inside one (研究所の -> 所の)
    text = "".join(t.text for t in kept)
    text = text.lstrip("のとにで・").rstrip(_DOT)
    return text[-MAX_CHARS:] or None


def _dated_link(c: Token, spans: list[tuple[int, int]]) -> bool:
    """A date marked の that is itself owned by a noun marked の (本事業の平成元年度の予算): a link
    of the chain that dates it, the chain going on past it."""
    if not is_date(c) or not any(dep(k) == "case" and k.text == "の" for k in c.children):
        return False
    return any(dep(x) == "nmod" and names_a_thing(x, spans) and not date_part(x) for x in c.lefts)


def _date_words(c: Token) -> list[Token]:
    """The date word with what is compounded to it (平成元年度, 令和4年度) and its の."""
    parts = [x.i for x in c.children if dep(x) in ("compound", "nummod") and x.i < c.i]
    first = min([c.i, *parts])
    after = c.doc[c.i + 1 : c.i + 2]
    return [*c.doc[first : c.i + 1], *(x for x in after if x.text == "の")]


def _clause_before(t: Token) -> Token | None:
    """The predicate ending right before a noun, written against it (移転いたしました工場):
    in Japanese a predicate in that place is a relative clause on the noun, whatever head the
    parse gives it."""
    if t.whitespace_ or t.pos_ not in ("VERB", "AUX", "ADJ") or dep(t) in ("fixed", "mark"):
        return None
    verb = t.head if t.pos_ == "AUX" else t
    return verb if verb.pos_ in ("VERB", "ADJ") and verb.i <= t.i else None


def _chained(doc: Doc, k: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the number at `k` is a link of a の-chain (東北地方の6県の合計人口): の right
    before its run of number tokens and right after, so the chain is not cut there."""

    def numeric(t: Token) -> bool:  # 約1,200, 6県
        return covered(t, spans) or t.pos_ == "NUM" or t.tag_.startswith("接頭辞")

    first, last = k, k
    while first > 0 and numeric(doc[first - 1]):
        first -= 1
    while last + 1 < end and numeric(doc[last + 1]):
        last += 1
    # and a word between that の and the noun: the number of the noun itself is no link
    linked = last + 2 < end and doc[last + 1].text == "の"
    return first > 0 and doc[first - 1].text == "の" and linked


def _age(t: Token) -> bool:
    """A number that names an age group with 歳 (65歳以上), the unit of a rate (人口10万人
    当たり) or an ordinal (第2期, 第一次分譲): part of a name, not a quantity."""
    doc = t.doc
    after = [x.text for x in doc[t.i + 1 : t.i + 3]]
    return t.pos_ == "NUM" and (
        ordinal(t) or (bool(after) and (after[0] == "歳" or after[-1] in PER))
    )


def ordinal(t: Token) -> bool:
    """第 or the number right after it (第2期, 第一次): an ordinal that names a stage or round,
    part of the name it opens."""
    doc = t.doc
    return t.text == _ORDINAL or (t.i > 0 and doc[t.i - 1].text == _ORDINAL and t.pos_ == "NUM")


def _without_asides(toks: list[Token]) -> list[Token]:
    """The tokens without a bracketed aside that is a clause or a list (新大学(仮称,旧大学の移転を
    含む)の施設 -> 新大学の施設); a bracketed word stays (計画(京都府域)案)."""
    out: list[Token] = []
    inner: list[Token] | None = None
    for t in toks:
        if t.text in "(（" and inner is None:
            inner = [t]
        elif inner is not None:
            inner.append(t)
            if t.text in ")）":
                aside = any(x.text in "、," or x.pos_ == "VERB" for x in inner)
                out.extend([] if aside else inner)
                inner = None
        else:
            out.append(t)
    return out + (inner or [])


def outside_brackets(toks: Iterable[Token]) -> list[Token]:
    """The tokens not inside brackets (件数(1,000万円以上)が: 件数 が), brackets dropped."""
    return list(each_outside_brackets(toks))


def each_outside_brackets(toks: Iterable[Token]) -> Iterator[Token]:
    """outside_brackets one token at a time, for a reader that may stop at the first it wants."""
    depth = 0
    for t in toks:
        depth += t.text in "(（"
        if depth == 0:
            yield t
        depth -= depth > 0 and t.text in ")）"


def _named(t: Token) -> bool:
    """A prefix that is part of the name it opens (高圧力, 総事業費, 新製品), not a hedge (約)
    or a pointer to what was said (本, 同: rules/japanese.yaml)."""
    rules = load_rules("japanese")
    dropped = (*rules["qualifiers_before"], *rules["pointer_prefixes"])
    return t.tag_.startswith("接頭辞") and t.text not in dropped


def _compounded(t: Token, spans: list[tuple[int, int]]) -> bool:
    """A noun written right before the next word, with no particle or blank between; an
    ordinal's 第 and number are part of the compound they open (第一次分譲)."""
    if ordinal(t) and not t.whitespace_ and not covered(t, spans):
        return True
    if t.text == _DOT and t.i > 0 and not t.whitespace_:  # 中堅・中小企業: nouns joined as one
        before = t.doc[t.i - 1]
        return before.pos_ in ("NOUN", "PROPN") and not before.whitespace_ and not is_date(before)
    return (
        t.pos_ in ("NOUN", "PROPN")
        and not t.whitespace_
        and not covered(t, spans)
        and not is_date(t)
        and not t.tag_.startswith("接頭辞")
        and not t.tag_.endswith("副詞可能")  # そのうち, 現在: adverbs, not part of the name
    )


def _script_break(t: Token) -> bool:
    """A blank after `t` where either side is not Japanese script (an address's last word
    before the text, `.html 文部科学省`): a blank between kana or kanji is a wrapped line."""
    nxt = t.nbor() if t.i + 1 < len(t.doc) else None
    if not t.whitespace_ or nxt is None:
        return False
    return not (JAPANESE_SCRIPT.match(t.text[-1]) and JAPANESE_SCRIPT.match(nxt.text[0]))


def is_date(t: Token) -> bool:
    """A date word (年度, 現在), a word ending in one (昨年度), an era name (平成) or the 元 of
    an era's first year (令和元年度)."""
    first = t.text == "元" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text.startswith("年")
    return (
        first
        or t.text in _DATE_WORDS
        or t.text.endswith(("年", "年度", "月", "年代", "年度末", "年末", "月末"))
        or t.text in era_first_years()
        or (t.text == "代" and t.i > 0 and t.doc[t.i - 1].text.endswith("年"))  # 1990年代
    )


def is_qualifier(t: Token) -> bool:
    """A word that says how a number is counted, not what (累計, 延べ: rules/japanese.yaml)."""
    return t.text in load_rules("japanese")["quantity_qualifiers"]


def bare_amount(t: Token) -> bool:
    """A word that says only that a number is a total or an amount (総額, 件数: rules/japanese.yaml),
    not of what: the measure is left to the rest of the parse."""
    return t.text in load_rules("japanese")["bare_amounts"]


def date_part(t: Token) -> bool:
    """A number, era name or date word of a written date (昭和, 38, 年, 9, 月); GiNZA tags 令和
    a common noun."""
    first = t.text == "元" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text.startswith("年")
    return (
        t.pos_ == "NUM"
        or is_date(t)
        or (t.pos_ == "PROPN" and t.head.pos_ != "VERB")
        or t.text in era_first_years()
        or first  # 令和元年度: an era's first year
    )


def of_after(counter: Token) -> bool:
    """Whether の follows the number (38の地域, 120社の企業)."""
    after = counter.doc[counter.i + 1] if counter.i + 1 < len(counter.doc) else None
    return after is not None and after.text == "の"


def change_word(t: Token) -> str | None:
    if t.text.startswith(_UP) or t.lemma_ in _UP:
        return "up"
    if t.text.startswith(_DOWN) or t.lemma_ in _DOWN:
        return "down"
    return None


def is_counter(t: Token) -> bool:
    """A counter or unit (件, 社, %): a word that can be one (台, m) or a suffix noun (5校) read
    with the number before it; 展示台 names a thing."""
    if t.text in ("%", "％", "円", "人", "件", "社", "倍") or t.tag_ == "名詞-普通名詞-助数詞":
        return True
    after_number = t.i > 0 and t.doc[t.i - 1].pos_ == "NUM"
    return after_number and ("助数詞" in t.tag_ or t.tag_.startswith("接尾辞-名詞的"))


def names_a_thing(t: Token, spans: list[tuple[int, int]]) -> bool:
    """A noun that can be what a number measures: no date, counter, number or formal noun."""
    return (
        t.pos_ in ("NOUN", "PROPN")
        and not is_date(t)
        and not covered(t, spans)
        and not is_counter(t)
        and t.text not in FORMAL
        and not is_hedge(t)
    )


def is_hedge(t: Token) -> bool:
    """A word after a number that says how near it is (1億円程度, 150以上: rules/japanese.yaml's
    qualifiers_after), no name of what it measures."""
    before = t.doc[t.i - 1] if t.i > 0 else None
    near = before is not None and (before.pos_ == "NUM" or is_counter(before))
    if near and before is not None and before.text == "歳":
        return False  # 65歳以上: an age group, a name
    return near and t.text in load_rules("japanese")["qualifiers_after"]


def act(what: Token, thing: str | None, label: str) -> str:
    """An event named by its verb (`label`) and what it is done to (構想を発表 -> 構想の発表); the
    start or end of a bare act is one word (移転を完了 -> 移転完了, 調査を開始 -> 調査開始)."""
    if not thing:
        return label
    if thing == what.text and what.tag_.endswith("サ変可能") and label in _ASPECTS:
        return f"{thing}{label}"
    return f"{thing}の{label}"


def beyond(noun: Token | None, verb: Token, spans: list[tuple[int, int]]) -> str | None:
    """The noun's phrase without the clause of `verb` it may open with (設立された協議会 ->
    協議会): what the clause says is said once, by the measure it is part of."""
    what = phrase(noun, spans) if noun is not None else None
    said = verb.text + "".join(c.text for c in verb.rights if dep(c) == "aux")
    if what and said in what:
        what = what[what.rindex(said) + len(said) :]
    return what or None


def _adnominal(t: Token) -> bool:
    """Whether `t` is marked with a particle that makes it modify a noun (〜による, 〜における)."""
    for c in t.children:
        fixed = [f for f in c.children if dep(f) == "fixed"]
        said = "".join(f.text for f in fixed)  # おけ + る: GiNZA splits おける
        named = fixed and (said in _ADNOMINAL or fixed[0].lemma_ in _ADNOMINAL)
        if dep(c) == "case" and c.text == "に" and named:
            return True
    return False
