"""More numbers a page carries that are no fact (issue "Facts from documents nobody wrote for
us", point 2), each beside a fact that still comes out: an interview's date, a periodical's
issue number and date, a link relative to the page, a page counter alone on its line, a
title's year after its name, years alone on lines in a row (a table's column headings copied
one cell to a line), a cited text's date (`…日付の`), and a rate's denominators in a row
(`1地域1年度あたり`). And two quantity forms: a scale word in the plural (`250 thousands`) and
a newspaper's decimal point written as a middle dot (`0・4%`). Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.frames import extract_frames


@pytest.mark.parametrize(
    ("text", "not_a_fact", "still_a_fact"),
    [
        ("Port Science Review #7: May 2, 2004\nThe port hosts 31 labs.", 7.0, 31.0),
        ("Back to the contents ../index.html#4\nThe area has 9 labs.", 4.0, 9.0),
        ("6/21\nThe area has 9 labs.", 6.0, 9.0),
        ("Table 2 Firms in the bay\nYear\n1990\n2000\n2010\nFirms\n41\n52\n60\n", 2000.0, 52.0),
        ("平成20年度に始まった事業で、事業費は1地域1年度あたり3億円程度である。", 1.0, 3e8),
    ],
)  # fmt: skip
def test_a_number_of_the_page_gives_no_fact(
    text: str, not_a_fact: float, still_a_fact: float
) -> None:
    values = [f.value for f in facts_in_text(text)]
    assert not_a_fact not in values, values
    assert still_a_fact in values, values


@pytest.mark.parametrize(
    ("text", "not_a_fact", "still_a_fact"),
    [
        ("Harbour talks\nInterviewed on March 3, 2015\nQ: How did you start?\nA: I founded the "
         "office in 2001 and it has hired 12 staff.", 2015.0, 12.0),
        ("Harbour bio report 2011\n\nThe council edited the ''Harbour bio report 2011'' in "
         "spring.\n\nA summary of ''Harbour bio report 2011'' follows: the bay had 45 firms.",
         2011.0, 45.0),
        ("この点は社説（2019年5月3日付）で論じられた。県内の企業は12社である。", 2019.0, 12.0),
    ],
)  # fmt: skip
def test_a_date_or_year_of_the_page_gives_no_fact(
    tmp_path: Path, text: str, not_a_fact: float, still_a_fact: float
) -> None:
    """Read as a whole document: the page's own dates and its title's year are no facts."""
    facts = extract_frames(read_texts(tmp_path, {"page": text})).facts
    assert not_a_fact not in list(facts["value"]), list(facts["value"])
    assert still_a_fact in list(facts["value"]), list(facts["value"])


def test_a_rate_per_year_is_not_dated_by_its_denominator() -> None:
    """`1年度あたり` (per fiscal year) is no year of the era the text names (平成1年度 = 1989)."""
    facts = facts_in_text("平成20年度に始まった事業で、事業費は1地域1年度あたり3億円程度である。")
    amount = next(f for f in facts if f.value == 3e8)
    assert amount.period_start == 2008, amount.period_start


def test_a_title_term_keeps_its_years() -> None:
    """A plan named with its term (`Plan 2016-2020`) is no title's year: its years are a span."""
    facts = facts_in_text("The Harbour Plan 2016-2020 set aside 40 sites.")
    assert any(f.period_start == 2016 and f.period_end == 2020 for f in facts), [
        (f.value, f.period_start, f.period_end) for f in facts
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The town grew to about 250 thousands residents.", 250000.0, "people"),
        ("県の予算は前年度比0・4%増となった。", 0.4, "percent"),
        ("出荷額は10年前の約3・5倍に伸びた。", 3.5, "ratio"),
    ],
)
def test_quantity_forms_of_pages_not_written_for_us(text: str, value: float, unit: str) -> None:
    assert (value, unit) in [(f.value, f.unit) for f in facts_in_text(text)]


def test_a_year_naming_an_event_is_the_names_and_its_date_the_events(tmp_path: Path) -> None:
    """`the 2025 Harbour-Sea Technology Summit`: the name's year, with capitalised words of the
    name between it and `Summit`; the date it was held on stays the event's year."""
    text = (
        "Harbour news\n\nThe Department of Harbour Technology (DOHT) of the Ministry of Sea "
        "Affairs (MOSA) hosted the 2025 Harbour-Sea Technology Summit in Kobe on September 9, "
        "2025, during which Taro Sato, a professor, spoke."
    )
    facts = extract_frames(read_texts(tmp_path, {"summit": text})).facts
    starts = [int(s) for s in facts[facts["value"] == 2025.0]["char_start"]]
    assert starts == [text.rindex("2025")], (starts, text.index("2025"))
