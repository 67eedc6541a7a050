"""What a Japanese count measures when it is the predicate of a subject that names no number
(対象は…大学等1,085機関): the nouns compounded right before the number, of the subject; a subject
that names a number (事業所数は…) is kept. Sentences written for these tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_SENTENCES = [
    "対象は県内の高専等42機関。",
    "事業所数は120事業所となった。",
]


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures("\n\n".join(_SENTENCES))


@pytest.mark.parametrize(
    ("quote", "measure"),
    [
        ("42機関", "対象の高専等数"),
        ("120事業所", "事業所数"),  # the subject names the number: as before
    ],
)
def test_subject_counts(measures: dict[str, str | None], quote: str, measure: str) -> None:
    assert measures[quote] == measure
