"""Value parsers named in bindings.yaml: each takes a cell's clean text and returns a value."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pycountry

from pipelines.extracted.numbers.places import prefecture_code as _prefecture_code
from pipelines.extracted.numbers.quantities import is_null_marker
from pipelines.raw.safe_yaml import load_yaml
from schemas.vocabulary import YEAR_MAX, YEAR_MIN


@cache
def curation_rules() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(Path(__file__).parent / "rules.yaml")
    return data


class ParseError(ValueError):
    """A cell does not hold the value its binding expects."""


def integer(text: str | None) -> int | None:
    if text is None or is_null_marker(text):
        return None
    cleaned = text.replace(",", "").strip()
    if not re.fullmatch(r"\d+", cleaned):
        raise ParseError(f"not a whole number: {text!r}")
    return int(cleaned)


def year(text: str | None) -> int | None:
    value = integer(text)
    if value is not None and not YEAR_MIN <= value <= YEAR_MAX:
        raise ParseError(f"not a year: {text!r}")
    return value


def prefecture_code(text: str | None) -> str:
    code = _prefecture_code(text or "")
    if code is None:
        raise ParseError(f"no prefecture in {text!r}")
    return code


def name_without_brackets(text: str | None) -> str:
    """`Northern Sendai Core (Miyagi)` -> `Northern Sendai Core`."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", text or "").strip()


def split_list(text: str | None) -> list[str]:
    """Split on commas and semicolons outside brackets: `A (x, y), B` -> [`A (x, y)`, `B`]."""
    items: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in text or "":
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if ch in ",;" and depth == 0:
            items.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    items.append("".join(current).strip())
    return [i for i in items if i]


def country_code(written: str) -> str:
    """ISO 3166-1 alpha-2 for a code or name as the report writes it (SP -> ES, LIT -> LT)."""
    key = written.strip()
    mapped = curation_rules()["country_codes"].get(key.upper())
    if mapped:
        return str(mapped)
    if len(key) == 2 and pycountry.countries.get(alpha_2=key.upper()):
        return key.upper()
    try:
        return str(pycountry.countries.lookup(key).alpha_2)
    except LookupError as exc:
        raise ParseError(f"not a country: {written!r}") from exc


def country_codes(text: str | None) -> list[str]:
    return split_list(text)


def items(text: str | None) -> list[str]:
    return [] if text is None else [i.strip() for i in text.split(";") if i.strip()]


def text(value: str | None) -> str | None:
    return value


PARSERS: dict[str, Callable[[str | None], Any]] = {
    "integer": integer,
    "year": year,
    "prefecture_code": prefecture_code,
    "name_without_brackets": name_without_brackets,
    "split_list": split_list,
    "country_codes": country_codes,
    "items": items,
    "text": text,
}
