"""A year that only dates another number is that number's period and no fact of its own; a
year that dates an event stays a fact (issue "Facts from documents nobody wrote for us", points
2 and 4), in English and Japanese: the year of each clause dates that clause's number, a number
said of the present is not dated by an event's year before it, a decade dates what follows it,
and a year written in both calendars (1985（昭和60）年) is one year, never a count. Texts
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.frames import extract_frames
from pipelines.raw.registry import SourceDocument


def _frames(text: str):  # type: ignore[no-untyped-def]
    doc = SourceDocument("probe", Path("probe.txt"), {"title": "P"}, "inferred", "0" * 64,
                         len(text.encode()), text, "utf-8")  # fmt: skip
    return extract_frames([doc])


def _periods(text: str) -> dict[float, tuple[int | None, int | None]]:
    return {f.value: (f.period_start, f.period_end) for f in facts_in_text(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2011 the port handled 610 ships, and in 2019 it handled 740.",
            {610.0: (2011, 2011), 740.0: (2019, 2019)},
        ),
        (
            "Exports fell 2% in 2016; in 2017 they rose 6%.",
            {2.0: (2016, 2016), 6.0: (2017, 2017)},
        ),
    ],
)
def test_the_year_of_each_clause_dates_that_clauses_number(
    text: str, expected: dict[float, tuple[int, int]]
) -> None:
    assert _periods(text) == expected


def test_a_number_said_of_now_is_not_dated_by_an_events_year_in_english() -> None:
    facts = {f.value: f for f in facts_in_text(
        "The science park, approved in 1991, currently houses 85 firms."
    )}  # fmt: skip
    assert facts[1991.0].unit == "year"  # the approval stays an event
    assert facts[85.0].period_start is None


def test_a_number_said_of_now_is_not_dated_by_an_events_year_in_japanese() -> None:
    facts = {f.value: f for f in facts_in_text(
        "1991年に承認された研究団地には、現在85社が入居している。"
    )}  # fmt: skip
    assert facts[1991.0].unit == "year"  # the approval stays an event
    assert facts[85.0].period_start is None


def test_an_as_of_date_still_dates_its_number() -> None:
    assert _periods("2021年3月末現在、加盟企業は85社である。")[85.0] == (2021, 2021)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("1994（平成6）年に技術センターが開所した。", 1994),
        ("昭和58（1983）年に技術センターが開所した。", 1983),
    ],
)
def test_a_year_in_two_calendars_is_one_year_and_no_count(text: str, year: int) -> None:
    facts = facts_in_text(text)
    assert [(f.value, f.unit) for f in facts] == [(float(year), "year")]


def test_a_year_in_two_calendars_dates_the_number_after_it() -> None:
    frames = _frames("2016（平成28）年度の研究費は7億円であった。")
    assert list(frames.facts["value"]) == [7e8]
    assert int(frames.facts["period_start"].iloc[0]) == 2016
    assert set(frames.candidates["reason"]) == {"dates_another_fact"}


@pytest.mark.parametrize(
    "text", ["平成28年度の研究費は7億円であった。", "H28年度の研究費は7億円。"]
)
def test_an_era_year_that_dates_a_number_is_set_aside_as_such(text: str) -> None:
    frames = _frames(text)
    rows = frames.candidates[frames.candidates["quote"] == "28"]
    assert list(rows["reason"]) == ["dates_another_fact"]


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("1980年代の製造品出荷額は4200億円であった。", 4.2e11, (1980, 1989)),
        ("昭和50年代には誘致企業が35社に達した。", 35.0, (1975, 1984)),
    ],
)
def test_a_japanese_decade_is_no_fact_but_dates_what_follows(
    text: str, value: float, period: tuple[int, int]
) -> None:
    frames = _frames(text)
    assert list(frames.facts["value"]) == [value]
    row = frames.facts.iloc[0]
    assert (int(row["period_start"]), int(row["period_end"])) == period
    assert "代" not in str(row["measure"]), row["measure"]
    assert "decade" in set(frames.candidates["reason"])


def test_a_decade_a_span_starts_from_dates_nothing() -> None:
    """1970年代から…: the span runs on past the decade, so the number after it has no period."""
    facts = facts_in_text("1970年代から整備が進み、いまは研究機関が42機関ある。")
    assert [f.value for f in facts] == [42.0]
    assert facts[0].period_start is None


@pytest.mark.parametrize(
    "text",
    [
        "2012年に指定された特区の事業費は40億円である。",
        "平成9年に開設された拠点では、年間600件の相談に応じた。",
    ],
)
def test_a_japanese_year_that_dates_a_done_event_stays_a_fact(text: str) -> None:
    """The year of an event told in a clause before the number (指定された特区の事業費) dates
    that event: it stays a fact with unit year, whatever number it dates too."""
    facts = facts_in_text(text)
    assert [f.unit for f in facts].count("year") == 1, [(f.value, f.unit) for f in facts]


@pytest.mark.parametrize("text", ["その後、万博は1985（昭", "研究学園都市の完成は1980(昭和"])
def test_a_year_cut_off_before_its_era_is_no_count(text: str) -> None:
    """A text cut inside the era that restates a year (1985（昭和60）年) leaves a year whose
    event is lost: no fact, never a count with the era's first letter for a counter."""
    assert [(f.value, f.unit) for f in facts_in_text(text)] == []


def test_a_year_cut_off_before_its_era_still_dates_what_follows() -> None:
    facts = facts_in_text("1985(昭\n和60)年の来場者は2000万人であった。")
    assert [(f.value, f.period_start) for f in facts] == [(2e7, 1985)]


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        ("就業者数は48,200人(昭55)であった。", 48200.0, 1980),
        ("平12年度の補助額は2億円。", 2e8, 2000),
    ],
)
def test_an_era_cut_to_its_first_character_dates_the_number(
    text: str, value: float, year: int
) -> None:
    """(昭55), 平12年度: an era written with its first character only is that era's year, the
    period of the number beside it; 最大3割 stays a share, no year of 大正."""
    frames = _frames(text)
    assert list(frames.facts["value"]) == [value]
    assert int(frames.facts["period_start"].iloc[0]) == year
    assert set(frames.candidates["reason"]) == {"dates_another_fact"}


def test_a_kanji_before_a_one_character_era_makes_it_no_era() -> None:
    facts = facts_in_text("補助は最大3割で、対象は12社。")
    assert sorted((f.value, f.unit) for f in facts) == [(12.0, "count"), (30.0, "percent")]
