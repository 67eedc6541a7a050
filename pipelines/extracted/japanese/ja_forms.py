"""Japanese quantity forms that are no single numeral with a counter: a fraction (補助率1/2,
３分の１) as a ratio, and two neighbouring kanji digits joined by 、 before a counter (七、八割,
二、三社: seven or eight tenths) as a range."""

from __future__ import annotations

import re

from pipelines.extracted.japanese.ja_numbers import JAPANESE_SCRIPT, JaNumber

_DIGITS = "一二三四五六七八九"
_SMALL = rf"[1-9][0-9]?|[{_DIGITS}十]{{1,2}}"
# 1/2 after a word (補助率1/2, 国1/2): not `(1/2)` or a line's `1/2` alone, a page of pages
_SLASH = re.compile(r"(?<![0-9/.,])(?P<a>[1-9][0-9]?)\s?/\s?(?P<b>[1-9][0-9]?)(?![0-9/.,])")
_OF = re.compile(
    rf"(?<![0-9{_DIGITS}十百千])(?P<b>{_SMALL})分の(?P<a>{_SMALL})(?![0-9{_DIGITS}十])"
)
_OR_NEXT = re.compile(rf"(?<![{_DIGITS}百千万億・、])(?P<a>[{_DIGITS}])、(?=[{_DIGITS}])")
_TENS = re.compile(rf"(?<![{_DIGITS}十百千万億・、])[{_DIGITS}]?十$")  # the tens of 十二、三社


def _small(numeral: str) -> int:
    if numeral.isascii():
        return int(numeral)
    tens, _, ones = numeral.rpartition("十")
    if "十" not in numeral:
        return _DIGITS.index(numeral) + 1
    return (_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_DIGITS.index(ones) + 1 if ones else 0)


def fractions(text: str, start: int, end: int) -> list[JaNumber]:
    """`1/2` written after a word, `３分の１`: a proper fraction as a ratio (0.5, 0.333…)."""
    out = []
    for m in _SLASH.finditer(text, start, end):
        if m.start() == start or not JAPANESE_SCRIPT.match(text, m.start() - 1):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if a < b <= 20:
            out.append(
                JaNumber(m.start(), m.end(), a / b, "ratio", None, None, None, None, m.start())
            )
    for m in _OF.finditer(text, start, end):
        a, b = _small(m.group("a")), _small(m.group("b"))
        if a < b:
            out.append(
                JaNumber(m.start(), m.end(), a / b, "ratio", None, None, None, None, m.start())
            )
    return out


def or_next(text: str, found: list[JaNumber]) -> None:
    """`七、八割`, `二、三社`: a number of one kanji digit with a counter, after the digit before it
    and 、, is the range from that digit (70 to 80 percent, 2 to 3 companies); `十二、三社`,
    `二十五、六人`: the tens before that digit count in both ends (12 to 13, 25 to 26)."""
    for n in found:
        m = _OR_NEXT.match(text, n.start - 2) if n.start >= 2 else None
        first = text[n.start : n.start + 1]
        if m is None or n.value_high is not None or first not in _DIGITS:
            continue
        low, high = _DIGITS.index(m.group("a")) + 1, _DIGITS.index(first) + 1
        if high != low + 1 or n.value % high:
            continue
        unit = n.value / high
        tens = _TENS.search(text, max(0, m.start() - 2), m.start())
        if text[m.start() - 1 : m.start()] == "十" and (tens is None or n.value != high):
            continue  # 十二、三割: no range this reads
        base = _small(tens.group(0)) * unit if tens else 0.0
        n.value, n.value_high = base + unit * low, base + n.value
        n.start = n.lead = tens.start() if tens else m.start()
