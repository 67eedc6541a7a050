"""A bare count on a list line of its own (`1. 2005年(10社)` under a heading) counts what the
document last counted with the same counter in prose, not the counter's bare noun (企業数); a
count in prose keeps its own measure. A passage written for these tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_PASSAGE = "\n\n".join(
    [
        "港湾地区には、120社の物流関連企業が国内外より進出した。",
        "企業の推移",
        "  1. 2005年(10社)",
        "  2. 2010年(60社)",
        "新たに30社が参加した。",
    ]
)


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures(_PASSAGE)


@pytest.mark.parametrize(
    ("quote", "measure"),
    [
        ("10社", "港湾地区に国内外より進出した物流関連企業数"),
        ("60社", "港湾地区に国内外より進出した物流関連企業数"),
        ("30社", "参加した企業数"),
    ],
)
def test_japanese_list_line_count_is_the_prose_count_before(
    measures: dict[str, str | None], quote: str, measure: str
) -> None:
    assert measures.get(quote, "<no fact>") == measure


def test_japanese_list_line_count_after_another_count_keeps_its_noun() -> None:
    passage = "\n\n".join(
        [
            "港湾地区には、120社の物流関連企業が進出した。",
            "町の人口は8千人だ。",
            "  1. 2005年(10社)",
        ]
    )
    assert quote_measures(passage).get("10社") == "企業数"
