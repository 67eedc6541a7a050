"""Whose a number is when its sentence's grammar names nobody (`owner` left empty by
english/parse_owner.py and japanese/parse_owners.py): a name, never a common noun.

- Japanese: the nearest named programme, survey, law or body before the number in its sentence
  (`「…臨時措置法」に基づき、対象25地域`: the law's regions); `本事業`, `同事業`, `同法` there stand
  for the one the document names with that ending. A document's figures are often given
  sentence after sentence with no name at all (a survey's results, a programme's budget list);
  they are the document's subject's, so where the sentence names nothing,
- the document's subject: the name its opening (title, lead) gives (`大学等における…実施状況
  調査(2009年度実績)によると`, `Tsukuba Science City` heading an atlas page), in English the
  one named most often, and at least twice.
Each name is tried only where nothing in the sentence names something else: a number in a
sentence that names another body or place by name is that one's as often as the subject's, and
a wrong owner is worse than none.
"""

from __future__ import annotations

import re
from collections import Counter

from pipelines.extracted.document_context import OPENING, reported_mark
from pipelines.extracted.document_entity_en import (
    en_document_name,
    en_names,
    names_another,
    said_again,
    said_before,
    sole_name,
)
from pipelines.extracted.fact import Fact
from pipelines.extracted.japanese.ja_numbers import is_japanese
from pipelines.extracted.rules import load_rules

_SENTENCE_BACK = 300  # characters back to look for a name in the number's sentence

# what a Japanese name of a programme, survey, law, plan or body ends with; common nouns such
# as 事業 alone are kept out by the length and the leading word (本事業 is an anaphor)
_RULES = load_rules("entities")
_JA_KINDS = "|".join(_RULES["japanese_kinds"])
_JA_CHAR = r"[\u30a0-\u30ff\u3400-\u9fff々ー・]"
_JA_WORD = r"[\u30a0-\u30fa\u30fc-\u30ff\u3400-\u9fff々ー]"  # ・ parts names: 同志社大学・…
# formal names join their parts with these (大学等における…調査, …の活性化に関する臨時措置法)
_JA_NAME = re.compile(
    rf"(?:第[0-9０-９一二三四五六七八九十]+[期次])?{_JA_CHAR}+(?:(?:における|に関する|に係る|に関わる){_JA_CHAR}+)*?(?:{_JA_KINDS})"
    rf"(?:[（(][^）)\n\d０-９]{{1,8}}[）)]|(?!{_JA_WORD}))"  # whole: 独立行政法人 is no 法
)
_JA_QUOTED = re.compile(
    rf"「([^「」\n]{{2,60}}(?:{_JA_KINDS})(?:[（(][^）)\n\d０-９]{{1,8}}[）)])?)」"
)
# 本事業, 同法: this programme, the said law: the one the document names with that ending
_JA_ANAPHOR = re.compile(
    rf"(?<!{_JA_CHAR})[本同当]({'|'.join(_RULES['japanese_anaphor_kinds'])})(?!{_JA_CHAR})"
)
# a leading word that makes a run no name (各大学, 全国立大学; 現都市再生機構 is a name now
# given beside an old one); 本事業 and 同法 are anaphors, too short to be names anyway
_JA_NOT_LEADING = "本当各他諸両全元現"
_JA_PLAIN_KINDS = tuple(_RULES["japanese_plain_kinds"])
_JA_RUNNERS = tuple(_RULES["japanese_runners"])  # 省, 庁: bodies that run programmes
_JA_PROGRAMME_TAIL = re.compile(rf"(?:{'|'.join(_RULES['japanese_programme_kinds'])})」?$")
_JA_ACTS = re.compile(r"[ \t\u3000]*(?:では|は|が|において|により|によって)")
_JA_COMMON = frozenset(_RULES["japanese_common_names"])  # 短期大学, 政令指定都市: kinds of thing
# ・ between words that are not both katakana lists them (産業・大学); between katakana it
# parts the words of one loanword name (スタートアップ・エコシステム)
_JA_LIST_DOT = re.compile(r"(?<![\u30a0-\u30ffー])・|・(?![\u30a0-\u30ffー])")
_JA_ITEM = re.compile(r"(?:^|[^\d])\d{1,2}[.．][ \t\u3000]*$")  # 2.筑波大学: a list's item
_JA_ITEM_REACH = 12  # characters from a list item's name to a number of its own item
# 2.筑波大学: the number ranks the name; 平成20年度の「…事業」: it dates it
_JA_RIGHT_AFTER = re.compile(r"[.．]?[ \t\u3000]?(?:の)?[「『]?")
_JA_RANK = re.compile(r"[0-9０-９]+位(?:は|が)[「『]?")  # 2位は「某大学」: the rank is the name's
# who does or is the topic of a sentence (奈良県が, 山梨県は): a place or a named body
_JA_DOER = re.compile(rf"({_JA_CHAR}{{2,}})(?:が|は)")
_JA_TOPIC = re.compile(
    rf"[ \t\u3000]*[同本]({'|'.join(_RULES['japanese_anaphor_kinds'])})(?:は|が)"
)
_JA_PLACE_OWNS = re.compile(
    rf"({_JA_CHAR}{{1,8}}(?:県|府|道|市|町|村|地域|地方|地区))(?:の|では|で|は|が)"
)
_JA_PLACE_END = ("県", "府", "都", "道", "市", "町", "村", "国")
_JA_KIND_TAIL = re.compile(rf"(?:{_JA_KINDS})$")
_JA_KIND_END = re.compile(rf"(?:{_JA_KINDS})$|(?:{_JA_KINDS})(?={_JA_CHAR})")
_JA_MIN = 5  # characters: 新規事業, 事業計画 and 国立大学 are no names (大学 names take four)
_JA_LISTED = re.compile(r"\s*(?:など|等)")  # 【…】…事業など七地域: an item of what is counted
# a sentence ends at 。, a blank line, a bullet, or a line that opens with a date (a
# chronology's entries, `昭和59年 / 1984年 2月 奈良県が…`, are sentences of their own)
_JA_SENTENCE_END = re.compile(
    r"[。！？]|\n\s*\n|\n\s*[•・\-*]|\n(?=[ \t\u3000]*(?:明治|大正|昭和|平成|令和|\d{1,4}\s*[年月]))"
)
# a name in brackets right after a name or word: an aside to it (its parent body, its name now)
_JA_ASIDE = re.compile(rf"{_JA_CHAR}[ \t\u3000]?[（(]$")

