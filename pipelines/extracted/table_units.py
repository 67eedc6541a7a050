"""The unit a table states once for the bare numbers under it: in a column header or row label
(`予算額（百万円）`, `Budget (¥ million)`, `Firms (number)`), or on a line of its own just above
or below the table (`（単位：億円）`, `(Unit: million yen)`).

English notes put the currency before the scale (`¥ million`, `JPY bn`) or name only what is
counted (`number`, `persons`), forms a cell's quantity reader does not take: they are read word
by word from the unit vocabulary (rules/units.yaml), and only when every word is understood.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.numbers.quantities import parse_cell_quantity
from pipelines.extracted.rules import load_rules

_UNIT_NOTE = re.compile(
    r"[(（]\s*(?:(?:単位|units?)\s*[:：]\s*|in\s+)?(?P<unit>[^()（）]{1,24})[)）]\s*$",
    re.IGNORECASE,
)
# a line of its own that only states the unit of a table's numbers
_UNIT_LINE = re.compile(
    r"^\s*[(（]?\s*(?:単位|units?)\s*[:：]\s*(?P<unit>[^()（）]{1,24}?)\s*[)）]?\s*$",
    re.IGNORECASE,
)
_COUNT_WORDS = frozenset(["number", "numbers", "no.", "no", "count", "cases"])
_PEOPLE_WORDS = frozenset(["people", "persons", "person"])
_FILLER = frozenset(["of", "in"])
# a header or label that names a count (企業数, Number of firms) keeps its numbers counts
_NAMES_A_COUNT = re.compile(r"数\s*$|^\s*(?:number|no\.)\s+of\b", re.IGNORECASE)


@cache
def _vocabulary() -> dict[str, tuple[str, object]]:
    """Lower-cased word -> (kind, meaning): currency, scale, percent or measure."""
    r = load_rules("units")
    words: dict[str, tuple[str, object]] = {}
    for table, kind in (("currency_symbols", "currency"), ("currency_codes", "currency")):
        for k, v in r[table].items():
            words[str(k).lower()] = (kind, v)
    for k, v in r["currency_words"].items():
        words[str(k).lower()] = ("currency", v)
    for k, v in r["scale_words"].items():
        if len(str(k)) > 1:  # `m`, `b` alone in a note are too ambiguous
            words[str(k).lower()] = ("scale", float(v))
            words[f"{str(k).lower().removesuffix('s')}s"] = ("scale", float(v))  # (millions of yen)
    words["m"] = ("scale", 1e6)
    for p in r["percent_words"]:
        words[str(p).lower()] = ("percent", "percent")
    for k, v in r["measure_words"].items():
        words[str(k).lower()] = ("measure", v)
    return words


def _english_note(note: str) -> tuple[float, str] | None:
    """(scale, unit) of a note read word by word: `¥ million`, `JPY bn`, `millions of yen`,
    `number`, `thousand persons`, `km2`; None when a word is not a unit word."""
    text = re.sub(r"^([¥￥$£€]|[A-Z]{1,3}\$)(?=\S)", r"\1 ", note.strip())
    scale, unit = 1.0, None
    seen_scale = False
    vocabulary = _vocabulary()
    for word in text.lower().replace(",", " ").split():
        if word in _FILLER:
            continue
        if word in _COUNT_WORDS or word in _PEOPLE_WORDS:
            kind: str = "unit"
            meaning: object = "people" if word in _PEOPLE_WORDS else "count"
        elif word in vocabulary:
            kind, meaning = vocabulary[word]
        else:
            return None
        if kind == "scale":
            if seen_scale:
                return None
            scale, seen_scale = float(meaning), True  # type: ignore[arg-type]
        elif unit is not None:
            return None  # two units: (yen, %) is no single unit
        else:
            unit = str(meaning)
    return (scale, unit) if unit is not None else None


def read_note(note: str) -> tuple[float, str] | None:
    """(scale, unit) of the text of a unit note: `百万円`, `million yen`, `¥ million`, `%`."""
    note = note.strip()
    for written in (f"1{note}", f"1 {note}"):
        q = parse_cell_quantity(written)
        if q is not None and q.unit and q.unit != "year":
            return q.value, q.unit
    return _english_note(note)


def unit_note(text: str | None) -> tuple[float, str] | None:
    """(scale, unit) a label or header states in brackets for the numbers it heads: `（百万円）`
    -> (1e6, JPY), `(million yen)`, `(¥ million)`, `(number)`, `(%)`, `（単位：億円）`."""
    m = _UNIT_NOTE.search(text or "")
    return read_note(m.group("unit")) if m else None


def unit_line(text: str | None) -> tuple[float, str] | None:
    """(scale, unit) of a line that only states a table's unit: `（単位：億円）`,
    `(Unit: million yen)`, `Unit: ¥ million`, or a bracketed unit alone (`(million yen)`)."""
    line = (text or "").strip()
    m = _UNIT_LINE.fullmatch(line)
    if m:
        return read_note(m.group("unit"))
    if line[:1] in "(（" and _UNIT_NOTE.fullmatch(line):
        return unit_note(line)
    return None


@cache
def _people_heads() -> re.Pattern[str]:
    words = "|".join(map(re.escape, load_rules("japanese")["unit_of_measure"]["people"]))
    return re.compile(rf"(?<!当たり)(?<!あたり)(?:{words})数?$")


def names_people_ja(head: str) -> bool:
    """Whether a Japanese header's head names people (研究者数, 人口; rules/japanese.yaml,
    unit_of_measure), not a count per one of them (研究者1人当たり論文数)."""
    return _people_heads().search(head) is not None


def names_a_count(label: str | None) -> bool:
    """Whether a header or label names a count (`企業数`, `Number of firms`): a unit stated for
    the whole table does not turn its numbers into money."""
    return bool(label) and _NAMES_A_COUNT.search(str(label)) is not None
