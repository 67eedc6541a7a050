"""Numbers a page carries that are no quantity of anything: the day of a date, a decade, a dateline's
year, clock times, telephone and postal numbers, a table of contents' page numbers, a web page's
view and download counters, the number that opens a heading, non_fact_rules.py's (web
addresses, coordinates, versions, names, parts, running heads) and page_layout.py's (the
furniture a page's lines show by their shape: contents, breadcrumbs, codes, a site's chrome).
They are blanked (same length, so every offset still points into the document) before facts
are read, in both languages.

A year in running prose still dates what the sentence says; a year is blanked only where the
date stands on a line of its own, opens a press release (`Fukuoka, 12 May 2021 – `) or follows
a word that says the page was dated (posted, updated, issued, 登録, 更新), and never where 現在 or
時点 after it makes it the date a number on its line, or the table below it, is as of.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.numbers.non_fact_rules import NUMERALS, named_non_facts
from pipelines.extracted.numbers.page_layout import layout_spans
from pipelines.extracted.rules import load_rules, word_alternation

_MONTH = "|".join(sorted(map(re.escape, load_rules("facts")["months"]), key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
# June 27, 2022 / 27 June 2022 / 31/July/2014 / 14-Aug-2020
_DATES_EN = [
    re.compile(rf"\b(?:{_MONTH})\.?\s+{_DAY},?\s+{_YEAR}\b"),
    re.compile(rf"(?<![\d/.-]){_DAY}[\s/-]+(?:{_MONTH})\.?[\s/-]+{_YEAR}\b"),
    # 12-14 May 2004, May 12–14, 2004: the days of a meeting; `day2` is the range's end
    re.compile(
        rf"(?<![\d/.-]){_DAY}[ \t]*[-–][ \t]*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?[ \t]+(?:{_MONTH})\.?,?"
        rf"[ \t]+{_YEAR}\b"
        rf"|\b(?:{_MONTH})\.?[ \t]+(?P<day3>[0-3]?\d)[ \t]*[-–][ \t]*(?P<day4>[0-3]?\d),?[ \t]+"
        rf"{_YEAR.replace('year', 'year2')}\b"
    ),
    # 2021-04-01, 2021/4/1: the month is no fact either
    re.compile(
        rf"(?<![\d/.-]){_YEAR}(?P<sep>[-/.])(?P<month>0?[1-9]|1[0-2])(?P=sep){_DAY}(?![\d/.-])"
    ),
]
# June 3 (Kyodo), on 3 June, the ministry..., posted on March 3 by ...: a day and month without
# a year, before no noun (a word that opens no noun phrase may follow: by, at, the, and ...)
_AFTER_DAY = r"by|at|in|on|to|from|for|with|the|and|or|when|after|before|until|during|was|were"
_DAY_MONTH = re.compile(
    rf"\b(?:{_MONTH})\.?\s+{_DAY}(?=\s*(?:[,.;:()\[\]–—-]|$)|\s+(?:{_AFTER_DAY})\b)"
    rf"|(?<![\d.,]){_DAY.replace('day', 'day2')}\s+(?:{_MONTH})\b(?!\.?\s*(?:\d|,\s*\d))",
    re.M,
)
# Jan. 17, Sept 4: an abbreviated month (a month's name cut short) is only ever written before
# a day, so the number after it is the day whatever follows (`on Jan. 17 the council met`)
_ABBREVIATED = "|".join(
    sorted(
        (re.escape(m) for m in load_rules("facts")["months"]
         if any(len(n) > len(m) and n.startswith(m) for n in load_rules("facts")["months"])),
        key=len,
        reverse=True,
    )
)  # fmt: skip
_DAY_AFTER_ABBREVIATION = re.compile(
    rf"\b(?:{_ABBREVIATED})\.?\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)?(?![\d%]|[.,]\d)"
)
# the 1980s, the early 1970s, the 1990's: a decade, no year of its own
_DECADE = re.compile(r"(?<![\w.,])(?:1[89]|20)\d0['’]?s\b|(?<![\w.,])['’]\d0s\b")  # the '80s too
# 平成29年1月13日, 2016年11月1日, 平成二年六月十二日 (a record's date in kanji): the day and the
# month are never facts, the year by its line
_KANJI_DAY = "[一二三四五六七八九十]{1,3}"
_DATE_JA = re.compile(
    rf"(?P<year>(?:[一-龥]{{2}})?(?:\d{{1,4}}|[〇一二三四五六七八九十元]{{1,4}}))\s*年"
    rf"\s*(?P<month>\d{{1,2}}|{_KANJI_DAY})\s*月\s*(?P<day>\d{{1,2}}|{_KANJI_DAY})\s*日"
)
# 平成22年3月: a year and month with no day, a page's date only where it stands alone on its
# line or opens it before a gap and a name (（平成20年11月　文部科学省）)
_MONTH_JA = re.compile(
    r"(?P<year>(?:[一-龥]{2})?(?:\d{1,4}|元))\s*年\s*(?P<month>\d{1,2})\s*月(?!\s*\d{1,2}\s*日)"
)
# 平成20年5月 第2316号: the date of a periodical's issue, the year with its issue number
_ISSUE_JA = re.compile(
    r"(?P<year>(?:[一-龥]{2})?\d{1,4})\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?"
    r"[ \t\u3000]*(?:[(（][^)）\n]{0,12}[)）][ \t\u3000]*)?第\s*\d+\s*号"
)
# 2007年3月号: a monthly's issue, named by its month (a citation of where a text appeared)
_MONTHLY_ISSUE_JA = re.compile(
    r"(?P<year>(?:[一-龥]{2})?\d{1,4})\s*年\s*\d{1,2}\s*月\s*(?:[・･]\s*\d{1,2}\s*月\s*)?(?:合併)?号"
)
_DATELINE_WORDS = re.compile(
    r"(?:date|dated|posted|post on|updated|issued?|published(?: online)?|released|last modified|"
    r"accessed|retrieved|received|accepted|revised|submitted|last reviewed|edited|modified|"
    r"(?:登録|更新|掲載|公開|発行|作成)日?)\W{0,12}(?:(?:on|at)\W{1,3})?$",
    re.IGNORECASE,
)
# a year a page's metadata gives after its word: 登録:平成21年, Updated: 2019
_META_YEAR = re.compile(
    r"(?:登録|更新|掲載|公開|発行|作成|\b(?:posted|updated|published(?: online)?|last modified|"
    r"accessed|retrieved|received|accepted|revised|submitted))\s*(?:日)?"
    rf"\s*[:：]\s*(?:[一-龥]{{2}})?(?:(?:{_MONTH})\.?\s+)?(?P<year>\d{{1,4}})",
    re.IGNORECASE,
)
# © 2009, (c) 2023, Copyright 2015-2021: the year of a page's copyright line, no event
_COPYRIGHT = re.compile(
    r"(?:©|\([cC]\)|\b(?i:copyright))[ \t]*(?:©[ \t]*)?(?P<year>(?:19|20)\d\d)"
    r"(?:[ \t]*[-–][ \t]*(?P<end>(?:19|20)?\d\d))?(?!\d)"
)
# Working Paper No. 121: March 2006, Vol. 3, No. 2 (May 2004), Review #12: August 9, 2001: the
# date of a periodical's issue
# (and `Issue: May 2001`, a cross-reference's `page 20, September 2000`)
_ISSUE_DATE = re.compile(
    rf"(?:(?:\b(?:No|Vol|Issue)\.?|#)[ \t]?\d{{1,4}}[ \t]*[,:;(（]|\bissue[ \t]*[:：]"
    rf"|\b(?:page|pp?\.)[ \t]?\d{{1,4}}(?:[-–]\d{{1,4}})?[ \t]*,)[ \t]*(?:{_MONTH})\.?[ \t]+"
    r"(?:\d{1,2},?[ \t]+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# what may close a heading line after its date (（金曜日）), and the kana a sentence has and a
# heading lacks
_HEADER_END = re.compile(r"[ \t\u3000]*(?:[(（][^)）\n]{1,6}[)）])?[ \t\u3000]*")
_KANA = re.compile(r"[\u3040-\u309f]")
# the end of a body's name that signs a page after its date (文部科学省, 研究振興局, 産業政策課);
# a chronology's event after its date (研究所開設) ends otherwise
_AUTHOR_END = re.compile(r"(?:省|庁|局|課|室|部|府|センター|機構|協会|本部|事務所|財団|グループ)$")
_NUMBERED = re.compile(
    r"第\s*[\d〇一二三四五六七八九十百千]+\s*[号回]"
)  # an issue's or a session's number
# 2010年3月発行, 平成22年3月作成: a publication's date, its word after it at the line's end
_ISSUED_JA = re.compile(
    r"(?P<year>(?:[一-龥]{2})?\d{1,4})\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?[ \t\u3000]*"
    r"(?:発行|刊行|発刊|公表|公開|掲載|更新|作成|改訂|改定|初版|第\d+版)[ \t\u3000]*[)）]?[ \t\u3000]*$",
    re.M,
)
# 現在, 時点 right after a date: the date a quantity on the line is as of, no page's date
_AS_OF = re.compile(r"[ \t\u3000]*(?:現在|時点)")
_AS_OF_BEFORE = re.compile(r"\bas of\s*$", re.IGNORECASE)  # as of 1 April 2015 – 120 firms
_STAMP = re.compile(r"[ \t,]*(?:at[ \t]+)?\d{1,2}:\d{2}(?!\d)")  # the clock time after a date
_TABLE_NEXT = re.compile(r"(?:[ \t\u3000]*\n)+[ \t]*\|")  # a Markdown table's first row next
_PRESS_DATELINE = re.compile(r"[\s*_]*[–—]\s|[\s*_]+-\s")  # "Fukuoka, 12 May 2021 – The ..."
# 社説2011年10月21日付, 2011年10月21日付の記事: the date a cited text bears (not 4月1日付で発足, the
# day a change took effect, nor 10月1日付の推計で120万人, the date an estimate is of)
_CITED_JA = r"(?:社説|記事|論説|コラム|通知|通達|書簡|文書|新聞|朝刊|夕刊|紙面|報道|発表)"
_DATED_JA = re.compile(rf"付け?(?:の{_CITED_JA}|[)）」』]|[ \t]*$)")
_CITED_BEFORE_JA = re.compile(rf"{_CITED_JA}[「『(（」』)）]?[ \t]*$")
# `Interviewed on June 30, 2016` opening its line: the date of an interview's page
_INTERVIEWED = re.compile(r"^\W*interviewed(?:[ \t]+on)?[ \t:]*$", re.IGNORECASE)
# `— Name (@handle) March 3, 2020`: an embedded post's signature, the date it was posted
_POST_SIGNATURE = re.compile(r"\(@\w{1,30}\)[ \t]*$")
_CLOCK = re.compile(
    r"(?<![\d.:])\d{1,2}(?::\d{2}(?::\d{2})?(?![\d:])(?:\s*[ap]\.?m\.?)?|\s?[ap]\.?m\.?(?!\w))",
    re.I,
)
_PHONE = re.compile(
    r"(?:\b(?:tel|phone|fax)|電話|ＦＡＸ|ファクス|☎)\s*[.:：]?\s*\+?[\d()（）\-‐－ ]{3,}\d"
    r"|(?:内線|\bext\.?)\s*[:：]?\s*\d+"  # 内線4321: an extension
    # a domestic number without its word: a leading 0 and three groups (03-1234-5678, 0120-12-345)
    r"|(?<![\w.,+-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\w.,-])"
    # an international number without its word: +81 52 123 4567, +81-3-1234-5678
    r"|(?<![\w+])\+\d{1,3}(?:[ \t.-]?\(?0?\d{1,4}\)?)(?:[ \t.-]\d{2,4}){2,3}(?![\d.,])",
    re.IGNORECASE,
)
_POSTAL = re.compile(r"(?:〒\s*)\d{3}[-‐－]\d{4}|(?<![\d\-–])\d{3}-\d{4}(?![\d\-–])")
# a table of contents: a title, a leader of dots, the page number, at a line's end
_LEADER_PAGE = re.compile(r"(?:…|\.{3,}|・{3,}|‥|―{2,}|-{4,})[ \t]*(?P<page>\d{1,4})[ \t]*$", re.M)
_COUNTER = re.compile(
    r"(?<![\w.,])(?P<n>\d[\d,]*)\s*(?:views?|downloads?|likes?|comments?|shares?|閲覧|ダウンロード"
    r"|min(?:ute)?s?\.?\s+read)\b"  # a page's `6 min read`, `Reading time: 6 min`
    r"|(?:閲覧数|閲覧回数|ダウンロード数|アクセス数|views?:|downloads?:|reading\s+time:?)"
    r"[ \t\u3000:：]*(?P<m>\d[\d,]*)",
    re.IGNORECASE,
)
# a heading's number: a line that opens with one or two digits and a wide gap, or with a
# section's number (３．２　研究の推進) before a Japanese heading
_HEADING_NUMBER = re.compile(
    r"^[ \t]*(?P<n>\d{1,2})(?=(?:[ \t]{2,}|\u3000)\S)"
    r"|^[ \t]*(?P<s>\d{1,2}(?:[.．]\d{1,2}){1,3})(?=(?:[ \t]+|\u3000)[\u3040-\u30ff\u4e00-\u9fff])"
    rf"(?![ \t\u3000]*(?:[万億兆千百]|{word_alternation(list(load_rules('japanese')['counters']))}))"
    # a list heading: a number before a name alone on its line or before a colon (10 Gunma)
    r"|^[ \t]*(?P<m>\d{1,2})[ \t]+(?=[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]*(?:$|[:：–—]))",
    re.M,
)


# a contents list or menu: three or more lines in a row numbered 1, 2, 3 ... each a short title
# (`1 History`, `3 See also`, `2 結果の概要 …… 3`): the item numbers
_NUMBERED_LINE = re.compile(
    r"^[ \t\u3000]*(?P<n>\d{1,2})[.．]?[ \t\u3000]+[A-Za-z\u3040-\u30ff\u4e00-\u9fff][^\n\d]{0,40}"
    r"(?:(?:…|\.{3,}|・{3,}|‥)[ \t]*\d{1,4}[ \t]*)?$",
    re.M,
)


# `1. Tokyo 2. Osaka 3. Nagoya`: items numbered in a row on one line
_INLINE_ITEM = re.compile(r"(?:^|(?<=[ \t]))(?P<n>\d{1,2})\.[ \t]+(?=[A-Z])", re.M)


def _inline_items(text: str) -> list[tuple[int, int]]:
    """The numbers of three or more items numbered 1, 2, 3 ... in a row on one line."""
    out: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for m in [*_INLINE_ITEM.finditer(text), None]:
        last = run[-1] if run else None
        if (
            m is not None
            and last is not None
            and int(m.group("n")) == int(last.group("n")) + 1
            and "\n" not in text[last.end() : m.start()]
        ):
            run.append(m)
            continue
        if len(run) >= 3:
            out += [r.span("n") for r in run]
        run = [m] if m is not None else []
    return out


def _contents_numbers(text: str) -> list[tuple[int, int]]:
    """The numbers of runs of three or more consecutive lines numbered one up from the last."""
    out: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for m in _NUMBERED_LINE.finditer(text):
        last = run[-1] if run else None
        if (
            last is not None
            and int(m.group("n")) == int(last.group("n")) + 1
            and text.count("\n", last.end(), m.start()) == 1
        ):
            run.append(m)
            continue
        if len(run) >= 3:
            out += [r.span("n") for r in run]
        run = [m]
    if len(run) >= 3:
        out += [r.span("n") for r in run]
    return out


# Named but not blanked, by the words after the number: a Japanese denominator (万人当たり,
# 地域あたり: its measure names what it is per) and decade (年代: ja_periods reads it as a period)
_READ_AS_WRITTEN = {
    "denominator": re.compile(
        r"[ \t]*(?:[万千百]?[ァ-ヶー一-龥A-Za-z²]{0,5}(?:当たり|あたり|当り|につき)|[万千百]人?対)"
    ),
    "decade": re.compile(r"[ \t]*年代"),
}
# 1990年代, 昭和40年代, 六十年代: a decade, no year of its own
_DECADE_JA = re.compile(
    r"(?<![\d〇一二三四五六七八九十])(?:\d{2,4}|[〇一二三四五六七八九十百千]+)(?=[ \t]*年代)"
)


def _line_of(text: str, start: int, end: int) -> tuple[str, str]:
    """What stands before and after a span on its line."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a:start], text[end : b if b >= 0 else len(text)]


