"""`half of` a thing is a share (0.5, ratio), not a half of time or of a text."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def read(text: str) -> list[tuple[str, float, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in facts_in_text(text)]


def test_half_of_a_thing_is_a_share() -> None:
    assert read("Nearly half of the member firms are foreign.") == [("half", 0.5, "ratio")]
    assert read("Land here costs half of Osaka's price.") == [("half", 0.5, "ratio")]


def test_a_half_of_time_is_no_share() -> None:
    assert read("Half of the year was spent on planning.") == []
    assert all(f.unit != "ratio" for f in facts_in_text("In the second half of 2019 sales rose."))
