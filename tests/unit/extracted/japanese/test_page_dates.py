"""The date a web page states for itself in figures (2016.08.26) or with what it is of (配信)
is the date its relative years count from. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.japanese.ja_relative import document_now


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("https://x.test/a\n町の話題\n2018.05.20\n今年度は三件を予定。\n", (2018, 2018)),
        ("https://x.test/a\n町の話題\n2019/2/3 09:30\n本文。\n", (2019, 2018)),
        ("https://x.test/a\n2017年1月9日（月）配信\n本文。\n", (2017, 2016)),
        ("https://x.test/a\n3.1.2 地域の状況\n本文。\n", None),
        ("https://x.test/a\n町の話題\n2018.05.20に説明会を開いた。\n", None),
    ],
)
def test_the_date_a_page_states(text: str, now: tuple[int, int] | None) -> None:
    assert document_now(text) == now