def _is_dateline(text: str, start: int, end: int) -> bool:
    before, after = _line_of(text, start, end)
    if (_AS_OF.match(after) or _AS_OF_BEFORE.search(before)) and (
        any(c in NUMERALS for c in after) or _TABLE_NEXT.match(text, end + len(after))
    ):  # 平成27年4月1日現在の会員数は120社, or above a table: the date its numbers are as of
        return False
    if (
        _DATELINE_WORDS.search(before)
        or _PRESS_DATELINE.match(after)
        or _STAMP.match(after)
        or _INTERVIEWED.match(before)
        or _POST_SIGNATURE.search(before)
        or (_DATED_JA.match(after) and (_CITED_BEFORE_JA.search(before) or "の" in after[:3]))
    ):
        return True  # a dateline's date, or a timestamp's (`2023-01-20 12:34`)
    if not before.strip() and re.match(r"[ \t\u3000]+(?![はがのにでをと、,])\S", after):
        return True  # a full date opening its line before a gap: the page's date (2016年11月1日 文部科学省)
    if _HEADER_END.fullmatch(after) and _NUMBERED.search(before) and not _KANA.search(before):
        return True  # 第112回国会 商工委員会 第5号 昭和63年4月15日: a record's heading ends with its date
    if (
        start < _OPENING
        and text[start:end].isascii()
        and before.isascii()
        and any(c.isalpha() for c in before)
        and not _LOWER_WORD.search(before)
        and not _EVENT_LEAD.search(before)
    ):
        return True  # `M E X T Knowledge Cluster Initiative July 25, 2005 ...`: a title's date
    return len(before.strip()) + len(after.strip()) <= 12  # the date alone on its line


