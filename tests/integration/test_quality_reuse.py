"""A release takes a table's quality results from the release before when nothing the table's
checks read has changed (pipelines/release/quality_inputs.py), and measures again every table
whose rows, pointed-to keys or source texts did."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipelines.release import quality
from pipelines.release.quality import run_quality


def _data(released: Any, tmp_path: Path) -> Path:
    paths, _ = released
    data = tmp_path / "data"
    shutil.copytree(paths.releases_dir / "latest" / "data", data)
    return data


def test_unchanged_tables_take_the_results_before_byte_for_byte(
    released: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _data(released, tmp_path)
    first = run_quality(data, tmp_path / "first")

    def no_gx() -> None:
        raise AssertionError("a table was validated again")

    monkeypatch.setattr(quality, "_gx_source", no_gx)
    again = run_quality(data, tmp_path / "again", previous=tmp_path / "first")
    assert again == first
    for name in ("summary.json", "index.html"):
        assert (tmp_path / "again" / name).read_bytes() == (tmp_path / "first" / name).read_bytes()


def test_a_table_whose_text_changed_is_measured_again(released: Any, tmp_path: Path) -> None:
    data = _data(released, tmp_path)
    run_quality(data, tmp_path / "first")
    texts = data / "document_texts.parquet"
    con = duckdb.connect()
    doc = con.execute(
        f"SELECT min(doc_id) FROM read_parquet('{data / 'facts.parquet'}')"
    ).fetchone()
    assert doc is not None
    # the digits of one document's text change under its facts' quotes: their slices no longer
    # match, though the facts table itself is the same bytes
    con.execute(
        f"COPY (SELECT * REPLACE (CASE WHEN doc_id = '{doc[0]}' "
        "THEN translate(text, '0123456789', '1234567890') ELSE text END AS text) "
        f"FROM read_parquet('{texts}')) TO '{tmp_path / 't.parquet'}'"
    )
    con.close()
    shutil.move(tmp_path / "t.parquet", texts)
    again = run_quality(data, tmp_path / "again", previous=tmp_path / "first")
    equal = {(r.table, r.expectation): r for r in again}[
        ("facts", "expect_column_pair_values_to_be_equal")
    ]
    assert not equal.success and equal.unexpected_count
