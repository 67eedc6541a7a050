"""Reference-list entries and footnotes parsed into authors, year, title, venue, pages, url, doi.

Two citation styles cover most policy papers: author-year (`Collins, W. (2008): "Title",
Venue 26/1, 111-122`) and note style (`M. Low, 'Title', Minerva, 39, 2001, pp. 4-10`). Fields
that a style does not give stay null; the raw entry is always kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extracted.structure.text_clean import clean_text

_URL = re.compile(r"<?(https?://[^\s<>]+?)>?(?=[\s,;]|\.?$|\.\s|\)\s|\)$)")
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s,;<>]+?)(?=[.,;]?(?:\s|$))")
_ACCESSED = re.compile(
    r"(?:accessed|consulted on|retrieved)[:\s]+([^;,()]*?\d{2,4})(?=[\s;,)]|\.?$|\.\s)",
    re.IGNORECASE,
)
_YEAR_AUTHOR_DATE = re.compile(r"\((?P<year>1[89]\d\d|20\d\d|n\.\s?[dy]\.)[a-z]?\)")
_YEAR_NOTE = re.compile(r"(?:,|\()\s*(?P<year>1[89]\d\d|20\d\d)[a-z]?\s*(?=[,.;)]|$)")
_QUOTED = re.compile(r"[\"“‘']([^\"”’']{4,300})[\"”’']")
_PAGES = re.compile(
    r"\bpp?\.\s*(\d+\s*[–-]\s*\d+|\d+)|,\s*(\d+\s*[–-]\s*\d+)\.?\s*(?:,|$|DOI)", re.IGNORECASE
)
_VOLUME = re.compile(
    r"(?<![\d./])(\d{1,3})\s*(?:/|\()\s*(\d{1,3})\)?(?![\d/])|,\s*(\d{1,3}),\s*(?=(?:1[89]|20)\d\d)"
)


@dataclass
class Citation:
    authors: str | None
    year: str | None
    title: str | None
    venue: str | None
    volume: str | None
    pages: str | None
    url: str | None
    doi: str | None
    accessed: str | None
    text: str


def parse_citation(raw: str) -> Citation:
    text = clean_text(re.sub(r"^\s*(?:[-•*]|\d{1,3}[.)]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|<sup>\d+</sup>)\s*", "", raw))
    url = m.group(1).rstrip(".") if (m := _URL.search(text)) else None
    doi = m.group(1).rstrip(".") if (m := _DOI.search(text)) else None
    accessed = m.group(1).strip() if (m := _ACCESSED.search(text)) else None
    body = _URL.sub(" ", text)
    authors = title = venue = None
    year_m = _YEAR_AUTHOR_DATE.search(body)
    if year_m:  # author-year style
        authors = body[: year_m.start()].strip(" ,:") or None
        rest = body[year_m.end() :].lstrip(" :.,")
        quoted = _QUOTED.match(rest)
        if quoted:
            title = quoted.group(1).strip()
            venue = rest[quoted.end() :].strip(" ,.:").split(",")[0].strip() or None
        else:
            head = re.split(r"(?<=[a-z\)])\.\s|,\s", rest, maxsplit=1)
            title = head[0].strip(" .") or None
            venue = head[1].split(",")[0].strip(" .") if len(head) > 1 else None
        year = year_m.group("year")
    else:  # note style
        quoted = _QUOTED.search(body)
        years = [
            m for m in _YEAR_NOTE.finditer(body) if not accessed or m.group("year") not in accessed
        ]
        year = years[0].group("year") if years else None
        if quoted:
            authors = body[: quoted.start()].strip(" ,") or None
            title = quoted.group(1).strip()
            after = body[quoted.end() :].strip(" ,")
            venue = re.split(r",\s*", after)[0].strip(" .") or None if after else None
            if venue and re.fullmatch(r"in|(1[89]|20)\d\d|\d+", venue):
                venue = None
        else:
            parts = [p.strip() for p in re.split(r",\s*", body) if p.strip()]
            if len(parts) >= 3:
                authors, title = parts[0], parts[1]
    volume_m = _VOLUME.search(body)
    volume = None
    if volume_m:
        volume = (
            f"{volume_m.group(1)}({volume_m.group(2)})" if volume_m.group(1) else volume_m.group(3)
        )
    pages_m = _PAGES.search(body)
    pages = (pages_m.group(1) or pages_m.group(2)).replace(" ", "") if pages_m else None
    return Citation(authors, year, title, venue, volume, pages, url, doi, accessed, text)
