"""Markup blanked in place (masking.py), on texts written for these tests: a Markdown link reads
as its words alone, so the parser sees the name it links and not brackets around it."""

from __future__ import annotations

from pipelines.extracted.structure.masking import mask_markup


def test_a_links_brackets_and_target_become_spaces() -> None:
    text = "We met the [Baltic Wood Network](https://example.org/bwn_(2020)), which unites mills."
    got = mask_markup(text)
    assert len(got) == len(text)
    assert " ".join(got.split()) == "We met the Baltic Wood Network , which unites mills."


def test_brackets_that_are_no_link_stay() -> None:
    text = "As noted before [3], the scheme (see above) ran [twice]."
    assert mask_markup(text) == text