# a full date in a document's first characters after words of a title on its line, all of them
# capitalised (no `On`, `In` or `Since` before the date, which would make it an event's): the
# document's date
_OPENING = 300
_LOWER_WORD = re.compile(r"(?<![\w&'’.-])[a-z]")  # a word of prose: a title has none
_EVENT_LEAD = re.compile(r"\b(?:On|In|Since|By|From|Until|Before|After)\s*$")


@cache
def _event_words() -> tuple[str, ...]:
    return tuple(load_rules("japanese")["event_words"])


def _heads_page(text: str, start: int, end: int) -> bool:
    """Whether a year and month stand alone on their line, or open it before a gap and a body's
    name (平成20年11月　文部科学省　研究振興局): the page's date, no event's."""
    before, after = _line_of(text, start, end)
    if before.strip(" \t\u3000(（") or _AS_OF.match(after):
        return False
    after = after.strip(" \t\u3000)）")
    if not after:
        return True
    gap = re.match(r"[ \t\u3000]", text[end : end + 1]) is not None
    # the name ends the line, or is the first word after a gap (平成30年11月 内閣府事務局 交付金チーム)
    named = _AUTHOR_END.search(after) or (gap and _AUTHOR_END.search(after.split()[0]))
    if _KANA.search(after) or not named:
        return False
    # a gap before the body's name, or a name with no event word (平成30年11月内閣府 地方創生
    # 推進事務局; not 平成30年11月設立 研究協会, a founding)
    return gap or not any(w in after for w in _event_words())


