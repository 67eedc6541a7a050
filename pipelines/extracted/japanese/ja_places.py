"""Places named in Japanese: the 47 prefectures (岩手県 or 岩手), the regions (東北, 近畿 / 関西,
中国地方), designated and other cities (仙台市), areas spanning prefectures (けいはんな) and
countries (米国, 中国), mapped to the same codes and names as their English names (JP-03,
Tohoku, Sendai, JP-26; JP-27; JP-29, US)."""

from __future__ import annotations

import gettext
import re
from functools import cache

import pycountry

from pipelines.extracted.japanese.ja_numbers import JAPANESE_SCRIPT
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


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(word_alternation(list(gazetteer_ja())))


def find_places_ja(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, name, code, kind) of the Japanese place names of `text`, longest first, left
    to right; nothing when the text has no Japanese script."""
    if not JAPANESE_SCRIPT.search(text):
        return []
    names = gazetteer_ja()
    out = []
    for m in _pattern().finditer(text):
        code, kind = names[m.group(0)]
        if kind == "country" and text.startswith("人", m.end()):
            kind = "demonym"  # 日本人の研究者: their nationality, not where they are
        out.append((m.start(), m.end(), m.group(0), code, kind))
    return out
