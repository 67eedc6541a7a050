"""Find the places a sentence names: prefectures (ISO 3166-2:JP), countries (ISO 3166-1),
regions and cities of Japan and areas spanning prefectures, in English or Japanese. Names come
from pycountry and rules/places.yaml."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

import pycountry

from pipelines.extracted.japanese.ja_places import find_places_ja
from pipelines.extracted.rules import load_rules, word_alternation, word_start_alternation

MAX_WORDS = 6  # in a place name (`Kansai Cultural and Academic Research City`)
_WORDS = re.compile(rf"[\w.\-']+(?: [\w.\-']+){{0,{MAX_WORDS - 1}}}")


class Place(NamedTuple):  # a tuple: made for every place of every sentence
    start: int
    end: int
    name: str
    code: str  # JP-03, DE, the region / city name, or an area's prefectures (JP-26; JP-29)
    kind: str  # prefecture, country, region, city, area (spanning prefectures)


@cache
def _gazetteer() -> dict[str, tuple[str, str]]:
    rules = load_rules("places")
    names: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                names[name] = (country.alpha_2, "country")
    for alias, code in rules["country_aliases"].items():
        names[alias] = (code, "country")
    for region in rules["regions_of_japan"]:
        names[region] = (region, "region")
    for city in rules["cities"]:
        names[city] = (city, "city")
    for area, codes in rules["spanning_areas"].items():
        names[area] = (area_code(codes), "area")
    for organisation, seat in rules["organisation_seats"].items():
        names[organisation] = (seat, "city")  # where it is, not the region its name holds
    for sub in pycountry.subdivisions.get(country_code="JP"):
        names[f"{sub.name} Prefecture"] = (sub.code, "prefecture")
        names[f"{sub.name} prefecture"] = (sub.code, "prefecture")
        names.setdefault(sub.name, (sub.code, "prefecture"))
    for adjective, code in rules["demonyms"].items():
        names[adjective] = (code, "demonym")
    # Hokkaido is both a prefecture and a region; Tokyo, Osaka, Kyoto are prefectures too.
    names["Hokkaido"] = ("JP-01", "prefecture")
    return names


def area_code(codes: list[str]) -> str:
    """An area spanning prefectures is all of them: their codes joined by `; `."""
    return "; ".join(codes)


@cache
def _first_words() -> frozenset[str]:
    return frozenset(name.split(" ")[0] for name in _gazetteer())


@cache
def _most_words() -> dict[str, int]:
    """First word -> the most words a name that starts with it has (`New` -> 2, `New York`)."""
    most: dict[str, int] = {}
    for name in _gazetteer():
        words = name.split(" ")
        most[words[0]] = max(most.get(words[0], 1), len(words))
    return most


@cache
def _first_word_pattern() -> re.Pattern[str]:
    """Capitalised words that may start a name, with the `'s` or dots after them, so that the
    regex engine skips to them instead of Python looking at every capitalised word. It finds
    more than it should (`U.S.'s`); each hit is checked as reading one capitalised token
    (`[A-Z][\\w.\\-']*` after no word character or hyphen) at a time would."""
    words = [w for w in _first_words() if "A" <= w[0] <= "Z"]
    alternation = word_start_alternation(words, ignore_case=False, not_after=r"\w-")
    return re.compile(rf"{alternation}[.']*(?:'s)?(?![\w.\-'])")


_TOKEN_CHAR = re.compile(r"[\w.\-']")


def _inside_a_token(text: str, at: int) -> bool:
    """Whether a capital after `.` or `'` continues a capitalised token (`U.S.Japan`): the run of
    token characters before it holds a capital that starts a token."""
    j = at
    while j > 0 and _TOKEN_CHAR.match(text, j - 1):
        j -= 1
    return any("A" <= text[k] <= "Z" and (k == j or text[k - 1] in ".'") for k in range(j, at))


def find_places(text: str) -> list[Place]:
    """Longest gazetteer names starting at capitalised words, left to right, not overlapping,
    and the places named in Japanese (ja_places.py), in text order."""
    names, first_words = _gazetteer(), _first_words()
    out: list[Place] = []
    taken_until = 0
    for word in _first_word_pattern().finditer(text):
        at = word.start()
        if at < taken_until or (text[at - 1 : at] in (".", "'") and _inside_a_token(text, at)):
            continue
        # the hit is the whole capitalised token (`Japan's`): it ends where no token character follows
        first = word.group(0)
        if first not in first_words and first.removesuffix("'s").rstrip(".'") not in first_words:
            continue
        if _most_words().get(first, 1) == 1:  # no name of more words starts with it
            parts = [first]
        else:
            words = _WORDS.match(text, at, at + 80)
            assert words is not None  # the token itself matches
            parts = words.group(0).split(" ")
        for n in range(min(len(parts), _most_words().get(parts[0], 1)), 0, -1):
            name = " ".join(parts[:n])
            hit = names.get(name)
            if hit is None and name.endswith((".", "'", "'s")):
                name = name.removesuffix("'s").rstrip(".'")
                hit = names.get(name)
            if hit is not None:
                end = at + len(name)
                if end < len(text) and (text[end].isalnum() or text[end] in "-$"):
                    continue  # `US$156 billion`: a currency's sign, no place
                out.append(_greater(text, Place(at, end, name, hit[0], hit[1])))
                taken_until = out[-1].end
                break
    out = _listed_prefectures(text, out, names)
    hyphened = _hyphen_pairs(text, names)
    japanese = find_places_ja(text)
    if japanese or hyphened:
        out = sorted(out + hyphened + [Place(*p) for p in japanese])
    return out


_PREFECTURES_AFTER = re.compile(r"\s+[Pp]refectures\b")
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")


def _listed_prefectures(
    text: str, places: list[Place], names: dict[str, tuple[str, str]]
) -> list[Place]:
    """`Kyoto, Osaka and Nara prefectures`: the names of a list closed by `prefectures` are
    prefectures, not the cities that share their names."""
    out = list(places)
    for i, p in enumerate(places):
        if not _PREFECTURES_AFTER.match(text, p.end):
            continue
        j = i
        while j > 0 and _LISTED.fullmatch(text, places[j - 1].end, places[j].start):
            j -= 1
        for k in range(j, i + 1):
            hit = names.get(f"{places[k].name} Prefecture")
            if hit is not None:
                out[k] = places[k]._replace(code=hit[0], kind="prefecture")
    return out


_HYPHEN_PAIR = re.compile(r"(?<![\w\-])([A-Z][\w.]*)-([A-Z][\w.]*)(?![\w\-])")
_HYPHEN_WORD = re.compile(r"(?<![\w\-])([A-Z][\w.]*)-(?=[a-z])")


def _hyphen_pairs(text: str, names: dict[str, tuple[str, str]]) -> list[Place]:
    """`EU-Japan cooperation`, `US-Japan trade`: two places joined by a hyphen (one word to the
    scan above, which reads a dash between names itself, and no name of its own) are both
    named; a pair of which one is no place (`Tokyo-Mitsubishi`) names neither. A place joined
    to a lowercase word (`Sendai-based`, `Aichi-ken`, `Japan-wide`) is named too."""
    if "-" not in text:
        return []
    out: list[Place] = []
    for m in _HYPHEN_WORD.finditer(text):
        hit = names.get(m.group(1))
        if hit is not None:
            out.append(Place(m.start(1), m.end(1), m.group(1), hit[0], hit[1]))
    for m in _HYPHEN_PAIR.finditer(text):
        hits = [names.get(m.group(i)) for i in (1, 2)]
        if all(h is not None and h[1] != "demonym" for h in hits):
            for i, h in ((1, hits[0]), (2, hits[1])):
                assert h is not None
                out.append(Place(m.start(i), m.end(i), m.group(i), h[0], h[1]))
    return out


_GREATER_BEFORE = re.compile(r"\bGreater\s+$")
_AREA_AFTER = re.compile(r"(?:\s+(?:Metropolitan\s+)?(?:Area|Region))?(?![\w-])")


def _greater(text: str, place: Place) -> Place:
    """`the Greater Nagoya Area`: a city's metropolitan region, a place of its own named as
    written, not the city."""
    greater = _GREATER_BEFORE.search(text, max(0, place.start - 12), place.start)
    if place.kind != "city" or greater is None:
        return place
    start = greater.start()
    tail = _AREA_AFTER.match(text, place.end)
    end = tail.end() if tail else place.end
    name = " ".join(text[start:end].split())  # `Greater\nNagoya Area` across a line break
    return Place(start, end, name, name, "region")


@cache
def _organisation_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = word_alternation(load_rules("places")["organisation_words"])
    return (
        re.compile(rf"\b(?:{words})\s+of\s+(?:the\s+)?$"),
        re.compile(rf"(?:\s+[A-Z][\w-]*){{0,2}}?\s+(?:{words})\b"),
    )


def outside_names(text: str, places: list[Place]) -> list[Place]:
    """The places not named as part of an English organisation's name (`University of Tokyo`,
    `Tohoku University`, `Tokyo Science Foundation`): a document that names a university three
    times is not thereby about its city (the document's subject place counts these only)."""
    before, after = _organisation_patterns()
    return [
        p
        for p in places
        if not before.search(text, max(0, p.start - 40), p.start) and not after.match(text, p.end)
    ]


@cache
def _nation_pattern() -> re.Pattern[str]:
    rules = load_rules("places")
    english = word_start_alternation(rules["nation_words"], ignore_case=False)
    # 国内外 (at home and abroad) says where from, not that the state acts
    return re.compile(rf"{english}(?!\w)|(?:{word_alternation(rules['nation_words_ja'])})(?!外)")


def names_the_nation(text: str) -> bool:
    """Whether `text` names Japan's state as a whole: its government, a ministry, the Diet,
    我が国 or 全国 (rules/places.yaml)."""
    return _nation_pattern().search(text) is not None


def nation_mentions(text: str) -> int:
    """How often `text` names Japan's state as a whole (names_the_nation)."""
    return sum(1 for _ in _nation_pattern().finditer(text))


# `more than the US`, `compared with Osaka`, `outweighing the share in China`, `second-largest
# after the United States`: the place a figure is measured against, in the same clause; not
# when a figure of its own comes between (`compared with 25 in Osaka`: the 25 is Osaka's)
_COMPARAND_BEFORE = re.compile(
    r"\b(?:than|compared (?:with|to)|outweighing|outpacing|ahead of"
    r"|(?:second|third|fourth|fifth|\w+est)\b[^.;:()]{0,40}?\bafter)\b[^.;:()\d]{0,50}$",
    re.I,
)


# `recruited from outside Japan`: the place the figure's things are not from or in
_OUTSIDE_BEFORE = re.compile(r"\boutside(?:[ \t]+of)?(?:[ \t]+the)?[ \t]+$", re.I)


def without_comparands(text: str, places: list[Place]) -> list[Place]:
    """The places less those a figure is compared against (`ahead of the US`) or set outside
    (`from outside Japan`): such a place is not where the figure belongs."""
    return [
        p
        for p in places
        if not _COMPARAND_BEFORE.search(text, max(0, p.start - 100), p.start)
        and not _OUTSIDE_BEFORE.search(text, max(0, p.start - 20), p.start)
    ]


_GLOSS_OPEN = re.compile(r"[^\S\n]?[\w\- ]{0,12}?\s*[(（]\s*")
_GLOSS_CLOSE = re.compile(r"(?:\s+[Pp]refecture)?\s*[)）]")


def without_glosses(text: str, places: list[Place]) -> list[Place]:
    """The places less one that only glosses the place before it in brackets: `Hamamatsu
    (Shizuoka Prefecture)`, `札幌地域（北海道）` say where the city lies, and the number is the
    city's, the most specific place."""
    glosses = {
        id(b)
        for a, b in zip(places, places[1:], strict=False)
        if a.kind in ("city", "area")
        and b.kind == "prefecture"
        and _GLOSS_OPEN.fullmatch(text, a.end, b.start)
        and _GLOSS_CLOSE.match(text, b.end)
    }
    return [p for p in places if id(p) not in glosses] if glosses else places


_COUNTRY_CODE = re.compile(r"[A-Z]{2}")


@cache
def _code_names() -> dict[str, str]:
    names = {c.alpha_2: getattr(c, "common_name", c.name) for c in pycountry.countries}
    names |= {s.code: s.name for s in pycountry.subdivisions.get(country_code="JP")}
    return names


def place_name(code: str) -> str:
    """A geography's name in English (JP-09 -> Tochigi, JP -> Japan, Sendai -> Sendai)."""
    return _code_names().get(code, code)


def within_japan(code: str) -> bool:
    """Whether a geography is a place inside Japan (JP-28, Kobe, Tohoku, an area's prefectures),
    not Japan itself nor another country."""
    return code.startswith("JP-") or not _COUNTRY_CODE.fullmatch(code)


def prefecture_code(name: str) -> str | None:
    """`Aomori`, `Iwate Prefecture`, `Northern Sendai Core (Miyagi)` -> JP code, else None."""
    names = _gazetteer()
    inner = re.search(r"\(([^()]+)\)\s*$", name)
    for candidate in ([inner.group(1)] if inner else []) + [name.strip()]:
        hit = names.get(candidate.strip())
        if hit and hit[1] == "prefecture":
            return hit[0]
    return None
