"""A bare amount on a line of its own under a short name line is that name's: a slide or a
flattened table sets key and value on two lines (`29当初地方創生推進交付金` over `1,000億円`), and
the amount's sentence, the line alone, names nothing it could measure."""

from __future__ import annotations

import re

from pipelines.extracted.japanese.ja_numbers import is_japanese

_NAME_MAX = 40  # characters of a name line; a longer one is prose
_MARKS = " \t\u3000・●■◆○◎▶►-－*"
# hiragana other than の: a line that has them is a sentence or a phrase, no name
_PROSE_KANA = re.compile(r"[\u3041-\u306d\u306f-\u309f]")
# a line that states an amount of its own is no name of the next one's
_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:[万億兆千百]\s*)?(?:円|件|人|社|%|％|ha|km)")
_LINE_REACH = 400  # characters back to the line above
# a colon (a key of its own), a date (令和5年3月, its digits blanked in the masked text) or a
# run of blanks inside the line: no name
_NOT_NAME = re.compile(r"[:：]|年\s*\d*\s*月|\S[ \t]{2,}\S|[ \t]年")


def line_above_name(text: str, start: int) -> str | None:
    """The name on the nonblank line above the number at `start`, when the number opens its
    line and that line is a short name (no sentence, no amount, no heading in 【】)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(_MARKS) or line_start == 0:
        return None
    above = text[max(0, line_start - _LINE_REACH) : line_start].rstrip()
    name = above[above.rfind("\n") + 1 :].strip(_MARKS)
    if (
        not name
        or len(name) > _NAME_MAX
        or name.startswith(("【", "(", "（", "http", "出典", "資料", "注", "※", "備考"))
        or name.endswith(("。", "、"))
        or _NOT_NAME.search(name)
        or _PROSE_KANA.search(name)
        or _AMOUNT.search(name)
        or not is_japanese(name, 0, len(name))
    ):
        return None
    return name
