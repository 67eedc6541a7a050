"""A spelled number as the object of `have` closing its clause counts the noun said before it
(`Kochi Prefecture has six.`), and `such` between a spelled number and its noun leaves it that
noun's count (`one such depot`)."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


def counts(text: str) -> list[tuple[str, float]]:
    return [(text[f.start : f.end], f.value) for f in facts_in_text(text) if f.unit == "count"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Most towns run a clinic; Kochi Prefecture has six.", [("six", 6.0)]),
        ("The north had four, and the south had nine.", [("four", 4.0), ("nine", 9.0)]),
        ("Every valley keeps at least one such depot for winter.", [("one", 1.0)]),
        # `one` alone after `has`, a spelled number before a noun of its own, and one after
        # another verb are read as before
        ("The port has one.", []),
        ("The idea is one such.", []),
    ],
)
def test_an_elided_noun_after_a_spelled_number(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
