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

from pipelines.extracted.rules import load_rules, word_alternation

NUMERALS = "0123456789〇一二三四五六七八九十百千万億兆"


@cache
def _rules() -> list[tuple[str, re.Pattern[str]]]:
    """(reason, pattern): the numerals of its named groups that matched (else of the whole
    match) are no facts."""
    r = load_rules("non_facts")
    names = word_alternation(r["name_words"])
    parts = word_alternation(r["part_words"], ignore_case=True)
    parts_ja = word_alternation(r["part_words_ja"])
    after_year = word_alternation(r["name_after_year"])
    laws = word_alternation(r["law_words"])
    streets = word_alternation(r["street_words"])
    discourse_ja = word_alternation(r["discourse_nouns_ja"])
    return [
        ("web_address", re.compile(r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)+/[^\s)]*")),
        ("email_address", re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
        (
            "coordinate",
            re.compile(
                r"(?:[北南]緯|[東西]経)\s*\d{1,3}(?:\.\d+)?\s*(?:度|°)(?:\s*\d{1,2}\s*分)?"
                r"(?:\s*\d{1,2}(?:\.\d+)?\s*秒)?"
                r"|\b\d{1,3}(?:\.\d+)?\s?°(?:\s?\d{1,2}(?:\.\d+)?\s?[′'])?"
                r"(?:\s?\d{1,2}(?:\.\d+)?\s?[″\"])?\s?[NSEW]\b"
            ),
        ),
        ("time_zone", re.compile(r"\b(?:UTC|GMT)\s?[+\-−±]\s?\d{1,2}(?::?\d{2})?")),
        (
            "version_number",
            re.compile(
                r"(?<![A-Za-z])(?i:version|ver\.?|release|build)\s?(?P<g>\d+(?:\.\d+)*)"
                r"|(?<![A-Za-z])[vV](?P<h>\d+(?:\.\d+)*)\b"
            ),
        ),
        ("name_number", re.compile(r"\b[A-Z][A-Za-z]+\s?(?P<g>\d{1,2}\.0)(?!\d|\.\d)")),
        # a year that is part of a name (the 2011 Survey of Firms) or of a law's number
        ("name_number", re.compile(rf"(?<![\w.,])(?P<g>(?:19|20)\d\d)\s(?:{after_year})\b")),
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
        # reference marks ([3], 1.2 million.[4]) and a note mark glued to a bracket: (Sato 2003)12
        ("reference_mark", re.compile(r"\[(?P<g>\d{1,3})\]|\)(?P<h>\d{1,2})(?=[\s.,;:]|$)")),
        ("century", re.compile(r"\b(?P<g>\d{1,2})(?:st|nd|rd|th)[\s-]+centur(?:y|ies)\b", re.I)),
        (
            "street_address",
            re.compile(rf"\b(?P<g>\d{{1,5}})(?:\s+[A-Z][a-z]+){{1,3}}\s+(?:{streets})(?!\w)"),
        ),
        ("postal_code", re.compile(r"\b[A-Z]{2}\s(?P<g>\d{5})(?:-\d{4})?\b")),
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
        ("name_number", re.compile(rf"(?<![\w-])(?:{names})\s?(?P<g>\d{{1,4}})(?![\d.,%])")),
        ("part_number", re.compile(rf"(?<![\w])(?i:{parts})\.?\s?(?P<g>\d{{1,4}})\b(?!\s*%)")),
        ("part_number", re.compile(rf"(?:{parts_ja})\s?(?P<g>\d{{1,4}})(?![\d.,%])")),
        (
            "running_head",
            re.compile(
                r"^[ \t]*[-–—]\s*(?P<g>\d{1,4})\s*[-–—][ \t]*$"
                r"|\b(?i:page|p\.)\s*\d{1,4}\s*(?:of|/)\s*(?P<h>\d{1,4})\b"
                r"|(?:ページ\s*)?\d{1,4}\s*/\s*(?P<i>\d{1,4})[ \t]*$"
                r"|\|[ \t]*(?P<j>\d{1,4})[ \t]*$",
                re.M,
            ),
        ),
        ("vague_numeral", re.compile(r"数(?P<g>[十百千万億]+)")),
        # 一つの考え方, ひとつの: "one" as an article (a way of thinking), no count
        ("vague_numeral", re.compile(r"(?<![〇一二三四五六七八九十百千万\d])(?P<g>一)つの")),
        # `柱の一つ`, `その一つは`: one picked out of a set (one of them), no count
        ("listing", re.compile(r"(?:の|その)(?P<g>[一1１])つ(?![の\d〇一二三四五六七八九十])")),
        # `二つの目的により`, `三つの柱`: the text's own points, listed
        (
            "listing",
            re.compile(
                rf"(?<![〇一二三四五六七八九十百千万\d０-９])(?P<g>[一二三四五六七八九十2-9２-９])つの"
                rf"(?:{discourse_ja})"
            ),
        ),
    ]


def named_non_facts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of the numerals of `text` that are none of its facts."""
    out: list[tuple[int, int, str]] = []
    for reason, pattern in _rules():
        for m in pattern.finditer(text):
            spans = [m.span(g) for g in m.groupdict() if m.group(g) is not None] or [m.span()]
            for a, b in spans:
                if any(c in NUMERALS for c in text[a:b]):
                    out.append((a, b, reason))
    return out
