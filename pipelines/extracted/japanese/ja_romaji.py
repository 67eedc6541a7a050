"""Katakana readings written in the romaji the labels and the gazetteer use for places
(ツルオカ -> Tsuruoka, キョウト -> Kyoto): Hepburn without long-vowel marks, a long o or u
written once (Tokyo, Osaka, Chuo), as place names are written in English."""

from __future__ import annotations

import re

_DIGRAPHS = {
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "シャ": "sha", "シュ": "shu", "ショ": "sho",
    "チャ": "cha", "チュ": "chu", "チョ": "cho", "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo",
    "ヒャ": "hya", "ヒュ": "hyu", "ヒョ": "hyo", "ミャ": "mya", "ミュ": "myu", "ミョ": "myo",
    "リャ": "rya", "リュ": "ryu", "リョ": "ryo", "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo",
    "ジャ": "ja", "ジュ": "ju", "ジョ": "jo", "ビャ": "bya", "ビュ": "byu", "ビョ": "byo",
    "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo", "ヂャ": "ja", "ヂュ": "ju", "ヂョ": "jo",
}  # fmt: skip
_ROWS = {
    "": "アイウエオ", "k": "カキクケコ", "s": "サシスセソ", "t": "タチツテト", "n": "ナニヌネノ",
    "h": "ハヒフヘホ", "m": "マミムメモ", "y": "ヤ ユ ヨ", "r": "ラリルレロ", "w": "ワヰ ヱヲ",
    "g": "ガギグゲゴ", "z": "ザジズゼゾ", "d": "ダヂヅデド", "b": "バビブベボ", "p": "パピプペポ",
}  # fmt: skip
_IRREGULAR = {"シ": "shi", "チ": "chi", "ツ": "tsu", "フ": "fu", "ジ": "ji", "ヂ": "ji", "ヅ": "zu",
              "ヲ": "o", "ヰ": "i", "ヱ": "e", "ン": "n"}  # fmt: skip


def _monographs() -> dict[str, str]:
    out: dict[str, str] = {}
    for consonant, kana in _ROWS.items():
        for kana_char, vowel in zip(kana, "aiueo", strict=True):
            if kana_char != " ":
                out[kana_char] = consonant + vowel
    return out | _IRREGULAR


_MONO = _monographs()
_LONG = re.compile(r"(?<=o)[ou]|(?<=u)u")  # トウキョウ, オオサカ, チュウオウ: a long vowel


def romanise(reading: str) -> str | None:
    """The katakana `reading` in capitalised romaji (`ツルオカ` -> `Tsuruoka`); None when it
    holds anything but katakana."""
    out: list[str] = []
    double = False  # ッ: the next consonant doubled
    i = 0
    while i < len(reading):
        two, one = reading[i : i + 2], reading[i]
        if two in _DIGRAPHS:
            syllable, i = _DIGRAPHS[two], i + 2
        elif one in _MONO:
            syllable, i = _MONO[one], i + 1
        elif one == "ッ":
            double, i = True, i + 1
            continue
        elif one == "ー":
            i += 1
            continue
        else:
            return None
        if double:
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
            double = False
        out.append(syllable)
    word = _LONG.sub("", "".join(out))
    return word.capitalize() if word else None
