"""Lines that each give a label and a value (`Staff: 120`) one under another, with no full
stop, are sentences of their own, so each number is read with its own label rather than the
next line's. Texts written for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.structure.sentences import sentences

SHEET = """Grant period: FY2011 - FY2015
Grant total: approx. 1.8 billion yen
Member firms: 34
Licences granted: 15 (domestic 12, abroad 3)"""


def test_each_label_line_is_a_sentence() -> None:
    got = [SHEET[a:b] for a, b in sentences(SHEET, 0, len(SHEET))]
    assert got == SHEET.split("\n")


def test_a_wrapped_line_of_prose_with_a_colon_is_no_label_line() -> None:
    text = "The review has two aims: first, it\nweighs costs. Then 3 firms reply."
    got = [text[a:b] for a, b in sentences(text, 0, len(text))]
    assert got == ["The review has two aims: first, it\nweighs costs.", "Then 3 firms reply."]


def test_each_number_of_a_label_line_measures_its_own_label() -> None:
    facts = {SHEET[f.start : f.end]: f.measure for f in facts_in_text(SHEET)}
    assert facts["1.8 billion yen"] == "Grant total"
    assert facts["34"] == "Member firms"


def test_an_abbreviated_hedge_is_passed_over_to_the_label() -> None:
    text = "Staff on site: approx. 240"
    (fact,) = facts_in_text(text)
    assert fact.measure == "Staff on site"
