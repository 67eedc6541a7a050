"""Places named in Japanese: the 47 prefectures (岩手県 or 岩手), the regions (東北, 近畿 / 関西,
中国地方), designated and other cities (仙台市), areas spanning prefectures (けいはんな) and
countries (米国, 中国), mapped to the same codes and names as their English names (JP-03,
Tohoku, Sendai, JP-26; JP-27; JP-29, US)."""

from __future__ import annotations

import gettext
import re
from functools import cache, lru_cache
from typing import Any

import pycountry

from pipelines.extracted.japanese.ja_numbers import JAPANESE_SCRIPT
from pipelines.extracted.japanese.ja_romaji import romanise
from pipelines.extracted.rules import load_rules, word_alternation

_SUFFIX = {"JP-01": "", "JP-13": "都", "JP-26": "府", "JP-27": "府"}  # others end in 県


@cache
def gazetteer_ja() -> dict[str, tuple[str, str]]:
    """Japanese name -> (code, kind), as places.Place has them."""
    rules = load_rules("places")
    names: dict[str, tuple[str, str]] = {}
    for name, code in rules["countries_ja"].items():
        names[name] = (code, "country")
    for name, region in rules["regions_of_japan_ja"].items():
        names[name] = (region, "region")
        if not name.endswith(("地方", "地域")):
            names[f"{name}地方"] = (region, "region")
    ja = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ja"])
    for sub in pycountry.subdivisions.get(country_code="JP"):
        bare = ja.gettext(sub.name)
        names[bare] = (sub.code, "prefecture")
        names[bare + _SUFFIX.get(sub.code, "県")] = (sub.code, "prefecture")
    for name, area in rules["spanning_areas_ja"].items():
        names[name] = ("; ".join(rules["spanning_areas"][area]), "area")
    for name, seat in rules["organisation_seats_ja"].items():
        names[name] = (seat, "city")  # 東北大学: in Sendai, not the region its name holds
    for name, city in rules["cities_ja"].items():
        names[name if name.endswith("市") else f"{name}市"] = (city, "city")
        if not name.endswith("市") and names.get(name, ("", ""))[1] != "prefecture":
            names[name] = (city, "city")
    return names


# 東日本, 西日本: a half of the country (東日本大震災, 西日本新聞), not Japan itself
_COMPASS = "東西南北"


def _compass_part(text: str, at: int, name: str) -> bool:
    """Whether the country's name at `at` is the half a compass point before it names."""
    return name == "日本" and at > 0 and text[at - 1] in _COMPASS


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(word_alternation(list(gazetteer_ja())))


@lru_cache(maxsize=64)
def _pattern_of(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(word_alternation(list(names)))


# a line that may name a city: a kanji or kana before 市
_CITY_LINE = re.compile(r"^.*[\u3040-\u30ff\u4e00-\u9fff々]市.*$", re.M)


def unlisted_cities(text: str) -> dict[str, tuple[str, str]]:
    """The cities `text` names (鶴岡市) that the gazetteer lacks, by the reading the
    dictionary gives the place name (ツルオカシ -> Tsuruoka), and their bare name (鶴岡) too:
    a city's documents name it either way, and no list holds Japan's 790 cities."""
    found: dict[str, tuple[str, str]] = {}
    listed = gazetteer_ja()
    for line in _CITY_LINE.finditer(text):
        for surface, city in _city_names(line.group(0)):
            if surface in listed or _holds_listed(surface):
                continue  # 宮城県仙台市 read as one word: the two listed names are found
            found[surface] = (city, "city")
            bare = surface.removesuffix("市")
            # 津市's 津: too short to find alone; 中央市's 中央: a common word alone; 日立 of
            # 日立製作所: a company's name where the bare name opens a longer word
            if (
                len(bare) >= 2
                and bare not in listed
                and _names_a_place(bare)
                and not re.search(rf"{re.escape(bare)}(?!市)[\u30a0-\u30ff\u4e00-\u9fff]", text)
            ):
                found[bare] = (city, "city")
    return found


@lru_cache(maxsize=4096)
def _city_names(line: str) -> tuple[tuple[str, str], ...]:
    """(surface, romanised name) of the place names ending in 市 the dictionary finds in
    `line`."""
    out = []
    for token in _tokenizer().tokenize(line):
        surface = token.surface()
        pos = token.part_of_speech()
        if len(surface) < 2 or not surface.endswith("市") or pos[1:3] != ("固有名詞", "地名"):
            continue
        name = romanise(token.reading_form().removesuffix("シ"))
        if name is not None:
            out.append((surface, name))
    return tuple(out)


def _holds_listed(surface: str) -> bool:
    """Whether a place name holds a listed one (宮城県仙台市, 大阪狭山市)."""
    return any(name in surface for name in gazetteer_ja() if len(name) >= 2)


@lru_cache(maxsize=1024)
def _names_a_place(word: str) -> bool:
    """Whether the dictionary reads `word` alone as one proper noun (鶴岡, a place or a
    surname: in a document that names 鶴岡市, the city), not a common word (中央)."""
    tokens = list(_tokenizer().tokenize(word))
    return len(tokens) == 1 and tokens[0].part_of_speech()[1] == "固有名詞"


@cache
def _tokenizer() -> Any:
    """Sudachi's tokenizer over the dictionary GiNZA installs, splitting least (鶴岡市 whole)."""
    from sudachipy import dictionary, tokenizer

    mode = tokenizer.Tokenizer.SplitMode.C
    sudachi = dictionary.Dictionary(dict="core").create(mode)
    return sudachi


def find_places_ja(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, name, code, kind) of the Japanese place names of `text`, longest first, left
    to right; nothing when the text has no Japanese script."""
    if not JAPANESE_SCRIPT.search(text):
        return []
    names = gazetteer_ja() | unlisted_cities(text)
    pattern = _pattern() if len(names) == len(gazetteer_ja()) else _pattern_of(tuple(names))
    out = []
    for m in pattern.finditer(text):
        if _compass_part(text, m.start(), m.group(0)):
            continue
        code, kind = names[m.group(0)]
        if kind == "country" and text.startswith("人", m.end()):
            kind = "demonym"  # 日本人の研究者: their nationality, not where they are
        out.append((m.start(), m.end(), m.group(0), code, kind))
    return out