_ADDRESS = re.compile(r"\s*https?://")


def ja_names(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of the Japanese names of programmes, laws, surveys and bodies in
    text[lo:hi]: quoted ones whole (「特定産業集積の活性化に関する臨時措置法」), else runs of
    kanji and katakana ending in one of _JA_KINDS."""
    found = [
        (m.start(1), m.end(1), m.group(1))
        for m in _JA_QUOTED.finditer(text, lo, hi)
        if not m.group(1).endswith(_JA_PLAIN_KINDS) or _JA_NAME.fullmatch(m.group(1))
    ]  # 「国際的な新都市」: a phrase about a city in quotes, no city's name
    for m in _JA_NAME.finditer(text, lo, hi):
        name = m.group(0)
        if any(a <= m.start() < b for a, b, _ in found) or _JA_LISTED.match(text, m.end()):
            continue  # inside a quoted name, or one item of a list the number counts
        if _JA_ASIDE.search(text, max(0, m.start() - 3), m.start()):
            continue  # センター (科学技術庁), 公団(現都市再生機構): its parent or later name, an aside
        kind = _JA_KIND_TAIL.search(_bare(name))
        if kind is None or not _ja_named(name, kind.group(0)):
            continue
        if _JA_LIST_DOT.search(name) and not _ja_named(name.split("・")[-1], kind.group(0)):
            continue  # 高度先端技術産業・大学: a list of kinds of thing, not one body's name
        found.append((m.start(), m.end(), name))
    return sorted(found)


def document_name(text: str) -> str | None:
    """The name a document is about, from its opening (title, lead): Japanese, the name set
    beside the year it reports on (`…実施状況調査(2009年度実績)`, `平成27年度 大学等における…
    実施状況について`), else the opening's name the document says most often (本事業 and 同事業
    say the programme's again), else the one name a document that says 本事業 gives with that
    ending; English, the opening's name the document says most often, at least twice and more
    often than any other (the page's title over its site's name). Japanese too, a name said
    most often must be said twice and more often than every other name (a slide listing four
    laws once each is about none of them)."""
    start = text.find("\n") + 1 if _ADDRESS.match(text) else 0  # line 1: the page's address
    end = min(len(text), start + OPENING)
    # a Japanese page may open with an English heading or byline under its Japanese title
    if not is_japanese(text, start, end) and not is_japanese(text, 0, len(text)):
        return en_document_name(text, start, end)
    reported = _reported_name(text, end)
    if reported:
        return reported
    result = _JA_RESULTS.search(text, start, end)
    if result:  # 「大学等における…の実施状況」の結果を発表: the survey whose results it gives
        return result.group(1)
    every = ja_names(text, 0, len(text))
    said = Counter(n for _, _, n in every)
    for m in _JA_ANAPHOR.finditer(text):  # 同事業: the programme said again
        named = _antecedent(text, m.group(1), m.start(), None)
        if named:
            said[named] += 1
    opening = [p for _, _, n in ja_names(text, start, end) for p in _ja_heads(n)]
    for n in opening:  # a name inside a longer one (関西文化学術研究都市建設推進協議会)
        said[n] = max(said[n], text.count(n))
    for o in set(opening):  # グローバル拠点都市 again for 「スタートアップ・…・グローバル拠点都市」
        said[o] += sum(c for n, c in said.items() if n not in opening and n != o and o.endswith(n))
    if opening:
        top = max(opening, key=lambda n: (said[n], -opening.index(n)))
        rivals = [c for n, c in said.items() if top not in n and n not in top]
        return top if said[top] >= 2 and all(c < said[top] for c in rivals) else None
    own = [m.group(1) for m in _JA_ANAPHOR.finditer(text)]
    if own:
        return _antecedent(text, own[0], len(text), None)
    return None


# a quoted title whose results an opening says are out (「…の実施状況」の結果を発表した)
_JA_RESULTS = re.compile(r"「([^「」\n]{5,60})」の(?:調査)?結果(?:を|が)")
_REPORT_AFTER = re.compile(
    rf"[ \t\u3000]*((?:{_JA_CHAR}|における|に関する|に係る)+?)"
    r"(?:について|の結果|結果)"
)


def _ja_heads(name: str) -> list[str]:
    """A name and the names it opens with (関西文化学術研究都市建設推進協議会: 関西文化学術研究
    都市 too): a body or law named after a city or programme is said with that name inside."""
    heads = [
        name[: m.end()]
        for m in _JA_KIND_END.finditer(name)
        if m.end() < len(name) and _ja_named(name[: m.end()], m.group(0))
    ]
    return [name, *heads]


def _bare(name: str) -> str:
    """A name without the aside in brackets after it (…大学（旧…）): its kind ends the name."""
    return name.split("（")[0].split("(")[0]


def _ja_named(name: str, kind: str) -> bool:
    """A name says something before its kind (筑波研究学園都市, not 研究学園都市 alone), is long
    enough to be no common noun (新規事業, 国立大学), and opens with no word that makes it one
    (本事業, 各大学), and is no common noun that ends like a name (短期大学, 政令指定都市)."""
    short = len(name) < (4 if kind == "大学" else _JA_MIN)
    common = _bare(name) in _JA_COMMON
    return len(name) > len(kind) and not short and not common and name[0] not in _JA_NOT_LEADING


def _reported_name(text: str, end: int) -> str | None:
    """The name beside the (fiscal) year a document's opening says it reports on: the survey
    it reports (`…調査(2009年度実績)`) or the report's title after the year (`平成27年度 大学等
    における産学連携等実施状況について`)."""
    mark = reported_mark(text)
    if mark is None or mark[0] >= end:
        return None
    before = [
        n
        for n in ja_names(text, max(0, mark[0] - 80), mark[0])
        if not text[n[1] : mark[0]].strip(" （(")
    ]
    if before:
        return before[-1][2]
    after = _REPORT_AFTER.match(text, mark[1])
    if after and len(after.group(1)) >= _JA_MIN:
        return after.group(1)
    return None


def fill_owner(fact: Fact, text: str, subject: str | None) -> str | None:
    """Set the owner of a fact whose sentence's grammar named none; returns where it came from
    (`sentence`, `document`) or None."""
    if fact.owner and subject and said_again(fact.owner, subject):
        fact.owner = subject  # `the region accounts for 9.7%` in a page on the Greater X Area
        return "document"
    if fact.owner:
        return None
    if is_japanese(fact.sentence, 0, len(fact.sentence)):
        return _fill_japanese(fact, text, subject)
    named = sole_name(fact.sentence, _number_at(fact.sentence, text[fact.start : fact.end]))
    if named:  # `The TAMA Council was set up in 1998 with 328 members`
        fact.owner = named
        return "sentence"
    said = None if en_names(fact.sentence) else said_before(text, fact.start)
    if said:  # `MEXT runs the "X Initiative". The MEXT began its First Stage in 2002`
        fact.owner = said
        return "sentence"
    if subject is None or names_another(fact.sentence, subject):
        return None
    fact.owner = subject
    return "document"


def _number_at(sentence: str, number: str) -> int:
    """Where a fact's number stands in its (cleaned) sentence: a whole number, not the same
    digits inside another (`10` in `2010`), so the names before it are judged at its place."""
    m = re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d])", sentence)
    return m.start() if m else sentence.find(number)


def _fill_japanese(fact: Fact, text: str, subject: str | None) -> str | None:
    lo = _sentence_start(text, fact.start)
    hi = _sentence_end(text, fact.end)
    rank = _JA_RANK.match(text, fact.start)  # 1位は「某大学」: a rank whose span holds the name
    at = rank.end() if rank else fact.end
    ranked = [
        n
        for n in ja_names(text, at, max(hi, fact.end))
        if n[0] == at or _JA_RIGHT_AFTER.fullmatch(text, fact.end, n[0])
    ]
    if ranked:  # 2.筑波大学: the second is the university; 1位は東北大学: the first
        fact.owner = ranked[0][2]
        return "sentence"
    topic = _JA_TOPIC.match(text, lo)
    if topic:  # 同都市は、…1961年…2700ha…: a sentence about the said city is about it
        named = _antecedent(text, topic.group(1), topic.start(), subject)
        if named:
            fact.owner = named
            return "sentence"
    before = [
        n
        for n in ja_names(text, lo, fact.start)
        if not _JA_ITEM.search(text, max(0, n[0] - 4), n[0]) or fact.start - n[1] <= _JA_ITEM_REACH
    ]  # a list item's name owns its item's numbers, not the text after the list
    anaphors = list(_JA_ANAPHOR.finditer(text, lo, fact.start))
    if anaphors and (not before or anaphors[-1].start() > before[-1][0]):
        named = _antecedent(text, anaphors[-1].group(1), anaphors[-1].start(), subject)
        if named:
            fact.owner = named
            return "sentence"
    if before:
        fact.owner = _run_by(text, before[-1], fact.end, hi) or before[-1][2]
        return "sentence"
    after = [n for n in ja_names(text, fact.end, hi) if n[2] != subject]
    if subject is None or after or _has_doer(text[lo:hi], subject):
        return None  # the sentence names another, or a place does or owns: theirs, perhaps
    fact.owner = subject
    return "document"


def _run_by(text: str, body: tuple[int, int, str], at: int, hi: int) -> str | None:
    """The programme a ministry that does what the sentence says runs, named after the number
    (文部科学省において…全国18地域で知的クラスター創成事業が開始, 経済産業省では…19のプロジェクト
    を設定し、「…計画」): the sentence's figures are the programme's; the ministry's own figures
    are said with の (経済産業省の予算は…), and are left to it."""
    if not _bare(body[2]).endswith(_JA_RUNNERS):
        return None
    if not _JA_ACTS.match(text, body[1]):
        return None
    runs = [n[2] for n in ja_names(text, at, hi) if _JA_PROGRAMME_TAIL.search(n[2])]
    return runs[0] if runs else None


def _has_doer(sentence: str, subject: str) -> bool:
    """Whether a sentence says that a place or a named body other than the document's subject
    does something or is its topic (奈良県が…を発表, 山梨県は…を策定した): the number is as
    likely theirs as the subject's."""
    for m in _JA_DOER.finditer(sentence):
        doer = m.group(1)
        if doer in subject or _JA_ANAPHOR.fullmatch(doer):
            continue
        kind = _JA_KIND_TAIL.search(doer)
        if doer.endswith(_JA_PLACE_END) or (kind and _ja_named(doer, kind.group(0))):
            return True
    # 愛知県の製造品出荷額は, 九州地域では: the place's own figures, not the programme's
    return any(m.group(1) not in subject for m in _JA_PLACE_OWNS.finditer(sentence))


def _antecedent(text: str, kind: str, at: int, subject: str | None) -> str | None:
    """What `本事業`, `同法` stand for: the nearest name before with that ending, else the
    document's subject, else the only name of that ending the document gives (a page on one
    programme that names it last, under its chart)."""
    earlier = [n for _, _, n in ja_names(text, 0, at) if _bare(n).endswith(kind)]
    if earlier:
        return earlier[-1]
    if subject and _bare(subject).endswith(kind):
        return subject
    every = {n for _, _, n in ja_names(text, 0, len(text)) if n.endswith(kind)}
    return every.pop() if len(every) == 1 else None


def _sentence_start(text: str, at: int) -> int:
    lo = max(0, at - _SENTENCE_BACK)
    # read past the number, so a date's line opening at it still ends the line before
    ends = [m for m in _JA_SENTENCE_END.finditer(text, lo, min(len(text), at + 8)) if m.end() <= at]
    return ends[-1].end() if ends else lo


def _sentence_end(text: str, at: int) -> int:
    m = _JA_SENTENCE_END.search(text, at, min(len(text), at + _SENTENCE_BACK))
    return m.start() if m else min(len(text), at + _SENTENCE_BACK)
