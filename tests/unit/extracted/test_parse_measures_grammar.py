"""English measures read from the grammar of the sentence rather than its wording: a number
joined by a hyphen to a noun counts that noun's parts of the thing it describes. Sentences
written for these tests, parsed once as one document."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures
from pipelines.extracted.english.lead_labels import key_value_measure

_TEXT = (
    "The town council set up a 9-member panel to review the harbour plan. "
    "The ministry has approved a three-stage, regional loan scheme for small farms. "
)


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures(_TEXT)


def test_hyphened_count_counts_parts_of_the_noun_it_describes(
    measures: dict[str, str | None],
) -> None:
    assert measures["9"] == "members of panel"
    assert measures["three-stage"] == "stages of regional loan scheme for small farms"


def test_clause_before_a_colon_is_no_key_of_the_next_pair() -> None:
    line = "• the Three Core Aims are set: trade, training and transport • Budget: 20"
    at = line.index("Three")
    assert key_value_measure(line, at, at + len("Three"), "Core Aims set") == "Core Aims set"
    pairs = "Area: 154  Population: 410,000"
    at = pairs.index("154")
    assert key_value_measure(pairs, at, at + 3, "Population") == "Area"
