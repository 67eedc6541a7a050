"""A two-digit year after a full year glossed with its era (1982年(昭和57)…91年に) is of the
full year's century when the era had no such year (昭和 ended in its 64th). Texts written for
these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def _years(text: str) -> dict[str, tuple[float, str, int | None]]:
    return {text[f.start : f.end]: (f.value, f.unit, f.period_start) for f in facts_in_text(text)}


def test_a_year_the_glossed_era_never_had_is_of_the_full_years_century() -> None:
    got = _years("制度は1982年(昭和57)に始まった。91年に12地区が加わった。")
    assert got["12地区"][2] == 1991
    assert "91年" not in got or got["91年"][:2] == (1991.0, "year")  # no duration of 91 years


def test_a_year_the_era_had_stays_the_eras() -> None:
    got = _years("制度は昭和57年に始まった。六十年に12地区が加わった。")
    assert got["12地区"][2] == 1985
