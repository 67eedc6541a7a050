"""What a Japanese count measures when it is one item of a total its sentence opens with: a
topic said to be a total of things (支援対象は計300事業で、…) is the count its items break down,
so 福祉が80件 is that count for one item (支援対象事業数（福祉）), not a count of 福祉. Sentences
written for these tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_SENTENCES = [
    "支援対象は計300事業で、分野別では福祉が最多の80件だった。",
    "補助対象は計40団体で、内訳は企業が25件、大学が15件だった。",
]


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures("\n\n".join(_SENTENCES))


@pytest.mark.parametrize(
    ("quote", "measure"),
    [
        ("80件", "支援対象事業数（福祉）"),
        ("25件", "補助対象団体数（企業）"),
        ("15件", "補助対象団体数（大学）"),
    ],
)
def test_japanese_item_of_a_total_is_that_total_for_the_item(
    measures: dict[str, str | None], quote: str, measure: str
) -> None:
    got = next((m for q, m in measures.items() if q.startswith(quote)), "<no fact>")
    assert got == measure
