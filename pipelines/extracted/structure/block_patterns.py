"""The line patterns that start or make a block: Markdown, HTML and Japanese headings, bullets
and numbered items, captions, footnotes, page numbers, reference lists and source notes."""

import re

MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
RULE = re.compile(r"^\s*(-{3,}|\*{3,}|_{3,}|={3,})\s*$")
TABLE_CAPTION = re.compile(
    r"^\s*(?:\*\*|<b>|__)?\s*(?:Table|TABLE|Tab\.)\s*\d+[A-Za-z]?\s*(?:[.:\-–—]|\*\*|$"
    # or a title's first word (`Table 9 Exports of the port`) on a short line with no stop: not a
    # sentence wrapped onto the line (`Table 2 Osaka ranked second with 8% of firms.`)
    r"|(?=[A-Z][a-z]+\b[^\n.。]{0,80}$))"
)
# a line that only states the unit of a table's numbers: `（単位：億円）`, `(Unit: million yen)`
UNIT_LINE = re.compile(
    r"^\s*[(（]?\s*(?:単位|units?)\s*[:：][^()（）\n]{1,24}[)）]?\s*$", re.IGNORECASE
)
FIGURE_CAPTION = re.compile(
    r"^\s*(?:\*\*|<b>|__)?\s*(?:Figure|FIGURE|Fig\.|FIG\.|Chart|CHART|Exhibit|EXHIBIT)\s*\d+[A-Za-z]?"
    r"\s*(?:[.:\-–—]|\*\*|$)"
)
FOOTNOTE = re.compile(r"^\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|<sup>\s*\d+\s*</sup>|\[\^?\d+\]:?)\s*\S")
BULLET = re.compile(
    r"^(?P<indent>[ \t]*)(?:[-*+•▶►▪◦‣·●○■□◆◇➢➤→※;]\s+|[・●○■□◆◇※]\s*)(?P<body>\S.*)$"
)
NUMBERED = re.compile(
    r"^(?P<indent>[ \t]*)(?P<marker>\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)]|[ivx]{1,4}[.)])\s+(?P<body>\S.*)$"
)
SECTION = re.compile(
    r"^\s*(?P<num>\d{1,2}(?:\.\d{1,2})+)\.?\s+(?P<title>\S.*)$|^\s*(?P<num1>\d{1,2})\.\s+(?P<title1>\S.*)$"
)
SECOND_BULLET = re.compile(r"^(?:[▶►▪◦‣•·・●○■□◆◇➢➤→>]\s*)+")
BOLD_LINE = re.compile(
    r"^\s*(?:\*\*[^*\n]+\*\*|__[^_\n]+__|<b>[^<\n]+</b>|<strong>[^<\n]+</strong>)\s*$"
)
# Japanese layout: 第2章 / 第1節 titles, 【見出し】, （1）見出し; 図表2-3-1 and 表3 captions
JA_HEADING = re.compile(
    r"^\s*(?:第[0-9０-９一二三四五六七八九十]+(?P<unit>[章部編節])|(?P<bracket>【)[^】]{1,60}】"
    r"|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]"
    r"|[0-9０-９]{1,2}[.．]?[ 　]+(?=[\u3040-\u30ff\u4e00-\u9fff]))[^。]{0,60}$"
)
JA_CAPTION = re.compile(r"^\s*(?P<kind>図表|図|表)\s*[0-9０-９]+(?:[-‐－.．][0-9０-９]+)*\s*\S")
# HTML layout: a line that opens a block element starts a block; page furniture is no text
HTML_BLOCK = re.compile(
    r"^\s*</?(?:p|h[1-6]|li|ul|ol|table|div|section|article|header|footer|nav|blockquote|"
    r"caption|dl|dt|dd|figure|figcaption|main|aside|pre|hr|br)\b",
    re.IGNORECASE,
)
HTML_HEADING = re.compile(r"^\s*<h(?P<level>[1-6])\b[^>]*>(?P<text>.*?)</h(?P=level)\s*>\s*$", re.I)
HTML_FURNITURE = re.compile(
    r"^\s*(?:<!DOCTYPE[^>]*>|</?(?:html|body)\b[^>]*>|<head\b.*</head>|<meta\b[^>]*>)\s*$",
    re.IGNORECASE,
)
PAGE_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[-‐－―–—]\s*\d{1,4}\s*[-‐－―–—])\s*$")  # 15, - 15 -
REFERENCE_HEADING = re.compile(
    r"^(references?|bibliography|notes( and references)?|endnotes|literature|works cited|sources|"
    r"further reading)\b",
    re.IGNORECASE,
)
CITATION_LIKE = re.compile(r"^(?:[-•*]\s*)?[A-Z\u00C0-\u024F]")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)[a-z]?\b|\bn\.\s?[dy]\.")
SOURCE_NOTE = re.compile(
    r"^\s*[(*（]*\s*(?:Source|Sources|Note|Notes|出典|資料|注)\s*[):*：）]", re.IGNORECASE
)


# a title standing alone on its line: a few words with no sentence's end (`Import-export ratio
# of Japan, 2011`, `県別の出荷額（2015年）`)
_TITLE_LINE = re.compile(r"[^\n.。!?！？:：;；]{3,90}")


def is_title_line(text: str) -> bool:
    """Whether a block is one line of title, not a sentence: it ends in no full stop or colon
    and has at most twelve words."""
    line = text.strip()
    return _TITLE_LINE.fullmatch(line) is not None and len(line.split()) <= 12
