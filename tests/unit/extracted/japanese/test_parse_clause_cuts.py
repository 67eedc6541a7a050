"""What a Japanese measure keeps when a long clause is cut to its length (from a whole word, never
mid-word), and a start marked から done in a body (において): the start, then where. Sentences
written for these tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_SENTENCES = [
    "市が力を入れて取り組む地域の医療技術の研究開発を担う中核的な拠点の講座には延べ620名が参加した。",
    "2004年度から県議会において新しい振興事業が開始された。",
]


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures("\n\n".join(_SENTENCES))


def test_a_cut_clause_starts_on_a_whole_word(measures: dict[str, str | None]) -> None:
    got = measures["620名"] or ""  # 取り組む地域…: cut after む, it starts on 地域
    assert got == "地域の医療技術の研究開発を担う中核的な拠点の講座に参加した人数"


def test_a_start_done_in_a_body_is_named_once(measures: dict[str, str | None]) -> None:
    assert measures["2004年度"] == "新しい振興事業の開始（県議会）"
