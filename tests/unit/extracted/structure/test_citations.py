"""Reference lists and footnotes parsed into their fields, on the corpus's two styles."""

from __future__ import annotations

import pandas as pd
import pytest

from pipelines.extracted.structure.citations import parse_citation
from tests.corpus_once import extract


@pytest.fixture(scope="module")
def citations() -> pd.DataFrame:
    return pd.concat(
        [
            extract(f"raw/{d}.txt").citations
            for d in (
                "brucksch-medtech-partnerships",
                "edgington-2008-japanese-innovation-system",
                "eccp-2018-eu-japan-cluster-cooperation",
            )
        ]
    )


def row(citations: pd.DataFrame, text: str) -> pd.Series:
    hits = citations[citations["text"].str.contains(text, regex=False, na=False)]
    assert len(hits) >= 1, text
    return hits.iloc[0]


def test_author_year_entry_with_doi(citations: pd.DataFrame) -> None:
    c = row(citations, "Knowledge Clusters and the Revitalization")
    assert (c["kind"], c["authors"], c["year"], c["volume"], c["pages"], c["doi"]) == (
        "reference",
        "Collins, Stevens, W.",
        "2008",
        "26(1)",
        "111-122",
        "10.1080/08109020701846066",
    )
    assert c["doc_id"] == "brucksch-medtech-partnerships"


def test_note_style_entry(citations: pd.DataFrame) -> None:
    c = row(citations, "From Einstein to Shirakawa")
    assert (c["authors"], c["year"], c["title"], c["venue"], c["volume"], c["pages"]) == (
        "M. Low",
        "2001",
        "From Einstein to Shirakawa: the Nobel Prize in Japan",
        "Minerva",
        "39",
        "445–60",
    )


def test_footnote_with_url_and_date_of_access(citations: pd.DataFrame) -> None:
    c = row(citations, "Toyama Pharmaceutical Association, http")
    assert (c["kind"], c["url"], c["accessed"], c["year"]) == (
        "footnote",
        "http://www.toyama-kusuri.jp/en/international/",
        "21/11/2017",
        None,
    )
    assert c["volume"] is None


def test_web_reference_with_no_date_year() -> None:
    c = parse_citation(
        "- METI (n.y.), Industrial Cluster Policy, http://www.meti.go.jp/x.html (accessed: 25.10.2017)"
    )
    assert (c.authors, c.year, c.title, c.url, c.accessed) == (
        "METI",
        "n.y.",
        "Industrial Cluster Policy",
        "http://www.meti.go.jp/x.html",
        "25.10.2017",
    )
