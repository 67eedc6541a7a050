"""The base of a comparison in Japanese: a year a number is compared with (前年度比, 15年度当初予算
比, 六十二年度に比べ), a change is counted from or a multiple is of is no period of the numbers
after it, nor an event."""

from __future__ import annotations

import re
from typing import Protocol


class _Said(Protocol):
    """A year as read from the text (ja_periods.YearMark): where it ends."""

    @property
    def end(self) -> int: ...


# what makes a year the base a number is compared with (六十二年度に比べ三億円の増加, 前年度比,
# 15年度当初予算比, 2010年と比較), a change counted from it (前年度から5%増加, 前年を0.1ポイント上回る)
# or a multiple of it (2014年度の1.5倍): the base is no period of the numbers after it, nor an event
_NUM = (
    r"約?\s*[0-9０-９〇一二三四五六七八九十百千][0-9０-９,，.．・〇一二三四五六七八九十百千万億兆]*"
)
_BASE_AFTER = re.compile(
    r"\s*(?:(?:当初予算|補正予算|予算案?|実績|決算)?比(?![率重較])|に比べ|と比べ|に比し|と比較|に対し|対比|より"
    rf"|から\s*{_NUM}\s*[^\s、。0-9]{{0,4}}\s*(?:の)?(?:増|減|上昇|低下|伸び)|の\s*{_NUM}\s*倍"
    rf"|を\s*(?:{_NUM}\s*[^\s、。0-9]{{0,4}})?\s*(?:上回|下回))"
)


def is_base(text: str, mark: _Said) -> bool:
    """Whether the year is the base a number is compared with."""
    return _BASE_AFTER.match(text, mark.end) is not None
