"""Numbers of Japanese text with their counters and hedges: `約3,400億円`, `2兆1000億円`,
`4.2万人`, `三十六`, `百五十億円`, `二・五倍` (the nakaguro as a decimal point), `▲1.3%` (▲ is a
minus sign), `2,800社を超える`, `17のプロジェクト`.

Numerals are read by kanjize; what a counter or hedge means is data (rules/japanese.yaml).
Numbers that are not facts are left out here: days and months of dates, 第3期 and other
ordinals in names, figure, table and law numbers (図表4, 法律第12号), denominators (1地域あたり).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from pipelines.extracted.japanese.ja_line_years import row_unit
from pipelines.extracted.japanese.ja_numerals import KANJI_DIGITS, exact_double, exact_numeral
from pipelines.extracted.rules import load_rules, word_alternation

# full-width ASCII (！ to ～) and the ideographic space, one character each: offsets are kept
_TO_ASCII = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
KANJI_NUMERAL = KANJI_DIGITS + "十百千"
BIG = "京兆億万"
# 倍増 (doubled) is a number with no numeral: a ratio of 2
_DOUBLED = re.compile(f"(?<![0-9{KANJI_NUMERAL}倍])倍増")


_KANJI_NUMERAL = re.compile(f"[{KANJI_NUMERAL}]|倍増")
_BLANK = re.compile(r"[ \n]")
_OR = re.compile(r"[ \t]*(?:又は|または|もしくは|若しくは|ないし)[ \t]*")  # 3又は5年間
_SLASHED = re.compile(r"\s?/\s?[0-9]")
_TENTH = re.compile(f"([1-9{KANJI_DIGITS[1:]}])分(?![0-9{KANJI_NUMERAL}間の])")
# 支援額（千円）：12,000: a unit, maybe scaled, in brackets before a bare number on its line
_UNIT_NOTE = re.compile(
    r"\((?:単位:\s*)?(?P<scale>千|百万|万|億|十億)?(?P<unit>円|人|件|社|%)\)\s*:?\s*$"
)
_SCALES = {"千": 1000, "百万": 1000000, "万": 10000, "億": 100000000, "十億": 1000000000}
# 大学（5）、企業（20）: a small count in brackets right after the noun it counts
_NOUN_BRACKET = re.compile(r"[\u30a0-\u30ff\u3400-\u9fff]\($")
_BRACKET_END = re.compile(r"\)(?:[、。,.\s]|$)")
# 1施設とします, 1件と数える: a rule of counting (one of each), no count
_COUNTED_AS = re.compile(r"と(?:します|する|し[、,]|して|数え|みなす|みなし)")
# 1)の立地施設: an item of the text's numbered list, referred to (no bracket opened before it)
_ITEM_REFERRED = re.compile(r"(?<![(（0-9])[0-9]{1,2}[)）]の")
# 2,791  ( 86): a part of the row's number in brackets after it, in its unit
_PART_BRACKET = re.compile(r"[0-9][ \t]+[(（][ \t]*$")
_KANJI = re.compile(r"[\u3400-\u9fff]")
# ATR 10 、NICT 11 ユニバーサル: a PDF's superscript note mark, set apart by blanks after a word and
# before a comma, a stop or a katakana word (after a Latin term, any word but a particle); or
# closing a name, its `*` blanked as markup (「…ふくしま*2」): nothing it counts
_NOTE_MARK = re.compile(
    r"(?<=[A-Za-z] )[0-9]{1,2} (?=[^\s0-9ぁ-ゖ(（])"
    r"|(?<=[\u30a0-\u30ff\u3400-\u9fff] )[0-9]{1,2} (?=[、。，,]|[\u30a1-\u30fa])"
    r"|(?<=[^\s0-9] )[0-9]{1,2}(?=[」』])"
)
_CURRENCIES = frozenset(["JPY", "USD", "EUR", "GBP"])
_ADDRESS = re.compile(r"(?:https?://|www\.)[!-~]+|[\w.+-]+@[\w-]+\.[\w.]+")
JAPANESE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def to_ascii(text: str) -> str:
    """Full-width digits, letters and marks as ASCII (`１２３`, `％`), the same length."""
    return text.translate(_TO_ASCII)


def is_japanese(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is Japanese prose: more kana and kanji than Latin letters."""
    if JAPANESE_SCRIPT.search(text, start, end) is None:
        return False  # most English sentences: one scan in C
    span = text[start:end]
    ja = len(JAPANESE_SCRIPT.findall(span))
    if ja < 2:
        return False
    # an address (the page's, on the line before the text) is in no language
    latin = sum(1 for c in _ADDRESS.sub(" ", span) if c.isascii() and c.isalpha())
    return ja >= latin


