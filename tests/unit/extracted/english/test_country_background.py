"""Japan named near an English number it is not attached to is the country holding the place
the document is about, not the number's place; Japan's own numbers (`Japan's exports of`)
stay Japan's by the parse. A document written for these tests, extracted once."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.scoring import read_fixture
from pipelines.extracted.frames import extract_frames

TEXT = """Biotech park in Sendai

Sendai opened the park in 2004. Sendai firms run most of its labs, and Sendai city owns it.

The park drew 42 visiting scholars last spring, just before Japan hosted a summit.

Japan's exports of $700 billion dwarf the park's sales.
"""


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    path = tmp_path_factory.mktemp("doc") / "sendai-park.txt"
    path.write_text(TEXT, encoding="utf-8")
    return extract_frames([read_fixture(path)]).facts.set_index("quote")


def test_japan_near_but_unattached_leaves_the_number_the_documents(facts: pd.DataFrame) -> None:
    assert facts.at["42", "geography"] == "Sendai"
    assert facts.at["42", "geography_source"] == "document"


def test_japans_own_number_stays_japans(facts: pd.DataFrame) -> None:
    assert facts.at["$700 billion", "geography"] == "JP"
