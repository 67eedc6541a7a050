"""Budgets as Japanese slides and papers write them: a budget's code before its name
(`28補正地方創生拠点整備交付金`, `H29当初予算`) is the fiscal year of the amount under it; and as
news and blogs report them: the budget a text names with its year (2016年度当初予算案で…,
2010年の当初予算が内示) is what the amounts and changes after it that give no year of their own
are items of (産学連携推進事業は同74%増の2億円; a list of projects and their sums)."""

from __future__ import annotations

import re

from pipelines.extracted.japanese.ja_compared import is_base
from pipelines.extracted.japanese.ja_line_years import paragraph_start
from pipelines.extracted.japanese.ja_periods import era_named, era_year, year_marks

# the code: the fiscal year of the original budget (当初) or of a supplementary one (補正), in
# the era the text names
_BUDGET_CODE = re.compile(r"(?P<era>平成|令和|H|R)?(?P<n>\d{1,2})(?:年度)?(?:当初|補正)")
_ERA_LETTERS = {"H": "平成", "R": "令和"}
# a year naming a budget: 2016年度当初予算案, 2010年の当初予算, 平成28年度一般会計予算 (not a base of
# comparison, 15年度当初予算比: is_base)
_NAMES_BUDGET = re.compile(r"の?[^\s、。0-9]{0,6}?予算")


def budget_year(text: str, name: str, at: int) -> int | None:
    """The fiscal year a name's budget code gives (28補正… in a text of 平成: 2016), or None."""
    m = _BUDGET_CODE.match(name)
    if m is None:
        return None
    era = _ERA_LETTERS.get(m.group("era") or "", m.group("era")) or era_named(text[:at])
    year = era_year(era, int(m.group("n"))) if era else None
    latest = max((mark.last or mark.first for mark in year_marks(text, 0, len(text))), default=0)
    return year if year is not None and year <= latest + 1 else None  # never 令和28 in 2019


def budget_named_before(masked: str, at: int) -> tuple[int, int] | None:
    """The single year of the last budget the text names before `at`, as a period, or None."""
    named = [
        m for m in year_marks(masked, paragraph_start(masked, at), at)
        if m.last == m.first and not m.decade and _NAMES_BUDGET.match(masked, m.end)
        and not is_base(masked, m)
    ]  # fmt: skip
    return (named[-1].first, named[-1].first) if named else None
