"""Numbers that are no quantity, each rule with the name a candidate row gives as its reason:
digits of web and e-mail addresses, coordinates, time zones, version and model numbers,
numbers inside names (`Society 5.0`, `Windows 10`), issue, item and part numbers, running heads
and footers (`- 12 -`, `Page 3 of 12`, `Report 2020 | 12`), and a vague numeral (数百社: some
hundreds, never 100), and a number that lists a text's own points (`その一つは`, `二つの
目的`). non_facts.py blanks them before facts are read, as it does dates' days
and clock times; the word lists are rules/non_facts.yaml."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.numbers.count_rules import count_rules
from pipelines.extracted.numbers.dating_rules import dating_rules
from pipelines.extracted.rules import Gate, load_rules, word_alternation, words_gate

NUMERALS = "0123456789〇一二三四五六七八九十百千万億兆"


@cache
def _rules() -> list[tuple[str, re.Pattern[str], Gate | None]]:
    """(reason, pattern, gate): the numerals of its named groups that matched (else of the whole
    match) are no facts; a rule with a gate, slow to try at every position, runs only on a text
    the gate finds what it needs in (a word, or a pattern that starts with a set of characters,
    which the regex engine scans for fast)."""
    r = load_rules("non_facts")
    names = word_alternation(r["name_words"])
    parts = word_alternation(r["part_words"], ignore_case=True)
    parts_ja = word_alternation(r["part_words_ja"])
    after_year = word_alternation(r["name_after_year"])
    before_year = word_alternation(r["name_before_year"])
    before_year_lower = word_alternation([w.lower() for w in r["name_before_year"]])
    laws = word_alternation(r["law_words"])
    streets = word_alternation(r["street_words"])
    suffixes = word_alternation(r["address_suffixes"])
    top = word_alternation(load_rules("facts")["superlatives"])
    glued = word_alternation(list(load_rules("units")["measure_words"]))
    events_ja = word_alternation(r["events_named_by_year_ja"])
    rules: list[tuple[str, re.Pattern[str]] | tuple[str, re.Pattern[str], Gate]] = [
        (
            "web_address",
            re.compile(
                r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)+/[^\s)]*"
                # a link relative to the page (`../index.html#8`), or to a page's anchor
                r"|(?<!\S)\.{1,2}/[^\s)]*|\b[\w-]+\.html?#[\w-]*"
            ),
        ),
        ("email_address", re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
        (
            "coordinate",
            re.compile(
                r"(?:[北南]緯|[東西]経)\s*\d{1,3}(?:\.\d+)?\s*(?:度|°)(?:\s*\d{1,2}\s*分)?"
                r"(?:\s*\d{1,2}(?:\.\d+)?\s*秒)?"
                # minutes and seconds marked ′ ″, ' ", or `?` where a page lost them
                r"|\b\d{1,3}(?:\.\d+)?\s?°(?:\s?\d{1,2}(?:\.\d+)?\s?[′'?])?"
                r"(?:\s?\d{1,2}(?:\.\d+)?\s?[″\"?])?\s?[NSEW]\b"
            ),
        ),
        # decimal degrees: after a word that names the axis (longitude 135.765, 経度135.765,
        # latitude of the site: 34.98), in degrees of a compass direction (36 degrees north);
        # each rule starts with a set of characters, for the regex engine to scan for
        (
            "coordinate",
            re.compile(
                r"[Ll](?<![A-Za-z][Ll])(?:ongitude|ONGITUDE|atitude|ATITUDE|at\.?|AT\.?|ng|on|ong\.)"
                r"(?![a-z])[ \t:=]{0,4}(?:(?i:of|about|approx\.?)[ \t]+)?"
                r"(?P<g>[-+−]?\d{1,3}(?:\.\d+)?)(?!\d|[.,]\d)"
                r"|[Ll](?:ongitude|atitude)[^\d\n.;。]{0,30}?(?P<l>\d{1,3}\.\d+)(?!\d|[.,]\d)"
            ),
            words_gate("atitude", "ongitude", "Lat", "lat", "lng", "Lon", "lon"),
        ),
        (
            "coordinate",
            re.compile(
                r"(?:経度|緯度|[北南]緯|[東西]経)[ \t:：は約]{0,4}(?P<h>\d{1,3}(?:\.\d+)?)(?!\d|[.,]\d)"
                r"|(?:経度|緯度)[^\d\n.;。]{0,30}?(?P<l>\d{1,3}\.\d+)(?!\d|[.,]\d)"
            ),
            words_gate("経度", "緯度", "北緯", "南緯", "東経", "西経"),
        ),
        (
            "coordinate",
            re.compile(r"(?P<m>\b\d{1,3}(?:\.\d+)?)[ \t]?degrees?[ \t]+(?i:north|south|east|west)"),
            words_gate("degree"),
        ),
        # or beside a compass letter (N 34.98, 135.765E), or two in a pair (34.9851, 135.7650)
        (
            "coordinate",
            re.compile(
                r"\b[NSEW][ \t]?(?P<h>\d{1,3}\.\d{2,})(?![\d.])"
                r"|(?<![\d.,])(?P<i>\d{1,3}\.\d{2,})[ \t]?[NSEW]\b"
                r"|(?<![\d.,])(?P<j>(?:1[0-7]\d|[1-9]\d)\.\d{3,})[ \t]*[,、，/;；][ \t]*"
                r"(?P<k>[-−]?(?:1[0-7]\d|[1-9]\d)\.\d{3,})(?![\d.])"
            ),
            re.compile(
                r"[0-9](?:\.\d\d[ \t]?[NSEW]\b|\.\d{3,}[ \t]*[,、，/;；])|[NSEW][ \t]?\d+\.\d\d"
            ).search,
        ),
        # a latitude and longitude in a pair, each beside its compass letter (35.6 N, 139.7 E)
        (
            "coordinate",
            re.compile(
                r"(?<![\d.,])(?P<a>\d{1,2}(?:\.\d+)?)[ \t]?°?[ \t]?[NS][ \t]*[,/;]?[ \t]*"
                r"(?P<b>\d{1,3}(?:\.\d+)?)[ \t]?°?[ \t]?[EW]\b"
            ),
            re.compile(r"\d[ \t]?°?[ \t]?[NS]\b").search,
        ),
        # UTC+9, and glued to an infobox's label (`Time zoneUTC+9`)
        ("time_zone", re.compile(r"(?<![A-Z])(?:UTC|GMT)\s?[+\-−±]\s?\d{1,2}(?::?\d{2})?")),
        (
            "version_number",
            re.compile(
                r"(?<![A-Za-z])(?i:version|ver\.?|release|build)\s?(?P<g>\d+(?:\.\d+)*)"
                r"|(?<![A-Za-z])[vV](?P<h>\d+(?:\.\d+)*)\b"
            ),
        ),
        ("name_number", re.compile(r"\b[A-Z][A-Za-z]+\s?(?P<g>\d{1,2}\.0)(?!\d|\.\d)")),
        # a year that is part of a name (the 2011 Survey of Firms) or of a law's number
        # (`the 2025 Taiwan-Japan Technology Summit`: capitalised words of the name between)
        (
            "name_number",
            re.compile(
                rf"(?<![\w.,])(?P<g>(?:19|20)\d\d)\s(?:{after_year})\b"
                rf"|\b[Tt]he[ \t](?P<h>(?:19|20)\d\d)\s(?:[A-Z][\w&'-]*\s){{1,4}}(?:{after_year})\b"
            ),
        ),
        (
            "name_number",
            re.compile(rf"\b(?:{laws})\s+No\.\s?\d+\s+of\s+(?P<g>(?:19|20)\d\d)\b"),
        ),
        # a number written with a leading zero is a code, not a count (08 Ibaraki, 08-E-012,
        # BioJapan '09); 09年度 stays a year
        (
            "code_number",
            re.compile(r"(?<![\w.,])(?<!\d[ \u00a0\u202f])'?0\d+(?![\d.,]*\s*(?:年|%|％|\d))"),
        ),
        # reference marks ([3], 1.2 million.[4]), a note mark glued to a bracket: (Sato 2003)12,
        # or a word's note mark (`クラスター※2`; an `*` is markup, blanked before this reads)
        (
            "reference_mark",
            re.compile(
                r"\[(?P<g>\d{1,3})\]|\)(?P<h>\d{1,2})(?=[\s.,;:]|$)"
                r"|(?<=[^\W\d_])※(?P<i>\d{1,2})(?![\d.,])"
            ),
        ),
        # a breadcrumb trail (`Home > About > History > 1987`): the page's place, no event
        (
            "running_head",
            re.compile(r"^[^\n>]{1,40}(?:[ \t]>[ \t][^\n>]{1,60}){2,}$", re.M),
            words_gate(" > "),
        ),
        # § 3, §§ 4-5: a section of a law or text
        ("part_number", re.compile(r"§§?[ \t]?(?P<g>\d{1,4})(?:[ \t]*[-–][ \t]*(?P<h>\d{1,4}))?")),
        # Showa 62 (1987), Heisei 13: a year of a Japanese era written in English, beside the
        # Western year (which dates the event) or alone, no count of anything
        (
            "name_number",
            re.compile(
                r"\b(?i:Meiji|Taish[oō]|Sh[oō]wa|Heisei|Reiwa)[ \t]?(?P<g>\d{1,2})\b(?![.,]\d)"
            ),
            re.compile(r"(?i:eiji|aish|h[oō]wa|eisei|eiwa)[ \t]?\d").search,
        ),
        # the 5th Science and Technology Basic Plan, the 2nd International Symposium: an ordinal
        # that is part of a name, no rank (`ranked 5th`, `Japan's 5th Largest City` are ranks)
        (
            "name_number",
            re.compile(
                rf"(?<![Rr]anked[ \t])(?<![Rr]anks[ \t])(?<![Rr]ank[ \t])(?<![\w.,])"
                rf"(?P<g>\d{{1,3}})(?:st|nd|rd|th)[ \t]+(?!(?i:{top})\b)"
                r"[A-Z][a-z]+(?:[ \t]+(?:(?:and|of|on|for|in)[ \t]+)?[A-Z][A-Za-z]+)+"
            ),
            re.compile(r"\d(?:st|nd|rd|th)[ \t]+[A-Z]").search,
        ),
        ("century", re.compile(r"\b(?P<g>\d{1,2})(?:st|nd|rd|th)[\s-]+centur(?:y|ies)\b", re.I)),
        (
            "street_address",
            re.compile(rf"\b(?P<g>\d{{1,5}})(?:\s+[A-Z][a-z]+){{1,3}}\s+(?:{streets})(?!\w)"),
        ),
        ("postal_code", re.compile(r"\b[A-Z]{2}\s(?P<g>\d{5})(?:-\d{4})?\b")),
        # the block and lot numbers before a romanised town or ward (`978-6 Kasahara-cho`,
        # `1-4-7 Hikaridai, Seika-cho`), or one lot number before a town (`52 Hama-cho`)
        (
            "street_address",
            re.compile(
                rf"(?<![\w.,-])(?P<g>\d{{1,4}}(?:-\d{{1,4}}){{1,3}}"
                r"|\d{1,4}(?=[ \t]+[A-Z][a-z]+-(?:cho|machi)\b))[ \t]+[A-Z][a-z]+"
                rf"(?:-(?:{suffixes})\b|,[ \t]+[A-Z][a-z]+-(?:{suffixes})\b)"
            ),
            words_gate(*(f"-{w}" for w in r["address_suffixes"])),
        ),
        # a block of a romanised Japanese address (`6-chome`, `3 chōme`): a place, no count
        (
            "street_address",
            re.compile(r"(?<![\w.,])(?P<g>\d{1,2})[ \t-]?ch[oō]u?me\b", re.I),
            words_gate("chome", "Chome", "chōme", "Chōme", "choume", "CHOME"),
        ),
        # a product's size in inches (`20-inch tubes`, `a 65-inch screen`): its model, no quantity
        (
            "product_size",
            re.compile(r"(?<![\d.,])(?P<g>\d{1,3}(?:\.\d)?)[ \t-]?(?:inch|in\.)(?![a-z])"),
        ),
        # a romanised Japanese address on a line of its own words (`Kita 13, Nishi 8, Kita-ku,
        # Sapporo 060`, `2-1-3 Kasumigaseki, Chiyoda-ku, Tokyo`): no lower-case word of prose on
        # it, no table cell
        (
            "street_address",
            re.compile(
                rf"^(?=[^\n]*\b[A-Z][a-z]+-(?:{suffixes}),)(?![^\n]*(?:\b[a-z]{{4,}}\b|[|\t]))"
                r"(?P<g>[^\n]+)$",
                re.M,
            ),
            words_gate(*(f"-{w}," for w in r["address_suffixes"])),
        ),
        # a cited work's volume, issue, year and pages (`Vol. 12, No. 3, 2009, pp. 211–234`,
        # `30(2): 377–402`, `(1995), Bulletin`), its ISBN or ISSN: no quantity of the text
        (
            "bibliographic",
            re.compile(
                r"\b(?i:vol)\.?[ \t]?(?P<v>\d{1,4})"
                r"(?:[ \t]*[,(]?[ \t]*(?i:nos?|issue)\.?[ \t]?(?P<n>\d{1,4}(?:/\d{1,4})*)\)?)?"
                r"(?:[ \t]*,[ \t]*(?P<y>(?:19|20)\d\d))?"
                r"|(?P<y2>(?:19|20)\d\d)\)?[ \t]*[,:][ \t]*pp?\.[ \t]?(?P<p>\d+(?:[ \t]*[-–][ \t]*\d+)?)"
                r"|\b(?P<i>\d{1,4})[ \t]?\((?P<j>\d{1,3})\)[ \t]?[:,][ \t]?(?P<k>\d+(?:[ \t]?[-–][ \t]?\d+)?)"
                r"|\b(?:ISBN|ISSN)(?:-1[03])?:?[ \t]*(?P<b>[\d][\d\- ]{6,}[\dXx])"
                r"|\b(?:pp\.|(?i:pages))[ \t]?\d+[ \t]*[-–][ \t]*(?P<e>\d+)"  # pp.475 - 500: the last page
                r"|(?P<y3>(?:19|20)\d\d)[ \t]+(?i:vol)\.[ \t]?\d"  # 2004 Vol.28
                r"|[(（][ \t]*(?:19|20)\d\d[ \t]*=[ \t]*(?P<x>100)[ \t]*[)）]"  # an index's base
            ),
            words_gate("ol.", "ol ", "(", "ISBN", "ISSN", "p.", "ages"),
        ),
        # the years of a chart or table title: the period of what it shows, said again below
        # (`FIGURE 3 - ... - JETRO, 2015`, whatever its case)
        (
            "caption_year",
            re.compile(
                r"^[ \t]*(?i:Figure|Fig\.|Chart|Table|Graph|図|表)\s?\d{1,3}[:.：]?[^\n]*?"
                r"(?P<g>(?:19|20)\d\d(?:\s?[-–~]\s?(?:19|20)?\d\d)?)[^\n\d]*$",
                re.M,
            ),
        ),
        # a title line that states the unit of what it shows after its year: `Exports of
        # Japan, 2011 (Unit: Billion Yen)`
        (
            "caption_year",
            re.compile(
                r"^[^\n\d]{3,120}?(?P<g>(?:19|20)\d\d)\s*[(（](?i:units?)\s*[:：][^\n]{1,40}[)）][ \t]*$",
                re.M,
            ),
        ),
        # a short title line with its year in parentheses (`Key figures (2017)`, `Main
        # indicators (2010-2015)`): the period of the list or table under it; a term's or
        # phase's heading (`Term II (2006-2010)`) gives the term's own span, a fact
        (
            "caption_year",
            re.compile(
                r"^[ \t#*]*(?![^\n(]*\b(?i:term|phase|stage|period)\b)"
                r"[A-Z][a-z][^\n.!?:;|()\d]{2,50}?[ \t]*[(（]"
                r"(?P<g>(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)?\d\d)?)[)）][ \t*]*:?[ \t]*$",
                re.M,
            ),
        ),
        # `Top 5 sectors`, `the top 10 firms`: the size of a list named, no count of anything
        ("listing", re.compile(r"\b[Tt]op[ \t-](?P<g>\d{1,3})\b(?![.,]\d|[ \t]*%)")),
        # a chart's title alone on its line, its year after a comma (`Import-export ratio of
        # Japan, 2011`): the period of what the chart shows, no event
        (
            "caption_year",
            re.compile(
                r"^[ \t#]*[A-Z][^\n.!?:;|]{2,80}?,[ \t]*"
                r"(?P<g>(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)?\d\d)?)[ \t]*"
                r"(?=\n[ \t]*(?:\n|\|)|\n?\Z)",  # alone: a blank line or a table after it
                re.M,
            ),
        ),
        # a figure or table cited with its year (`(Figure 2, 2010)`, `（図2、2010年）`): the
        # year is the figure's, no event the sentence dates
        (
            "figure_citation",
            re.compile(
                r"[(（][ \t]*(?:(?i:see|cf\.)[ \t]+)?(?:Figure|Fig\.|Table|Chart|Graph|図表|図|表)"
                r"[ \t]?\d{1,3}(?:[-.]\d{1,3})?[ \t]*[,，、;；][ \t]*"
                r"(?P<g>(?:19|20)\d\d)(?:年度?)?[ \t]*[)）]"
            ),
            words_gate("Fig", "Table", "Chart", "Graph", "図", "表"),
        ),
        # a source note (出典：経済産業省「工業統計」（2019年）): the years and numbers of a
        # publication cited, no facts (`Source:` lines are number_scan.py's skip_source); one
        # opened in brackets ends where they close, not with its line (a PDF's page is one line)
        (
            "figure_citation",
            re.compile(
                r"(?<=[（(])[ \t]*(?:出典|出所)[ \t]*[:：](?P<h>(?:[^\n()（）]|[(（][^\n()（）]*[)）])*)"
                r"|(?:^|(?<=[※*。\s]))[ \t]*(?:出典|出所)[ \t]*[:：](?P<g>[^\n]*)",
                re.M,
            ),
            words_gate("出典", "出所"),
        ),
        # `Route 2`, `Windows 10` (ending a sentence too); not a number with its unit glued on
        # (`Highway 65min`: the time by highway, on an access page)
        (
            "name_number",
            re.compile(rf"(?<![\w-])(?:{names})\s?(?P<g>\d{{1,5}})(?![\d%]|[.,]\d|(?:{glued})\b)"),
        ),
        # a year glued to a katakana name (ビジョン2030, 2030アジェンダ): the name's, no date; any
        # number that ends a katakana name in quotes (施設「ポラリス7」): the name's, no count
        (
            "name_number",
            re.compile(
                r"(?<=[ァ-ヶ][ァ-ヶー])(?:(?P<g>(?:19|20)\d\d)(?![\d.,%年])|(?P<i>\d{1,4})(?=[」』]))"
                r"|(?<![\d.,])(?P<h>(?:19|20)\d\d)(?=[ァ-ヶ][ァ-ヶー])"  # 2030アジェンダ
            ),
        ),
        # an event named by its year, a place glued between (2020年東京五輪): the name's year
        (
            "name_number",
            re.compile(rf"(?P<g>(?:19|20)\d\d)年[\u3400-\u9fffァ-ヶー・]{{0,8}}?(?:{events_ja})"),
            words_gate(*r["events_named_by_year_ja"]),
        ),
        # a year glued after a publication's or plan's name (通商白書2004, 戦略2020), or an
        # edition's year (平成16年版, 2010年度版, the 2023 edition): part of a title, no date
        (
            "name_number",
            re.compile(
                r"(?<=白書|年報|年鑑|報告|計画|戦略|構想)(?P<g>(?:19|20)\d\d)(?![\d.,%年])"
                r"|(?P<h>\d{1,4})\s*年(?:度)?版"
                # a title's `…, 2023 edition`; not an event's (`its 2021 edition drew 300`)
                r"|(?:(?<=, )|(?<=: )|(?<=[(\n]))(?P<i>(?:19|20)\d\d)[ \t]+(?i:edition)\b"
            ),
        ),
        # a year after a title's word (`Hokkaido Bio Report 2006`, `Vision 2030`); not a term
        # (`Plan 2016-2020`), whose years are a period
        (
            "name_number",
            re.compile(
                rf"(?:(?<![\w-])(?:{before_year})"
                rf"|\b[A-Z][\w&'-]*[ \t](?:[a-z][\w-]*[ \t])?(?:{before_year_lower}))"
                r"[ \t](?P<g>(?:19|20)\d\d)\b(?![.,]\d|[ \t]*[-–~/])"
            ),
        ),
        # years alone on three or more lines in a row: a table's column headings copied one cell
        # to a line, the periods of the numbers under them, no dated event
        (
            "heading_number",
            re.compile(
                r"(?:^[ \t]*(?:FY[ \t]?)?(?:19|20)\d\d(?:年度?)?[ \t]*\n){2,}"
                r"[ \t]*(?:FY[ \t]?)?(?:19|20)\d\d(?:年度?)?[ \t]*$",
                re.M,
            ),
        ),
        # an issue's number after its periodical's name (`Japan Technology Review #12`)
        ("part_number", re.compile(r"\b[A-Z][A-Za-z]+[ \t]#[ \t]?(?P<g>\d{1,4})\b")),
        ("part_number", re.compile(rf"(?<![\w])(?i:{parts})\.?\s?(?P<g>\d{{1,4}})\b(?!\s*%)")),
        # a download link's file size (概要（PDF:1.2MB）, [PDF 540KB], ファイルサイズ 2MB)
        (
            "page_furniture",
            re.compile(
                r"(?i:pdf|word|excel|xlsx?|docx?|zip|ファイル(?:サイズ)?|形式)[^\n)）\]]{0,8}?"
                r"(?P<g>\d[\d,.]*)[ \t]*(?i:kb|mb|gb|キロバイト|メガバイト)"
            ),
        ),
        # a Diet record's heading: the speech of all ([001/120]) and the session before the
        # house (112 - 衆 - 商工委員会 - 5号)
        (
            "part_number",
            re.compile(
                r"\[(?P<g>\d{1,4})/(?P<h>\d{1,4})\]|(?P<i>\d{1,3})[ \t]*-[ \t]*[衆参][ \t]*-"
            ),
        ),
        ("part_number", re.compile(rf"(?:{parts_ja})\s?(?P<g>\d{{1,4}})(?![\d.,%])")),
        (
            "running_head",
            re.compile(
                r"^[ \t]*[-–—]\s*(?P<g>\d{1,4})\s*[-–—][ \t]*$"
                r"|\b(?i:page|p\.)\s*\d{1,4}\s*(?:of|/)\s*(?P<h>\d{1,4})\b"
                # `8/34` alone on one of a page's first lines: the page of a viewer's pages
                r"|\A(?:[^\n]*\n){0,3}[ \t]*(?P<l>\d{1,4})[ \t]*/[ \t]*(?P<m>\d{1,4})[ \t]*$"
                r"|(?:ページ\s*)?\d{1,4}\s*/\s*(?P<i>\d{1,4})[ \t]*$"
                r"|\|[ \t]*(?P<j>\d{1,4})[ \t]*$"
                r"|\b(?:No\.|Number|#)[ \t]?\d{1,5}[ \t]+of[ \t]+(?P<k>\d{1,5})\b",  # No. 41 of 79
                re.M,
            ),
        ),
    ]
    return [(t[0], t[1], t[2] if len(t) > 2 else None) for t in rules]  # type: ignore[misc]


def named_non_facts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of the numerals of `text` that are none of its facts."""
    out: list[tuple[int, int, str]] = []
    for reason, pattern, gate in [*_rules(), *count_rules(), *dating_rules()]:
        if gate is not None and not gate(text):
            continue
        for m in pattern.finditer(text):
            spans = [m.span(g) for g in m.groupdict() if m.group(g) is not None] or [m.span()]
            for a, b in spans:
                if any(c in NUMERALS for c in text[a:b]) or text[a:b].isalpha():
                    out.append((a, b, reason))
    return out
