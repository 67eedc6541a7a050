"""An access page's travel times written short (`1h 35min`, `approx. 3h`): hours and minutes."""

from __future__ import annotations

from pipelines.extracted.facts import facts_in_text


def test_hours_written_h() -> None:
    text = "By express bus it takes 1h 35min; by ferry, approx. 3h."
    got = [(text[f.start : f.end], f.value, f.unit) for f in facts_in_text(text)]
    assert got == [("1h", 1.0, "hours"), ("35min", 35.0, "minutes"), ("3h", 3.0, "hours")]
