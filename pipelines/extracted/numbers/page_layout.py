"""Numbers of a page's furniture found by the shape of its lines, not the words of a sentence:
a table of contents' page numbers (a run of titles each ending in a page number, rising), a
site's counters (`View` alone on a line, its count alone on the next), a search result's
snippet repeated on a page (`Title - Site › path · 2019-10-24 · …`) and a viewer's `Page 3:`
label, a number alone on one of a page's first lines (an upload site's page count above the
title, whose date is the document's), a numbered breadcrumb trail (`1. Home >` / `2. Budget
2002 >`, one item a line), runs of item codes (`51401 Exchange of researchers` / `51402 …`,
and the parent code `514` above them), an item's number closed by a bracket never opened (`1)
施設数`, `1)の施設`), a year and month written `2010.3` on a title line, a month and year alone
on a line (`November 2017`: a slide's date), a section's number (`3.3. Reform`, `3.3.3
Promotion`) and a list of tables or figures cited (`Tables 3-3-16 and 3-3-17`). non_facts.py
blanks them with its other rules, in both languages, and candidates.py keeps them with the
reason."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pipelines.extracted.numbers.number_scan import MONTHS

_Span = tuple[int, int, str]
_DIGITS = re.compile(r"\d+")
_HIRAGANA = re.compile(r"[\u3040-\u309f]")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(start, line) of every line of `text`."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


# a table of contents' line: a title (an item mark may open it) and a page number closing it
_CONTENTS_LINE = re.compile(
    r"^[ \t\u3000]*(?P<mark>[○●◆◇■□・]|(?P<item>\d{1,2})[.．、]|第\s*\d{1,2}\s*[章節部編]"
    r"|[(（]\d{1,2}[)）]|(?i:chapter)[ \t]+\d{1,2}|[IVX]{1,4}\.)?[ \t\u3000]*"
    r"(?P<title>[^\d\n]*[A-Za-z\u3040-\u30ff\u4e00-\u9fff][^\d\n]*?)[ \t\u3000]+"
    r"(?P<page>\d{1,3})[ \t\u3000]*$"
)
# the word heading a table of contents (目次, 目 次, もくじ, Contents, Table of Contents)
_CONTENTS_WORD = re.compile(
    r"^[ \t\u3000#*]*(?:目[ \t\u3000]*次|もくじ|(?i:(?:table of )?contents))\W*$"
)
_MIN_RUN = 3
_CONTENTS_LINE_MAX = 120  # a contents line is a title and a page: a longer one is prose


def _contents_pages(text: str) -> list[_Span]:
    """The page numbers (and item numbers) of a run of three or more lines, blank lines between
    allowed, each a title closed by a page number higher than the last: under a contents word,
    or with an item mark opening most of its lines (a run of names each with a rising count
    stays a list of facts)."""
    out: list[_Span] = []
    seen: list[str] = []  # the non-blank lines so far
    run: list[tuple[int, re.Match[str]]] = []
    run_at = 0  # where in `seen` the run starts

    def close() -> None:
        marked = sum(1 for _, m in run if m.group("mark"))
        headed = any(_CONTENTS_WORD.match(line) for line in seen[max(0, run_at - 3) : run_at])
        if len(run) >= _MIN_RUN and (headed or 2 * marked > len(run)):
            for start, m in run:
                out.append((start + m.start("page"), start + m.end("page"), "page_number"))
                if m.group("item"):
                    out.append((start + m.start("item"), start + m.end("item"), "heading_number"))

    for start, line in _lines(text):
        if not line.strip():
            continue
        # the pattern backtracks over a line's length: a long line is never an entry anyway
        m = _CONTENTS_LINE.match(line) if len(line) <= _CONTENTS_LINE_MAX else None
        if m is None or (run and int(m.group("page")) <= int(run[-1][1].group("page"))):
            close()
            run, run_at = [], len(seen)
        if m is not None:
            if not run:
                run_at = len(seen)
            run.append((start, m))
        seen.append(line)
    close()
    return out


# a counter's word alone on its line, its number alone on the next (`• View` / `3`)
_COUNTER_LINES = re.compile(
    r"^[ \t•·*-]*(?i:views?|downloads?|likes?|comments?|shares?|favorites?|bookmarks?)"
    r"[ \t:：]*\n[ \t]*(?P<g>\d[\d,]*)[ \t]*$"
    r"|^[ \t•·*-]*(?:閲覧数?|閲覧回数|ダウンロード数?|いいね|お気に入り|コメント数?|ブックマーク)"
    r"[ \t:：]*\n[ \t]*(?P<h>\d[\d,]*)[ \t]*$",
    re.M,
)
# a search result copied onto a page: a title, the site's path after `›`, a date between `·`s
# (each part stops at the first `›` and `·`, so a long line is read once, not backtracked over)
_SNIPPET = re.compile(r"^[^\n›]*›[^\n·]*[ \t]·[ \t](?=[^\n]*\d)[^\n]*$", re.M)
_VIEWER_PAGE = re.compile(r"^[ \t]*Page[ \t]+(?P<g>\d{1,4})[ \t]*:", re.M)
# a number alone on one of a page's first lines, a line of words below it: a page count
_TOP_NUMBER = re.compile(r"\A(?:[^\n]*\n){0,3}?[ \t]*(?P<g>\d{1,4})[ \t]*\n(?=[ \t]*[^\W\d])")
# a breadcrumb's item: a line ending in `>` (numbered or not), none opening with `<`
_CRUMB = re.compile(r"^[ \t]*(?:(?P<n>\d{1,2})[.．][ \t]+)?[^<>\n]{1,60}?[ \t\u3000]+[>＞›][ \t]*$")
_NUMBERED_ITEM = re.compile(r"^[ \t]*(?P<n>\d{1,2})[.．][ \t]+\S")


def _breadcrumbs(text: str) -> list[_Span]:
    """Every numeral of two or more lines in a row ending in `>`, and of the line after them
    where it goes on with the next item number: a trail of the pages above this one (`5.
    Budget 2002 >`), whose years name pages, not events."""
    lines = list(_lines(text))
    out: list[_Span] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _CRUMB.match(lines[j][1]):
            j += 1
        if j - i >= 2:
            last = _CRUMB.match(lines[j - 1][1])
            nxt = _NUMBERED_ITEM.match(lines[j][1]) if j < len(lines) else None
            if last and last.group("n") and nxt and int(nxt.group("n")) == int(last.group("n")) + 1:
                j += 1
            for start, line in lines[i:j]:
                out += [
                    (start + m.start(), start + m.end(), "running_head")
                    for m in _DIGITS.finditer(line)
                ]
            i = j
        else:
            i += 1
    return out


# a line opening with an item code (three to six digits, no year) before a title
_CODE_LINE = re.compile(
    r"^[ \t]*(?P<n>(?!(?:1[89]|20)\d\d(?!\d))\d{3,6})[ \t\u3000]+[A-Za-z\u3040-\u30ff\u4e00-\u9fff]"
)


def _item_codes(text: str) -> list[_Span]:
    """The codes of three or more lines in a row each opening with the code one up from the
    last (51401, 51402, 51403), and of a line just above whose code opens theirs (514)."""
    lines = [(s, line) for s, line in _lines(text) if line.strip()]
    out: list[_Span] = []
    i = 0
    while i < len(lines):
        j = i + 1
        first = _CODE_LINE.match(lines[i][1])
        if first:
            while j < len(lines) and (m := _CODE_LINE.match(lines[j][1])) is not None:
                prev = _CODE_LINE.match(lines[j - 1][1])
                if prev is None or int(m.group("n")) != int(prev.group("n")) + 1:
                    break
                j += 1
        if first and j - i >= _MIN_RUN:
            spans = [
                (s + m.start("n"), s + m.end("n"))
                for s, line in lines[i:j]
                if (m := _CODE_LINE.match(line))
            ]
            for s, line in lines[max(0, i - 3) : i]:
                parent = _CODE_LINE.match(line)
                if (
                    parent
                    and first.group("n").startswith(parent.group("n"))
                    and parent.group("n") != first.group("n")
                ):
                    spans.append((s + parent.start("n"), s + parent.end("n")))
            out += [(a, b, "code_number") for a, b in spans]
            i = j
        else:
            i += 1
    return out


# 2010.3: a year and its month after a point, on a title's line (no hiragana: no sentence),
# before no unit or scale word
_YEAR_POINT_MONTH = re.compile(
    r"(?<![\d.,])(?P<year>(?:19|20)\d\d)\.(?P<month>0?[1-9]|1[0-2])(?=[ \t\u3000)）\]】]|$)"
    r"(?![ \t\u3000]*(?:[a-z%％万億兆千百円人件社]|[A-Z][a-z]))"
)


@cache
def _month_year() -> re.Pattern[str]:
    return re.compile(rf"^[ \t]*(?:{MONTHS})\.?,?[ \t]+(?P<year>(?:19|20)\d\d)[ \t]*$", re.M)


@cache
def _dated() -> re.Pattern[str]:
    """A month and year, a day between or not (`February 15 th 2011`, `November 2017`)."""
    return re.compile(
        rf"\b(?:{MONTHS})\.?[ \t]+(?:\d{{1,2}}[ \t]?(?:st|nd|rd|th)?,?[ \t]+)?"
        r"(?P<year>(?:19|20)\d\d)\b"
    )


# 3.3. Reform, 3.3.3 Promotion: a section's number opening a line before a capitalised word
_SECTION = re.compile(
    r"^[ \t]*(?P<g>\d{1,2}(?:\.\d{1,2}){2,3}\.?|\d{1,2}\.\d{1,2}\.)[ \t]+(?=[A-Z][a-z])", re.M
)
# Tables 3-3-16 and 3-3-17, Figures 2 and 3: the numbers of tables or figures cited together
_CITED_PARTS = re.compile(
    r"\b(?:Tables|Figures|Figs\.|Charts)[ \t]?\d+(?:[-–.]\d+)*"
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|to)[ \t]+|[ \t]*[–~][ \t]*)\d+(?:[-–.]\d+)*)+"
)


# 1) 施設数, 機構が1)の施設に: an item's or table's number closed by a bracket never opened on its
# line (a value closing a parenthesis, `(合計120)`, `( 86)`, has its opening before it)
_ITEM_MARK = re.compile(r"(?<![\d.,(（])(?P<g>\d{1,2})[)）]")


def _item_marks(text: str) -> list[_Span]:
    out: list[_Span] = []
    for m in _ITEM_MARK.finditer(text):
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if before.count("(") + before.count("（") <= before.count(")") + before.count("）"):
            out.append((*m.span("g"), "heading_number"))
    return out


def layout_spans(text: str) -> list[_Span]:
    """(start, end, reason) of the numerals of `text` that are its page's furniture."""
    if not any(c.isdigit() for c in text):
        return []
    spans = _contents_pages(text) + _breadcrumbs(text) + _item_codes(text) + _item_marks(text)
    spans += [(*m.span(m.lastgroup or "g"), "web_counter") for m in _COUNTER_LINES.finditer(text)]
    spans += [
        (a + m.start(), a + m.end(), "page_furniture")
        for s in _SNIPPET.finditer(text)
        for a in [s.start()]
        for m in _DIGITS.finditer(s.group(0))
    ]
    spans += [(*m.span("g"), "page_number") for m in _VIEWER_PAGE.finditer(text)]
    for m in _TOP_NUMBER.finditer(text):
        spans.append((*m.span("g"), "page_furniture"))
        # the line under the page count: the title a site copied from the first page, whose
        # date (`February 15 th 2011`, `November 2017`) is the document's
        below = text.find("\n", m.end())
        spans += [
            (*d.span("year"), "dateline")
            for d in _dated().finditer(text, m.end(), below if below >= 0 else len(text))
        ]
    for m in _YEAR_POINT_MONTH.finditer(text):
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        if not _HIRAGANA.search(text, a, b if b >= 0 else len(text)):
            spans += [(*m.span("month"), "day_of_date"), (*m.span("year"), "dateline")]
    spans += [(*m.span("year"), "dateline") for m in _month_year().finditer(text)]
    spans += [(*m.span("g"), "heading_number") for m in _SECTION.finditer(text)]
    spans += [(*m.span(), "part_number") for m in _CITED_PARTS.finditer(text)]
    return spans
