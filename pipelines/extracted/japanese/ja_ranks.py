"""Ranks of a Japanese ranked list: the items `1.山形大学 約52.7%増 2.筑波大学 …` under a heading
that says what they are ranked by (研究費の伸び率が大きい機関, 出荷額の上位の県). Each item's number is
its rank (unit rank); numbered headings and list items under no such heading stay numberings.

The items must run 1, 2, 3 … in order, at least two of them, each number followed by `.` or `)`
and a name; the words that make a heading rank are data (rules/japanese.yaml, ranked_by).
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.japanese.ja_numbers import JaNumber
from pipelines.extracted.rules import load_rules, word_alternation

_NAME = r"[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff々A-Za-z・ー]"
_ITEM = re.compile(rf"(?<![0-9A-Za-z.,])(?P<n>[1-9][0-9]?)[.)](?P<name>{_NAME}{{1,20}})")
_HEADING_START = re.compile(r".*[、。,○●■◆□◇※\]\n]|^", re.S)


@cache
def _heading() -> re.Pattern[str]:
    words = word_alternation(load_rules("japanese")["ranked_by"])
    return re.compile(rf"(?:{words}){_NAME}{{0,8}}[ \t:：]*$")


def ranked_items(text: str, start: int, end: int) -> list[JaNumber]:
    """The ranks of the ranked lists of [start, end) of `text` (read with `to_ascii`)."""
    items = list(_ITEM.finditer(text, start, end))
    out: list[JaNumber] = []
    k = 0
    while k < len(items):
        run = [items[k]]
        if items[k].group("n") == "1":
            for m in items[k + 1 :]:
                if int(m.group("n")) != len(run) + 1:
                    break
                run.append(m)
        before = text[start : run[0].start()]
        heading = _heading().search(before) if len(run) >= 2 else None
        if heading is None:
            k += 1
            continue
        opening = _HEADING_START.match(before).end()  # type: ignore[union-attr]
        head = before[opening:].strip(" \t:：")
        for m in run:
            name = m.group("name")
            a, b = m.start(), m.end("n") + 1
            out.append(
                JaNumber(
                    a,
                    b,
                    float(m.group("n")),
                    "rank",
                    None,
                    None,
                    None,
                    f"{head}（{name}）" if head else name,
                    a,
                    rank=True,
                )  # fmt: skip
            )
        k += len(run)
    return out
