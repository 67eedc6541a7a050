"""Whether a Japanese year dates an event of its own (設立された, 策定した), not only the
numbers of its sentence: a year that does stays a fact of unit year. Kept apart from
ja_facts.py, which builds a sentence's facts, because year_facts.py asks the same question
of years the English reader found.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.japanese.ja_periods import year_marks
from pipelines.extracted.rules import load_rules, word_alternation


@cache
def _event_word() -> re.Pattern[str]:
    return re.compile(word_alternation(load_rules("japanese")["event_words"]))


_NAMED = re.compile(r"「[^「」]*」|『[^『』]*』")


@cache
def _done_event() -> re.Pattern[str]:
    """The year's own event, done, right after it and before the numbers it dates (2010年に策定
    された計画の予算), or the term it is named as (2001~05年度までを第Ⅰ期とし): it dates that too."""
    words = word_alternation(load_rules("japanese")["event_words"])
    done = r"(?:され|し|られ)?(?:まし)?(?:た|て)"  # 設立された, 開通しました, 設けた
    term = r"|\s*度?(?:まで)?を[^、。]{0,8}?期間?と"
    return re.compile(rf"\s*(?:度)?(?:に|には)[^、。\d]{{0,12}}?(?:{words}){done}{term}")


_MONTH_AFTER = re.compile(r"\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?!\s*(?:末|現在|時点))")


def dates_event(masked: str, year_end: int, dated: list[int], s_end: int) -> bool:
    """Whether the year written up to `year_end` dates an event of its own, whatever numbers
    of its sentence (ending by `s_end`) it dates too (`dated`: where they end): written with
    its month (1963年9月, 昭和58年 / 1983年 3月: a day's event, not the period of an annual
    figure; 3月末 and 3月現在 are as-of dates), or its clause, up to the next year or the
    sentence's end, has an event word after those numbers, outside the 「」 that name things
    (1983年に…3府県によって設立された, 平成二十年度の事業で七地域を選んだ): the numbers are part
    of the event; or its own event, done, comes right after it, before them (平成4年に設立
    されたセンターでは…800件): the year dates that event as well as the numbers."""
    if _MONTH_AFTER.match(masked, year_end):
        return True
    if dated and _done_event().match(masked, year_end, min(dated)):
        return True
    stop = masked.find("。", year_end, s_end)
    stop = s_end if stop < 0 else stop
    later = year_marks(masked, year_end, stop)
    after = max([year_end, *dated])
    clause = _NAMED.sub(
        lambda m: " " * len(m.group(0)), masked[after : later[0].start if later else stop]
    )
    return _event_word().search(clause) is not None
