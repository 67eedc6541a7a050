"""`second (only) to` a name ranks second; `second to last`, `a second to think` rank nothing."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def read(text: str) -> list[tuple[str, float, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in facts_in_text(text)]


def test_second_to_a_name_is_rank_two() -> None:
    assert read("Its shipments are second only to Aichi.") == [("second", 2.0, "rank")]
    assert read("The port's cargo is second to the Osaka area.") == [("second", 2.0, "rank")]


def test_second_to_a_common_word_is_no_rank() -> None:
    assert read("The second to last stop is here.") == []
