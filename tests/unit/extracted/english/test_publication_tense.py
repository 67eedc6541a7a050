"""What a dated news page says in the future tense is what will be, not the state on its date;
the present perfect and a day without its year are as of the page's date. Texts written for
these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.english.published import said_as_of_publication


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("The new square will cover some 12 hectares near the station.", False),
        ("It will link five villages in the valley.", False),
        ("Nine plans have been approved by the council.", True),
        ("The council will on Apr. 3 approve nine plans.", True),  # the day is the page's year's
    ],
)
def test_only_what_holds_on_the_pages_date_takes_its_year(sentence: str, dated: bool) -> None:
    assert said_as_of_publication(sentence, "count") is dated