@dataclass(slots=True)
class JaNumber:
    start: int  # the number with its sign and counter, without the hedge
    end: int
    value: float
    unit: str
    value_high: float | None
    scale_word: str | None
    qualifier: str | None
    counted: str | None  # the noun after の (17のプロジェクト), when that says what is counted
    lead: int  # where the hedge before the number starts (約), else `start`
    rank: bool = False
    bare: bool = False  # no counter word and no counted noun: 収入は約178億で
    bracketed: bool = False  # 大学（5）: a count in brackets after its noun, no list mark


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    rules = load_rules("japanese")
    # `2千5百`: digits and small units mixed; `25 億`, `3\n億`: a blank or line break before a
    # big unit (a line wrapped or typeset apart) still joins it to its number
    # `20,8 21件`: a group of three digits a PDF's text cut with a blank is still one group
    # `3, 400億円`, `1,\n200社`: a blank or a line break after the comma too
    group = r",(?:[0-9]{3}|[0-9] [0-9]{2}(?![0-9])|[0-9]{2} [0-9](?![0-9])|[ \n][0-9]{3}(?![0-9]))"
    # `二千\n五百億円`: a kanji numeral a line wraps after 千 or 百 goes on on the next line
    # `0・1%`, `6・2倍`: a newspaper's decimal point written as a middle dot, before a share, a
    # multiple or a big unit (not `3・11`, a date, nor `1・2年生`, a list)
    dot = r"・[0-9]{1,2}(?=\s?(?:%|倍|ポイント|[兆億万]))"
    chunk = (
        rf"(?:[0-9]+(?:{group})*(?:\.[0-9]+|{dot})?(?:[千百十][0-9]?(?![0-9]))*"
        rf"|[{KANJI_NUMERAL}]+(?:(?<=[千百])\n[{KANJI_NUMERAL}]+)*"
        rf"(?:[0-9][千百十][{KANJI_NUMERAL}]*)*(?:・[{KANJI_DIGITS}]+)?)"
    )
    counter = word_alternation(list(rules["counters"]))
    # `8万\n5千人`, `1万 2,000人`: the smaller units after a big one, past a blank or a line
    # break, are the same number (digits below 10,000 then, and the counter right after them;
    # after 億 or 兆, `12億\n3,000万円`, the 万 that follows)
    rest = (
        rf"(?:[ \n](?=[0-9]+[千百]|[0-9]{{1,4}}(?![0-9,])(?:{counter})|[0-9],[0-9]{{3}}(?:{counter}))"
        rf"|(?<=[億兆])[ \n](?=[0-9]{{1,4}}(?:,[0-9]{{3}})?万))?"
    )
    # `約5 1億円`: digits a PDF's text cut with a blank right after a hedge are one number (a
    # hedge qualifies one number, and a lone digit before another with no counter is none)
    hedged = "|".join(f"(?<={re.escape(w)})" for w in rules["qualifiers_before"])
    cut = rf"(?:{hedged})[0-9]{{1,2}} [0-9]{{1,3}}(?=[ \n]?[{BIG}])"
    num = rf"(?:{cut}|{chunk})(?:[ \n]?[{BIG}]{rest}{chunk}?)*"
    signs = "".join(re.escape(s) for s in rules["minus_signs"] if s not in "-－")
    odd = word_alternation(list(rules["odd_words"]))
    # counters a range may give after both its ends; not years (五十八年から六十一年: ja_periods')
    ends = word_alternation([c for c in rules["counters"] if "年" not in c])
    return {
        "number": re.compile(
            rf"(?:(?P<sign>[{signs}]) ?)?(?P<num>{num})"  # `▲ 3.2%`: a blank after the sign too
            # `100億円～150億円`: a range with its counter after both ends (`10万人から12万人`
            # is a change: two numbers)
            rf"(?:(?:(?P<c1>{ends})\s*(?:～|〜|~)|\s*(?:～|〜|~|から))\s*(?P<num2>{num})"
            rf"(?(c1)(?=(?P=c1))))?"
            rf"(?P<odd>{odd})?"
            rf"(?:\s?(?P<counter>{counter})(?:(?<=[A-Za-z])(?![A-Za-z])|(?<![A-Za-z])))?"
        ),
        "qualifier_before": re.compile(
            rf"(?:{word_alternation([w[::-1] for w in rules['qualifiers_before']])})"
        ),
        "qualifier_after": re.compile(word_alternation(list(rules["qualifiers_after"]))),
        # ` ?`: 平成 25 年 4 月, a PDF's text with blanks between digits and their words
        "not_after": re.compile(rf" ?(?:{word_alternation(rules['not_after'])})"),
        "anniversary": re.compile(word_alternation(rules["anniversary_reached"])),
        "name_suffix": re.compile(word_alternation(rules["name_suffixes"])),
        "ordinal": re.compile(word_alternation(rules["ordinal_counters"])),
        "numbering_before": re.compile(
            rf"(?:{word_alternation([w[::-1] for w in rules['numbering_before']])})\s*"
        ),
        "per": re.compile(word_alternation(rules["per"])),
        "first_in": re.compile(
            rf"(?:{word_alternation(rules['first_in'])})一(?![\u3400-\u9fff々つ])"
        ),
        "link": re.compile(word_alternation(rules["counted_links"])),
        "particle": re.compile(word_alternation(rules["scaled_bare_particles"])),
        "change_to": re.compile(word_alternation(rules["bare_count_changes"])),
        "count_measure": re.compile(
            rf"[\u3400-\u9fff](?<!{word_alternation(rules['not_count_measures'])})"
            rf"数(?:{word_alternation(rules['count_measure_particles'])})"
            rf"(?:{word_alternation(rules['qualifiers_before'])})?\s*$"
        ),
        "noun": re.compile(r"[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fffA-Za-z・ー]{1,12}"),
        "dashed_code": re.compile(r"[-‐－][0-9]"),
        # an era name or letter read backwards from the number (平成, H)
        "era_before": re.compile(
            rf"\s*(?:{word_alternation([e[::-1] for e in rules['era_letters'].values()])}"
            rf"|[{''.join(rules['era_letters'])}](?![A-Za-z]))"
        ),
    }


