from pathlib import Path

import pandas as pd
import pytest

from pipelines.curated.prefectures import build_prefectures
from pipelines.plumbing.errors import ContractError
from schemas import CONTRACTS

REFERENCE = Path(__file__).resolve().parents[3] / "raw" / "reference"


def test_contract_violation_names_table_column_row_and_value() -> None:
    df = build_prefectures(REFERENCE)
    df.loc[2, "region"] = "Atlantis"
    with pytest.raises(ContractError) as info:
        CONTRACTS["prefectures"].validate(df)
    message = str(info.value)
    assert "table 'prefectures'" in message
    assert "column region, row 2 (JP-03): value 'Atlantis'" in message


def test_missing_and_extra_columns_are_refused() -> None:
    df = build_prefectures(REFERENCE).drop(columns=["name_ja"]).assign(extra=1)
    with pytest.raises(ContractError, match="name_ja"):
        CONTRACTS["prefectures"].validate(df)


def test_every_table_and_column_has_a_description() -> None:
    for name, contract in CONTRACTS.items():
        assert contract.description, name
        for col in contract.columns:
            assert col.description, f"{name}.{col.name}"


def test_documents_contract_rejects_a_bad_hash() -> None:
    row = {
        "doc_id": "a",
        "title": None,
        "authors": [[]],
        "publisher": None,
        "year": pd.array([None], dtype="Int64"),
        "kind": None,
        "language": None,
        "source_url": None,
        "licence_note": None,
        "metadata_source": "registry",
        "file_name": "a.txt",
        "sha256": "nothex",
        "n_bytes": pd.array([1], dtype="Int64"),
        "n_chars": pd.array([1], dtype="Int64"),
        "encoding_detected": "utf-8",
    }
    with pytest.raises(ContractError, match=r"column sha256, row 0 \(a\): value 'nothex'"):
        CONTRACTS["documents"].validate(pd.DataFrame(row))


def test_markup_and_dash_strings_are_refused_in_text_columns() -> None:
    df = build_prefectures(REFERENCE)
    df.loc[0, "source"] = "<b>ISO</b> 3166-2"
    df.loc[1, "source"] = "—"
    message = ""
    with pytest.raises(ContractError) as info:
        CONTRACTS["prefectures"].validate(df)
    message = str(info.value)
    assert (
        "row 0 (JP-01): value '<b>ISO</b> 3166-2' fails text must be free of HTML/Markdown markup"
        in message
    )
    assert "row 1 (JP-02): value '—' fails missing values must be null" in message
