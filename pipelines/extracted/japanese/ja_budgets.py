"""Budgets as Japanese slides and papers write them: a budget's code before its name
(`28補正地方創生拠点整備交付金`, `H29当初予算`) is the fiscal year of the amount under it, and a
fiscal year right before 予算 or 予算案 (`平成二十二年度予算案`) names which budget is meant: no
event of its own."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.japanese.ja_periods import era_named, era_year
from pipelines.extracted.rules import load_rules

# the code: the fiscal year of the original budget (当初) or of a supplementary one (補正), in
# the era the text names
_BUDGET_CODE = re.compile(r"(?P<era>平成|令和|H|R)?(?P<n>\d{1,2})(?:年度)?(?:当初|補正)")
_ERA_LETTERS = {"H": "平成", "R": "令和"}
_SENTENCE_END = re.compile(r"[。\n]")
_BUDGET_AFTER = re.compile(r"[ \t\u3000]*(?:年度)?[ \t\u3000]*(?:当初|補正)?(?:予算|概算要求|決算)")


def budget_year(text: str, name: str, at: int) -> int | None:
    """The fiscal year a name's budget code gives (28補正… in a text of 平成: 2016), or None."""
    m = _BUDGET_CODE.match(name)
    if m is None:
        return None
    era = _ERA_LETTERS.get(m.group("era") or "", m.group("era")) or era_named(text[:at])
    return era_year(era, int(m.group("n"))) if era else None


@cache
def _event_words() -> tuple[str, ...]:
    return tuple(load_rules("japanese")["event_words"])


def names_a_budget(text: str, end: int) -> bool:
    """Whether the year ending at `end` names a budget (平成22年度予算案) and its sentence says
    of no event (2016年度予算で創設: the year that founded something stays its fact)."""
    if _BUDGET_AFTER.match(text, end) is None:
        return False
    stop = _SENTENCE_END.search(text, end)
    rest = text[end : stop.start() if stop else len(text)]
    return not any(w in rest for w in _event_words())