def numeral_value(raw: str) -> Decimal | None:
    """`3,400億` -> 340000000000, `二・五` -> 2.5, `二・五兆` -> 2500000000000, `4.2万` -> 42000:
    exact, or None when ja_numerals refuses the numeral (too long, malformed, not exact)."""
    return exact_numeral(raw).value


def numbers(text: str, start: int, end: int) -> list[JaNumber]:
    """The numbers of [start, end) of `text` (read with `to_ascii`) that may be facts."""
    p = _patterns()
    rules = load_rules("japanese")
    counters = rules["counters"]
    out: list[JaNumber] = []
    counted_bare = False  # a count with no counter read after its measure (工場数は30)
    for m in p["number"].finditer(text, start, end):
        raw, counter = _BLANK.sub("", m.group("num")), m.group("counter")
        if "・" in raw and text[max(start, m.start() - 1) : m.start()] == "・":
            continue  # 1・3・5万円: a list of numbers, no decimal point
        kanji_only = not any(c.isdigit() and c.isascii() for c in raw)
        before = text[max(start, m.start() - 8) : m.start()]
        after_at = m.end()
        if raw in KANJI_NUMERAL and len(raw) == 1 and counter is None and not m.group("odd"):
            continue  # 一方, 十分: a lone kanji numeral with no counter is a word
        if m.group("odd") and not _round(raw, m.group("odd")):
            continue  # 3数, 二余: "and more" follows a round numeral only (三十余社, 十数社)
        if counter in rules["municipality_counters"] and any(c in BIG for c in raw):
            continue  # 四万十市: a name, no count of municipalities
        if (
            raw == "一"
            and counter is not None
            and _KANJI.match(text, m.end())
            and not p["qualifier_after"].match(text, m.end())  # 一割強, 一件以上
        ):
            continue  # 一社単独, 一地域集中: "one" inside a compound word, no count
        if counter is not None and p["name_suffix"].match(text, m.end()):
            continue  # 八戸市, 六ケ所村: the counter opens a place's name
        parted = m.end("odd") if m.group("odd") else m.end("num")
        gap = text[parted : m.start("counter")] if counter else ""
        if raw in KANJI_NUMERAL and len(raw) == 1 and gap and "\n" not in gap:
            continue  # 〇 県内の…, 一 総則: a lone kanji numeral parted from a word is a mark
        # 五十八年から六十一年: years, ja_periods'; 3〜5年 (a range of durations) is read here
        dated_span = m.group("num2") and "から" in text[m.end("num") : m.start("num2")]
        dated_span = dated_span or before.endswith("同")  # 同37~38年: years of the era named
        if counter == "年" and (text[m.end() : m.end() + 1] in ("度", "代") or dated_span):
            continue  # years, fiscal years and decades are ja_periods'
        if raw in ("1", "一") and counter and _COUNTED_AS.match(text, m.end()):
            continue  # 建物ごとに1施設とします: how things are counted, no count of them
        if counter == "周年" and not p["anniversary"].match(text, m.end()):
            continue  # 20周年記念式典: an occasion's name; 20周年を迎えた is the years reached
        if counter is not None and text.startswith("目", m.end()):
            continue  # 3回目, 2店舗目: an ordinal
        if before.endswith("第"):
            if counter == "位":
                rank = numeral_value(raw)
                if rank is not None:
                    out.append(
                        JaNumber(
                            m.start() - 1,
                            m.end(),
                            float(rank),
                            "rank",
                            None,
                            None,
                            None,
                            None,
                            m.start() - 1,
                            True,
                        )
                    )
            continue
        glued = counter is not None and m.end("num") == m.start("counter")
        if not glued and p["numbering_before"].match(before[::-1]):
            continue  # 図表4, 表1 人口; with a counter a count (学会発表12件, 代表5名, 資料3件)
        if p["dashed_code"].match(text, m.end()) or re.search(r"[0-9][-‐－]$", before):
            continue  # 2-3-1: a figure or section number
        if _SLASHED.match(text, m.end()) or re.search(r"[0-9]\s?/\s?$", before):
            continue  # 1/2, 2023/4: a fraction (ja_forms.py) or a date, never its parts
        if before.endswith(("[", "［")) and text.startswith(("]", "］"), m.end()):
            continue  # [4]: a citation mark
        if (
            counter is not None
            and before.endswith(("(", "単位:"))
            and set(raw) <= set("十百千万億")
        ):
            continue  # （千円）, （単位：百万円）: the unit of the numbers near, no number
        if counter is None and (alt := _OR.match(text, after_at)):
            other = p["number"].match(text, alt.end())  # 3又は5年間: the counter both share
            if other and other.group("counter") not in (None, "年") and not other.group("num2"):
                counter = other.group("counter")  # and its units (3又は5千円: 3千円)
                units = re.search(
                    f"[0-9{KANJI_DIGITS}]([千百{BIG}]+)$", _BLANK.sub("", other.group("num"))
                )
                raw += units.group(1) if units and raw.isdigit() else ""
        line = text[max(start, text.rfind("\n", 0, m.start()) + 1) : m.start()]
        note = _UNIT_NOTE.search(line) if counter is None and not kanji_only else None
        bracketed = (
            counter is None
            and not kanji_only
            and len(raw) <= 3
            and _NOUN_BRACKET.search(before) is not None
            and _BRACKET_END.match(text, after_at) is not None
        ) or (counter is None and _PART_BRACKET.search(before) is not None)
        if counter is None:
            if re.search(f"[0-9{KANJI_NUMERAL}]分の$", before):
                continue  # ２分の１: the numerator of a fraction ja_forms.py reads whole
            if p["not_after"].match(text, after_at) or p["ordinal"].match(text, after_at):
                continue
            nxt = text[after_at : after_at + 1]
            counted = None
            link = p["link"].match(text, after_at)
            hedge = None if link else p["qualifier_after"].match(text, after_at)
            link = link or (hedge and p["link"].match(text, hedge.end()))
            past = hedge.end() if hedge and not link else after_at  # 四十億程度です
            if link:  # 17のプロジェクト, 約300に及ぶ研究機関, 200以上の企業 (a hedge between)
                noun = p["noun"].match(text, link.end(), end)
                counted = noun.group(0) if noun else None
                if counted is None:
                    continue
            elif any(c in BIG for c in raw) and p["particle"].match(text, past):
                pass  # 収入は約178億で: a scaled amount whose unit its sentence says
            elif p["count_measure"].search(before) and p["particle"].match(text, past):
                counted_bare = True  # 工場数は30であった: a count its measure (…数) names
            elif counted_bare and p["change_to"].match(text, after_at):
                pass  # …数は12で、平成20年には25となった: the same count, later
            elif note is None and (kanji_only or (nxt and (nxt.isalnum() or nxt in "・ー."))):
                continue  # 三重, 5G, 10ヵ: no counter the rules know
            elif _NOTE_MARK.match(text, m.start()) or _ITEM_REFERRED.match(text, m.start()):
                continue  # ATR 10 、: a note mark; 1)の施設: the item 1) of the text, referred to
            unit, factor = "count", 1
            if note:  # （千円）：12,000 is 12 million yen
                unit = counters[note.group("unit")][0]
                factor = _SCALES.get(note.group("scale") or "", 1)
            elif not kanji_only and (head := row_unit(text, m.start())):
                unit, factor = counters[head]  # 人(内数:…) over the rows: their counter
        else:
            unit, factor = counters[counter]
            counted = None
            if p["per"].match(text, m.end()):
                continue  # 1地域あたり: a denominator
            if text.startswith("の", m.end()):
                noun = p["noun"].match(text, m.end() + 1, end)
                counted = noun.group(0) if noun else None
        if _cut(text, m.start(), m.end("num2") if m.group("num2") else m.end("num")):
            continue  # digits go on past the span (a sentence cut short): never a tail of them
        if counter == "年" and p["era_before"].match(before[::-1]):
            continue  # 令和99年, 平成0年: an era year ja_periods refused is no duration either
        exact = numeral_value(raw)
        if exact is None or (counter == "年" and exact >= 100):
            continue  # 1700年: a year ja_periods does not read as one; 二十年: 20 years
        exact_high = numeral_value(m.group("num2")) if m.group("num2") else None
        if m.group("num2") and exact_high is None:
            continue
        if m.group("sign"):
            exact = -exact
        scaled = exact_double(exact * Decimal(str(factor)))
        high = exact_double(exact_high * Decimal(str(factor))) if exact_high is not None else None
        if scaled is None or (exact_high is not None and high is None):
            continue  # past 2**53 a double would round it: refused (ja_numerals says why)
        value, stop = scaled, m.end()
        tenth = _TENTH.match(text, stop) if counter == "割" and high is None else None
        if tenth:  # ８割５分: tenths of a 割, one percent each
            d = tenth.group(1)
            value += int(d) if d.isascii() else KANJI_DIGITS.index(d)
            stop = tenth.end()
        q_after = p["qualifier_after"].match(text, stop)
        q_before = p["qualifier_before"].match(before[::-1])
        word = q_before.group(0)[::-1] if q_before else (q_after.group(0) if q_after else None)
        qualifier = (
            rules["qualifiers_before"].get(word) or rules["qualifiers_after"].get(word)
            if word
            else None
        ) or (rules["odd_words"][m.group("odd")] if m.group("odd") else None)
        scale = next((c for c in raw if c in BIG), None)
        lead = m.start() - (len(q_before.group(0)) if q_before else 0)
        out.append(
            JaNumber(
                m.start(),
                stop,
                value,
                unit,
                high,
                scale,
                qualifier,
                counted,
                lead,
                bare=counter is None and counted is None and note is None,
                bracketed=bracketed,
            )  # fmt: skip
        )
    for m in _DOUBLED.finditer(text, start, end):
        out.append(JaNumber(m.start(), m.end(), 2.0, "ratio", None, None, None, None, m.start()))
    if "一" in text[start:end]:
        for m in p["first_in"].finditer(text, start, end):  # 世界一: first in the world
            a, b = m.span()
            out.append(JaNumber(a, b, 1.0, "rank", None, None, None, None, a, rank=True))
    out.sort(key=lambda n: n.start)
    _currency_of_neighbours(out)
    return out