def named_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of the spans of `text` whose numerals are not facts."""
    spans: list[tuple[int, int, str]] = []
    if any(ch.isdigit() for ch in text):
        for pattern in _DATES_EN:
            for m in pattern.finditer(text):
                days = ("day", "day2", "day3", "day4", "month")
                spans += [(*m.span(g), "day_of_date") for g in days if m.groupdict().get(g)]
                if _is_dateline(text, m.start(), m.end()):
                    year = "year" if m.group("year") else "year2"
                    spans.append((*m.span(year), "dateline"))
        spans += [(*m.span("year"), "dateline") for m in _META_YEAR.finditer(text)]
        spans += [(*m.span("year"), "dateline") for m in _ISSUED_JA.finditer(text)]
        if "月" in text:
            spans += [
                (*m.span("year"), "dateline")
                for m in _MONTH_JA.finditer(text)
                if _heads_page(text, m.start(), m.end())
            ]
        spans += [(*m.span("year"), "dateline") for m in _ISSUE_DATE.finditer(text)]
        spans += [
            (*m.span(g), "copyright_year")
            for m in _COPYRIGHT.finditer(text)
            for g in ("year", "end")
            if m.group(g)
        ]
        if "号" in text:
            spans += [(*m.span("year"), "dateline") for m in _ISSUE_JA.finditer(text)]
            spans += [(*m.span("year"), "dateline") for m in _MONTHLY_ISSUE_JA.finditer(text)]
        spans += [(*m.span(), "clock_time") for m in _CLOCK.finditer(text)]
        spans += [(*m.span(), "phone_number") for m in _PHONE.finditer(text)]
        spans += [(*m.span(), "postal_code") for m in _POSTAL.finditer(text)]
        spans += [(*m.span("page"), "page_number") for m in _LEADER_PAGE.finditer(text)]
        spans += [
            (*m.span("n" if m.group("n") else "m"), "web_counter") for m in _COUNTER.finditer(text)
        ]
        spans += [
            (*m.span("day" if m.group("day") else "day2"), "day_of_date")
            for m in _DAY_MONTH.finditer(text)
        ]
        spans += [(*m.span("day"), "day_of_date") for m in _DAY_AFTER_ABBREVIATION.finditer(text)]
        spans += [(*m.span(), "decade") for m in _DECADE.finditer(text)]
        spans += [
            (*m.span(next(g for g in ("n", "m", "s") if m.group(g))), "heading_number")
            for m in _HEADING_NUMBER.finditer(text)
        ]
        spans += [(a, b, "heading_number") for a, b in _contents_numbers(text)]
        spans += [(a, b, "heading_number") for a, b in _inline_items(text)]
    if "日" in text:  # a date in kanji has no digit a test above would see
        for m in _DATE_JA.finditer(text):
            if m.group("day").isascii():  # a kanji day and month: ja_numbers' not_after
                spans += [(*m.span("day"), "day_of_date"), (*m.span("month"), "day_of_date")]
            if _is_dateline(text, m.start(), m.end()):
                spans.append((*m.span("year"), "dateline"))
    if "年代" in text:
        spans += [(*m.span(), "decade") for m in _DECADE_JA.finditer(text)]
    return spans + named_non_facts(text) + layout_spans(text)


def non_fact_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `text` whose digits are not facts."""
    return [(a, b) for a, b, _ in named_spans(text)]


def mask_non_facts(text: str) -> str:
    """Same length as `text`; the numerals of non-fact numbers as spaces."""
    spans = named_spans(text)
    if not spans:
        return text
    chars = list(text)
    for a, b, reason in spans:
        if reason in _READ_AS_WRITTEN and _READ_AS_WRITTEN[reason].match(text, b):
            continue  # 人口10万人当たり, 1990年代: the Japanese reader reads them as written
        for i in range(a, b):
            # a decade goes whole: a stray `s` would read as a word (`the s exports`); so does a
            # restated measurement with its unit (`46 square miles` would name the measure) and
            # a denominator spelled out (`one in five firms`); a dateline's 元 (平成元年) is its year
            whole = reason in ("decade", "unit_conversion", "denominator", "quoted_title")
            if chars[i] in NUMERALS or whole or (reason == "dateline" and chars[i] == "元"):
                chars[i] = " "
    return "".join(chars)
