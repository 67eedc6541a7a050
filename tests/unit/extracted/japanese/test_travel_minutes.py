"""A travel time within a bound (駅から車で15分以内) is minutes; a fraction's 分 (3分の1以内)
stays a fraction. Sentences written for these tests."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def _facts(text: str) -> list[tuple[str, float | None, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in facts_in_text(text)]


def test_minutes_within_a_bound() -> None:
    assert _facts("工業団地は駅から車で15分以内の場所に置く。") == [("15分以内", 15.0, "minutes")]


def test_a_fractions_bound_is_no_minutes() -> None:
    assert all(unit != "minutes" for _, _, unit in _facts("費用は総額の3分の1以内とする。"))
