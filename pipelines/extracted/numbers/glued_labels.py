"""An infobox copied as text glues each row's label to its value (`• Total15,410 ha`,
`Density1,600/km2`), which the number reader (number_scan.py) passes over as part of a word:
at a line's start, after a label of rules/facts.yaml's `infobox_labels`, the value is read as
if a blank stood before its digits."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.numbers.number_scan import NumberToken, number_tokens
from pipelines.extracted.rules import load_rules, word_alternation


@cache
def _glued_label() -> re.Pattern[str]:
    labels = word_alternation(load_rules("facts")["infobox_labels"])
    return re.compile(rf"[ \t]*(?:[•·*o-][ \t]+)?(?:{labels})")


def glued_label_tokens(
    masked: str, start: int, end: int, runs: list[tuple[int, int]]
) -> list[NumberToken]:
    """The numbers an infobox row's label is glued to at a line's start (`• Total15,410 ha`,
    `Density1,600/km2`), which `number_tokens` passes over as part of a word: read as if a blank
    stood before the digits."""
    out: list[NumberToken] = []
    for run_start, _ in runs:
        if run_start == start or not masked[run_start - 1].isalpha():
            continue
        line = masked.rfind("\n", 0, run_start) + 1
        if not _glued_label().fullmatch(masked, line, run_start):
            continue
        patched = f"{masked[: run_start - 1]} {masked[run_start:end]}"
        out += [t for t in number_tokens(patched, run_start, end, [(run_start, 0)])[:1]
                if t.start == run_start]  # fmt: skip
    return out
