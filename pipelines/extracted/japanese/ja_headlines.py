"""Periods of a Japanese headline's numbers: a news item or report opens with a headline that
states its numbers without their year (■県内の5社を選定, 交付金、648自治体が申請) and a lead that
states them again with it (平成二十年度の事業で五社を選んだ). The headline's number is the lead's,
so it takes the lead's period, as a reader of the page does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.ja_numbers import is_japanese
from pipelines.extracted.structure.text_clean import line_bounds

if TYPE_CHECKING:
    from pipelines.extracted.fact import Fact

_HEADLINE_MAX = 80  # characters of a line that reads as a headline
_LEAD_WITHIN = 400  # characters after the headline in which its lead restates its numbers
_SENTENCE_END = "。．"


def date_headlines(masked: str, facts: list[Fact]) -> None:
    """Give each undated number of a headline (a short line with no sentence end, in Japanese)
    the period of the same number (value and unit) that the text right after it restates
    with one."""
    ordered = sorted(facts, key=lambda f: f.start)
    for k, f in enumerate(ordered):
        if f.period_start is not None or f.fact_type == "year":
            continue
        start, end = line_bounds(masked, f.start)
        line = masked[start:end]
        if len(line.strip()) > _HEADLINE_MAX or any(c in line for c in _SENTENCE_END):
            continue
        if not is_japanese(masked, start, end):
            continue
        for g in ordered[k + 1 :]:
            if g.start >= end + _LEAD_WITHIN:
                break
            if g.start < end or g.fact_type == "year" or g.period_start is None:
                continue
            if (g.value, g.unit) == (f.value, f.unit):
                f.period_start, f.period_end = g.period_start, g.period_end
                break
