"""When a JRIS value agrees with a label of the real-document corpora (benchmarks/real_documents.py
and the benchmarks beside it): a measure by its head noun or half its content words (Japanese: a
third of its two-character runs), a place by its code or its name."""

from __future__ import annotations

import re

_STOP_WORDS = """a an the of for in on at by to from with per and or as its their this that into
under since during over about than which who number total amount"""
STOP = frozenset(_STOP_WORDS.split())
PREPOSITIONS = {"of", "for", "in", "on", "at", "by", "to", "from", "with", "per", "under"}
PREPOSITIONS |= {"since", "during", "until", "after", "before", "between", "among", "within"}
# what ends a label's head phrase: `manufacturing companies, all industries` has `companies`
_PHRASE_END = re.compile(r"[,;(]")
RANGE_END = re.compile(r"\s*(\((min|max)\)|（(下限|上限)）)\s*$")
KANA_KANJI = re.compile(r"[\u3040-\u30ff\u3400-\u9fff々]{2,}")


def _words(text: str) -> list[str]:
    return [w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP]


def _head_noun(tokens: list[str]) -> str:
    """The last word before the first preposition; a quantity word there (`number`, `total`,
    `amount`: stop words, never looked for in a measure) hands the head on to what follows its
    `of`, so `number of member firms` has `firm` as its head."""
    head_part: list[str] = []
    for i, t in enumerate(tokens):
        if t in PREPOSITIONS and head_part:
            if t == "of" and head_part[-1] in STOP:
                return _head_noun(tokens[i + 1 :])
            break
        head_part.append(t)
    while len(head_part) > 1 and _participle(head_part[-1]):
        head_part.pop()  # `areas chosen for ...`: the noun, not the participle saying which
    return head_part[-1].rstrip("s") if head_part else ""


_IRREGULAR_PARTICIPLES = frozenset((
    "chosen", "given", "taken", "held", "built", "run", "made", "won", "grown", "set", "spent",
    "sold", "paid", "begun", "drawn", "known", "shown", "seen", "done", "brought", "bought", "led",
    "sent", "left", "kept",
))  # fmt: skip


def _participle(word: str) -> bool:
    return word in _IRREGULAR_PARTICIPLES or (
        len(word) > 4 and word.endswith("ed") and not word.endswith("eed")
    )


def measure_agrees(label: str, got: str, japanese: bool) -> bool:
    label, got = RANGE_END.sub("", label), got or ""
    if japanese:
        runs = {r[i : i + 2] for r in KANA_KANJI.findall(label) for i in range(len(r) - 1)}
        return bool(runs) and sum(r in got for r in runs) * 3 >= len(runs)
    have = set(_words(got))
    head = _head_noun(re.findall(r"[a-z0-9]+", _PHRASE_END.split(label.lower())[0]))
    content = _words(label)
    return head in have or (bool(content) and sum(w in have for w in content) * 2 >= len(content))


def place_names() -> dict[str, str]:
    """ISO code -> romanised name, as the labels write places."""
    import pycountry

    names = {c.alpha_2: c.name for c in pycountry.countries}
    names |= {"JP": "Japan", "EU": "European Union", "US": "United States", "KR": "Korea"}
    names |= {"RU": "Russia", "TW": "Taiwan", "VN": "Vietnam"}  # as written, not ISO's long names
    for sub in pycountry.subdivisions.get(country_code="JP") or []:
        names[sub.code] = sub.name
    return names


def place_agrees(got: str, labelled: set[str], places: dict[str, str]) -> bool:
    """A code (JP-08, DE) read as its name; a city or region JRIS stores by name as is; a code
    the labels write as it is (`EU`) agrees too; an area's several places (JP-26; JP-29) agree
    when each of them is among the label's."""
    return all(bool({g, places.get(g, g)} & labelled) for g in got.split("; "))
