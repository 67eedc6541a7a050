"""Japanese numerals read exactly: `3,400億`, `二・五兆`, `一京二千兆`, `4.2万`, `一九八三`.

The value is a Decimal, so nothing is rounded on the way; a numeral is refused, with the reason,
when it is malformed (units out of order), longer than any quantity (a digit run of an id or
noise, which must not be cut to its last digits), or a value the facts' `value` column (a
DOUBLE) cannot hold exactly (an integer past 2**53 that a double would round). The units and
the digit limit are data (rules/japanese.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from pipelines.extracted.rules import load_rules

KANJI_DIGITS = "〇一二三四五六七八九"
EXACT_LIMIT = 2**53  # every integer up to this is exact in a DOUBLE
_ASCII = re.compile(r"(?P<int>[0-9]+(?:,[0-9]+)*)(?:\.(?P<frac>[0-9]+))?(?P<small>[千百十])?")


# `2千5百`: a single ASCII digit before (or after) a small unit reads as its kanji digit
_MIXED = re.compile(r"(?<![0-9])[0-9](?![0-9])")


@dataclass(frozen=True)
class Reading:
    """A numeral's exact value, or None and why it was refused."""

    value: Decimal | None
    reason: str | None = None


@cache
def _units() -> tuple[dict[str, int], dict[str, int], int]:
    rules = load_rules("japanese")
    return (
        {str(k): int(v) for k, v in rules["big_units"].items()},
        {str(k): int(v) for k, v in rules["small_units"].items()},
        int(rules["max_numeral_digits"]),
    )


def _kanji_chunk(chunk: str) -> Decimal | None:
    """`二千十八` -> 2018, `一九八三` -> 1983 (digits in a row), `二・五` -> 2.5; None if malformed."""
    _, small, _ = _units()
    if "・" in chunk:
        whole, frac = chunk.split("・", 1)
        head = _kanji_chunk(whole)
        if head is None or not frac or any(c not in KANJI_DIGITS for c in frac):
            return None
        return head + Decimal("0." + "".join(str(KANJI_DIGITS.index(c)) for c in frac))
    if all(c in KANJI_DIGITS for c in chunk):
        return Decimal(int("".join(str(KANJI_DIGITS.index(c)) for c in chunk)))
    total, digit, last_power = 0, None, 99
    for c in chunk:
        if c in KANJI_DIGITS:
            if digit is not None:
                return None  # 二三百: two digits before one unit
            digit = KANJI_DIGITS.index(c)
        elif c in small:
            if small[c] >= last_power:
                return None  # 百千: small units out of order
            total += (1 if digit is None else digit) * 10 ** small[c]
            digit, last_power = None, small[c]
        else:
            return None
    return Decimal(total + (digit or 0))


def _chunk(chunk: str, max_digits: int) -> Reading:
    _, small, _ = _units()
    m = _ASCII.fullmatch(chunk)
    if m is None:
        value = _kanji_chunk(_MIXED.sub(lambda d: KANJI_DIGITS[int(d.group(0))], chunk))
        return Reading(value, None if value is not None else f"`{chunk}` is not a numeral")
    whole, frac = m.group("int"), m.group("frac") or ""
    if len(whole.replace(",", "")) + len(frac) > max_digits:
        return Reading(None, f"more than {max_digits} digits: an id or noise, not a quantity")
    if "," in whole and not re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+", whole):
        return Reading(None, f"`{chunk[:40]}` has commas that are not thousands separators")
    try:
        value = Decimal(whole.replace(",", "") + ("." + frac if frac else ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        return Reading(None, f"`{chunk[:40]}` is not a number")
    if m.group("small"):
        value *= 10 ** small[m.group("small")]
    return Reading(value)


def exact_numeral(raw: str) -> Reading:
    """The exact value of a numeral with its units (万, 億, 兆, 京), or the reason it is refused."""
    big, _, max_digits = _units()
    if sum(c.isdigit() for c in raw) > max_digits:
        return Reading(None, f"more than {max_digits} digits: an id or noise, not a quantity")
    total = Decimal(0)
    last_power = 99
    start = 0
    for k, c in enumerate(raw + "\0"):
        if c not in big and c != "\0":
            continue
        chunk = raw[start:k]
        start = k + 1
        if c == "\0" and not chunk:
            break
        read = _chunk(chunk, max_digits) if chunk else Reading(None, f"`{raw[:40]}`: a unit alone")
        if read.value is None:
            return read
        power = big[c] if c != "\0" else 0
        if power >= last_power:
            return Reading(None, f"`{raw[:40]}`: units out of order")
        total += read.value * (Decimal(10) ** power)
        last_power = power
    if abs(total) > EXACT_LIMIT and Decimal(float(total)) != total:
        return Reading(
            None,
            f"{total} cannot be held exactly by the facts' value column (a DOUBLE exact to 2**53)",
        )
    return Reading(total)


def too_many_digits(raw: str) -> bool:
    """Whether a number as written has more digits than any quantity (rules/japanese.yaml)."""
    return sum(c.isdigit() for c in raw) > _units()[2]


def exact_double(value: Decimal) -> float | None:
    """`value` as a double when the double holds it exactly (or it is a fraction below 2**53)."""
    if abs(value) > EXACT_LIMIT and Decimal(float(value)) != value:
        return None
    return float(value)
