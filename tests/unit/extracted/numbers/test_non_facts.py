"""Numbers a page carries that are no quantity (issue "Facts from documents nobody wrote for
us", point 2): each form, in English and Japanese, gives no fact where it stands, and the facts
beside it still come out. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


def _values(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in facts_in_text(text)]


@pytest.mark.parametrize(
    ("text", "not_read"),
    [
        ("Seminar held June 27, 2022 in Sendai.", 27.0),  # the day of a date
        ("Date of issue: 31/July/2014", 31.0),
        ("Posted 14-Aug-2020 by the office", 14.0),
        ("Doors open at 18:30 for the 200 guests.", 18.0),  # a clock time
        ("TEL 022-346-9237 for the 12 desks", 22.0),  # a telephone number
        ("FAX 03-5555-0101", 3.0),
        ("Office: Aoba-ku, Sendai 980-6107, Japan", 980.0),  # a postal code
        ("Regional plans ........ 27", 27.0),  # a table of contents' page number
        ("Cluster map 0 downloads", 0.0),  # a web page's counter
        ("Cluster map 2 views", 2.0),
        ("2  The science city and its 40 institutes", 2.0),  # a heading's number
        ("筑波研究学園都市とは………………………1", 1.0),
        ("平成29年1月13日", 13.0),  # the day of a Japanese date
        ("〒980-8579 仙台市", 980.0),
        ("登録:平成21年以前", 2009.0),  # a page's registration year
        ("2016年11月1日\n文部科学省", 2016.0),  # a dateline's year
        ("電話 022-123-4567", 22.0),
    ],
)
def test_a_number_that_is_no_quantity_gives_no_fact(text: str, not_read: float) -> None:
    assert not_read not in [v for v, _ in _values(text)], _values(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Doors open at 18:30 for the 200 guests.", (200.0, "count")),
        ("The Technopolis Act was enacted on May 1, 1983 by the Diet.", (1983.0, "year")),
        ("2  The science city and its 40 institutes", (40.0, "count")),
        ("研究所は2016年11月1日に開所し、職員は120人である。", (120.0, "people")),
    ],
)
def test_the_facts_beside_them_still_come_out(text: str, fact: tuple[float, str]) -> None:
    got = _values(text)
    assert any(v == fact[0] and (u == fact[1] or fact[1] == "count") for v, u in got), got
