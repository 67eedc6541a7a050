"""Numbers of a page's furniture found by the shape of its lines (issue "Facts from documents
nobody wrote for us", point 2: issue, section, item, figure and page numbers, running heads and
footers), in both languages, each beside a fact that still comes out: a table of contents' page
numbers, a site's counters on lines of their own, a search result's snippet, a page count
above the title, a numbered breadcrumb, runs of item codes, an item's number closed by a
bracket never opened, a `2010.3` date on a title line, a month and year alone on a line, a
section's number, tables cited together, and a target's, baseline's or budget's year heading a
column or a title. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.numbers.non_facts import named_spans

_CASES = {
    "contents_ja": (
        "目 次\n\n○ 序論 3\n\n1.地域の産業 5\n\n2.人材の育成 11\n\n○ 結び 20\n\n"
        "序論\n\n県内の企業は45社である。"
    ),
    "contents_en": (
        "● Overview 2\n● Funding of the park 6\n● Results 9\n\nThe park hosts 14 firms."
    ),
    "counters": "  • View\n    12\n\n  • Download\n    4\n\nThe cluster has 30 member firms.",
    "snippet": (
        "港湾計画 - 市のサイト … › policy › port · 2018-05-02 · 平成 22 年の調査では、\n\n"
        "港湾の企業は80社である。"
    ),
    "top_number": (
        "https://example.org/doc\n17\nHarbour plan for the bay May 2012 City Office and Port\n\n"
        "The bay has 8 labs."
    ),
    "breadcrumb": (
        "現在位置:\n  1. ホーム >\n  2. 平成21年度 >\n  3. 事業の概要\n\n事業費は5億円である。"
    ),
    "codes": (
        "312 地域連携の推進\n31201 研究者の交流\n31202 施設の共同利用\n31203 情報の発信\n"
        "予算は40百万円である。"
    ),
    "year_point_month": (
        "https://example.org/doc\n港湾計画 報告書 2010.3 (財)港湾研究センター\n\n"
        "港には12の研究所がある。"
    ),
    "month_year": "Harbour cluster\n\nMay 2016\n\nThe cluster opened in 2009 with 20 firms.",
    "section": (
        "Harbour report\nPart2 Measures taken for the bay\n2.4. Funding of the Harbour Park "
        "System\n2.4.1 Grants from the city\n\n  The park won 7 grants,and the city gave more.\n"
    ),
    "tables": (
        "  The councils grew fast,and the prefectures adopted plans for growth (Tables5-2-1 and "
        "5-2-3).\n\nTable5-2-1State of the councils\n\n  The park won 7 grants.\n"
    ),
    "item_mark": (
        "1)港湾地区の研究所数(H27年4月1日現在)\n研究所 42 (合計 42)\n\n"
        "*・港湾協会が1)の研究所に聞いた数です。"
    ),
    "budget_ja": "平成21年度当初予算施策別概要\n\n要求額 52百万円\n",
    "budget_question": (
        "質問\n\n一 平成二十一年度予算案において、「事業は一本化する」とあるが、その理由を示されたい。"
        "\n\n県内の大学は8校である。\n"
    ),
    "budget_event": "センターは平成21年度予算で設立された。職員は30人である。\n",
    "target_copula": "町の人口は8万人を見込む。これは概ね2035年頃の想定人口である。\n",
    "target_ja": "<2015年度の目標>\n\n研究件数\n現状値(2010年度)\n2013年度の\n目標値\n12件\n15件",
}


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[float]]:
    """Every case read once as a whole document, the parse under it (the route that counts)."""
    folder: Path = tmp_path_factory.mktemp("layout")
    frame = extract_frames(read_texts(folder, _CASES)).facts
    return {name: list(frame[frame["doc_id"] == name]["value"]) for name in _CASES}


@pytest.mark.parametrize(
    ("name", "not_facts", "fact"),
    [
        ("contents_ja", [3.0, 5.0, 11.0, 20.0, 1.0, 2.0], 45.0),
        ("contents_en", [2.0, 6.0, 9.0], 14.0),
        ("counters", [12.0, 4.0], 30.0),
        ("snippet", [2018.0, 2010.0], 80.0),
        ("top_number", [17.0, 2012.0], 8.0),
        ("breadcrumb", [2009.0, 1.0, 2.0, 3.0], 5e8),
        ("codes", [312.0, 31201.0, 31202.0, 31203.0], 4e7),
        ("year_point_month", [2010.3, 2010.0], 12.0),
        ("month_year", [2016.0], 2009.0),
        ("section", [2.4, 2.41], 7.0),
        ("tables", [5.0, 2.0, 1.0, 3.0], 7.0),
        ("item_mark", [1.0], 42.0),
        ("budget_ja", [2009.0], 5.2e7),
        ("budget_question", [2009.0], 8.0),
        ("target_copula", [2035.0], 8e4),
        ("target_ja", [2015.0, 2010.0, 2013.0], 12.0),
    ],
)  # fmt: skip
def test_furniture_of_the_page_gives_no_fact(
    facts: dict[str, list[float]], name: str, not_facts: list[float], fact: float
) -> None:
    values = facts[name]
    assert not [v for v in not_facts if v in values], values
    assert fact in values, values


def test_a_budget_year_that_dates_a_founding_stays_a_fact(facts: dict[str, list[float]]) -> None:
    """平成21年度予算で設立された: an event word in the year's clause keeps it the founding's year."""
    assert 2009.0 in facts["budget_event"], facts["budget_event"]


def test_a_list_of_names_with_rising_counts_is_no_contents() -> None:
    """Three lines each a name and a number higher than the last, with no contents word above
    and no item mark: a list of counts, not of pages."""
    text = "Hokkaido 3\nAomori 5\nIwate 8\n"
    assert not [s for s in named_spans(text) if s[2] == "page_number"]


def test_the_furniture_is_named_with_its_reason() -> None:
    """The numbers set aside carry the reason a candidate row gives."""
    reasons = {text[a:b]: r for text in [_CASES["codes"]] for a, b, r in named_spans(text)}
    assert reasons["31202"] == "code_number"
    assert reasons["312"] == "code_number"