def _currency_of_neighbours(found: list[JaNumber]) -> None:
    """`国立大等は約79億円、公立大等は約12億で`: a number with 万/億/兆 and no counter, in a
    span that gives other amounts in a currency, is in the currency of the nearest of them."""
    money = [n for n in found if n.unit in _CURRENCIES]
    for n in found:
        if n.bare and n.scale_word and money:
            n.unit = min(money, key=lambda m: abs(m.start - n.start)).unit


def _round(raw: str, odd: str) -> bool:
    """Whether `raw` may take `odd` (余, 数) after it: a round numeral, 三十余, 十数, 百数十, 50余."""
    if odd.startswith("数"):
        return raw[-1] in "十百千"
    return raw[-1] in "十百千万億" or (raw[-1] == "0" and raw.isascii())


def _cut(text: str, start: int, end: int) -> bool:
    """Whether the numeral at [start, end) is part of a longer run of digits around it."""
    before = text[start - 1] if start else ""
    return (before.isdigit() and before.isascii()) or (
        end < len(text) and text[end].isascii() and text[end].isdigit()
    )


def has_japanese_number(text: str, start: int, end: int) -> bool:
    """Whether [start, end) may hold a number written in kanji (十二か所, 百五十億円) or 倍増."""
    return _KANJI_NUMERAL.search(text, start, end) is not None
