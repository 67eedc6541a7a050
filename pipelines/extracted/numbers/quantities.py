"""Numbers with their units: `¥ 1.14 bn.` -> 1140000000 JPY, `3.35%` -> 3.35 percent.

The vocabulary (currency symbols and words, scale words, null markers) is in rules/units.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from pipelines.extracted.japanese.ja_numbers import JAPANESE_SCRIPT, numbers, to_ascii
from pipelines.extracted.rules import load_rules, word_alternation

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str | None  # ISO 4217 code, "percent", "year", or None for a bare number
    scale_word: str | None


@cache
def _cell_pattern() -> re.Pattern[str]:
    r = load_rules("units")
    symbols = word_alternation(list(r["currency_symbols"]), ignore_case=True)
    scales = word_alternation(list(r["scale_words"]), ignore_case=True)
    units = word_alternation(list(r["currency_words"]) + r["percent_words"], ignore_case=True)
    return re.compile(
        rf"^(?P<sign>[-−+])?\s*(?P<sym>{symbols})?\s*"
        rf"(?P<num>{NUMBER})\s*"
        rf"(?:(?P<scale>{scales})\b\.?)?\s*"
        rf"(?P<unit>{units})?\.?$",
        re.IGNORECASE,
    )


def is_null_marker(text: str | None) -> bool:
    return text is None or text.strip() in load_rules("units")["null_markers"]


def parse_cell_quantity(text: str) -> Quantity | None:
    """A quantity when the whole cell is one number with optional currency, scale and unit,
    in English or Japanese form (`730社`, `約600億円`)."""
    m = _cell_pattern().match(text.strip())
    if not m:
        return _japanese_cell(text.strip())
    r = load_rules("units")
    exact = Decimal(m.group("num").replace(",", ""))
    scale = m.group("scale")
    if scale:
        scale_key = next(k for k in r["scale_words"] if k.lower() == scale.lower())
        exact *= Decimal(r["scale_words"][scale_key])
    value = float(exact)
    if m.group("sign") in ("-", "−"):
        value = -value
    unit: str | None = None
    if m.group("sym"):
        unit = r["currency_symbols"][m.group("sym")]
    word = m.group("unit")
    if word:
        lowered = word.lower()
        if lowered in [p.lower() for p in r["percent_words"]]:
            unit = "percent"
        else:
            unit = next(v for k, v in r["currency_words"].items() if k.lower() == lowered)
    if scale and unit is None and not m.group("sym"):
        # "12 m" alone is ambiguous (metres or million): not a quantity without a currency.
        return None
    if (
        unit is None
        and not scale
        and re.fullmatch(r"\d{4}", m.group("num"))
        and 1800 <= value <= 2100
    ):
        unit = "year"
    return Quantity(value, unit, scale.lower().rstrip(".") if scale else None)


def _japanese_cell(text: str) -> Quantity | None:
    """`730社`, `1,100社`, `約600億円`: the cell is one Japanese number with its counter."""
    if not text or not JAPANESE_SCRIPT.search(text):
        return None
    ascii_text = to_ascii(text)
    found = numbers(ascii_text, 0, len(ascii_text))
    if len(found) != 1 or found[0].end != len(ascii_text) or ascii_text[: found[0].lead].strip():
        return None
    n = found[0]
    return Quantity(n.value, n.unit, n.scale_word)


_PERIOD = re.compile(
    r"\(\s*(?:(?P<tilde>[~〜～]|to|until|up to)\s*(?P<end_only>\d{4})"
    r"|(?P<start>\d{4})\s*(?:[-–—~〜～]|to)\s*(?P<end>\d{2,4})"
    r"|(?P<single>\d{4})\s*(?P<open>[~〜～-])?)\s*\)"
)


def parse_period(text: str) -> tuple[int | None, int | None] | None:
    """The period a column header or label ties its values to: `(~1995)`, `(1985–1993)`, `(2008)`."""
    m = _PERIOD.search(text)
    if not m:
        return None
    if m.group("end_only"):
        return None, int(m.group("end_only"))
    if m.group("start"):
        start, end = m.group("start"), m.group("end")
        if len(end) == 2:
            end = start[:2] + end
        return int(start), int(end)
    year = int(m.group("single"))
    return (year, None) if m.group("open") else (year, year)
