"""Counts in brackets after the names of a list that a colon opens (`The 17 clusters are in
all regions: Hokkaido (1), Tohoku (1), Kanto (3)`): each counts, for its name, what the count
before the colon counts (`clusters (Hokkaido)`), unless that count is of the items
themselves (`three regions: ...`). The parse reads each as the name's apposition
and names the place, which is where, not what.
"""

from __future__ import annotations

import re
from typing import Any

from pipelines.extracted.fact import Fact

_ITEM = re.compile(
    r"(?:^|[:,;]|\band)[ \t]*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:\[[^\]\n]{1,30}\]|[A-Z][\w'’.-]*)){0,3})"
    r"[ \t]*\([ \t]*\Z"
)
_COUNTS = ("count", "people")
_COUNTED = re.compile(r"[A-Za-z\]][ \t]*\([ \t]*\d+[ \t]*\)")


def list_item_measure(masked: str, fact: Fact, rows: list[dict[str, Any]]) -> str | None:
    """`clusters (Hokkaido)` for the `1` of `...17 clusters ...: Hokkaido (1), ...`; None where
    the number is no bracketed count of a list item or no count before the colon names one."""
    if fact.unit not in _COUNTS or not masked.startswith(")", fact.end):
        return None
    item = _ITEM.search(masked, max(0, fact.start - 60), fact.start)
    if item is None:
        return None
    colon = masked.rfind(":", 0, item.start("name"))
    if colon < 0 or "\n" in masked[colon : item.start("name")]:
        return None
    # `three regions: Kanto (4), Kansai (3), Kyushu (2)`: a count of the items themselves
    items = len(_COUNTED.findall(fact.sentence[fact.sentence.rfind(":") + 1 :]))
    led = [
        r
        for r in rows
        if r["sentence"] == fact.sentence
        and int(r["char_end"]) <= colon
        and r["unit"] in _COUNTS
        and r["measure"]
        and r["value"] != items
    ]
    if not led:
        return None
    return f"{led[-1]['measure']} ({item.group('name')})"
