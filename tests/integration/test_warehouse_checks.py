"""The warehouse's blocking checks can fail: a quote that is not its slice of the source text,
and a key that points nowhere, are found and named."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from pipelines.warehouse.load import foreign_key_violations, provenance_mismatches


def _copy(released, tmp_path: Path) -> duckdb.DuckDBPyConnection:
    paths, _ = released
    db = tmp_path / "jris.duckdb"
    shutil.copy(paths.duckdb_database, db)
    return duckdb.connect(str(db))


def test_the_loaded_corpus_passes_both_checks(released, tmp_path: Path) -> None:
    con = _copy(released, tmp_path)
    assert {t: m["mismatches"] for t, m in provenance_mismatches(con).items()} == {
        t: 0 for t in provenance_mismatches(con)
    }
    assert "facts" in provenance_mismatches(con)
    assert foreign_key_violations(con) == {}


def test_a_quote_that_is_not_its_slice_is_found(released, tmp_path: Path) -> None:
    con = _copy(released, tmp_path)
    fact_id, doc_id, start, end = con.execute(
        "SELECT fact_id, doc_id, char_start, char_end FROM extracted.facts ORDER BY fact_id LIMIT 1"
    ).fetchone()
    con.execute("UPDATE extracted.facts SET quote = quote || 'x' WHERE fact_id = ?", [fact_id])
    found = provenance_mismatches(con)["facts"]
    assert found["mismatches"] == 1
    assert found["examples"][0][:3] == [doc_id, start, end]
    # limited to other documents, the same check does not look at that row
    others = con.execute(
        "SELECT list(DISTINCT doc_id) FROM extracted.facts WHERE doc_id <> ?", [doc_id]
    ).fetchone()[0]
    assert provenance_mismatches(con, only={"facts": others})["facts"]["mismatches"] == 0


def test_a_key_that_points_nowhere_is_found(released, tmp_path: Path) -> None:
    con = _copy(released, tmp_path)
    (entity_id,) = con.execute(
        "SELECT entity_id FROM curated.entity_mentions ORDER BY entity_id LIMIT 1"
    ).fetchone()
    con.execute("DELETE FROM reference.entities WHERE entity_id = ?", [entity_id])
    found = foreign_key_violations(con)
    key = next(k for k in found if k.startswith("entity_mentions.entity_id"))
    assert entity_id in found[key]["examples"] and found[key]["violations"] >= 1


def test_a_whole_table_is_promoted_when_its_staged_version_changes(
    released, tmp_path: Path
) -> None:
    from pipelines.warehouse.load import promote_staged
    from pipelines.warehouse.staging import STAGING, set_version

    con = _copy(released, tmp_path)
    layer = con.execute(
        "SELECT schema_name FROM duckdb_tables() WHERE table_name = 'prefectures' "
        "AND schema_name NOT IN ('staging', 'release')"
    ).fetchone()[0]

    def name_en() -> str:
        return con.execute(
            f"SELECT name_en FROM {layer}.prefectures WHERE code = 'JP-01'"
        ).fetchone()[0]

    before = name_en()
    con.execute(f"UPDATE {STAGING}.prefectures SET name_en = 'Changed' WHERE code = 'JP-01'")
    promote_staged(con)
    assert name_en() == before  # same version: the layer already holds it, left alone
    set_version(con, STAGING, "prefectures", "a new build")
    promote_staged(con)
    assert name_en() == "Changed"


def test_a_table_that_failed_its_contract_is_not_kept_as_built(raw_copy, tmp_path: Path) -> None:
    """A rebuilt table is marked as built from its inputs only after it passes its checks, so
    the next run with the same inputs checks it again instead of reporting it as validated."""
    import pytest

    from pipelines.orchestration.runner import run_assets
    from pipelines.plumbing.errors import ContractError
    from pipelines.plumbing.settings import Paths

    regions = raw_copy / "reference" / "japan_regions.yaml"
    good = regions.read_text(encoding="utf-8")
    regions.write_text(good.replace("  Hokkaido: [JP-01]", "  Ezo: [JP-01]"), encoding="utf-8")
    paths = Paths(raw_copy, tmp_path / "wh")
    for _ in range(2):
        with pytest.raises(ContractError, match="prefectures"):
            run_assets(paths, publish=False)
    regions.write_text(good, encoding="utf-8")
    run_assets(paths, publish=False)
    con = duckdb.connect(paths.duckdb_database, read_only=True)
    assert con.execute(
        "SELECT region FROM reference.prefectures WHERE code = 'JP-01'"
    ).fetchone() == ("Hokkaido",)


def test_a_refresh_checks_the_quotes_of_whole_tables_where_they_or_their_text_changed(
    released, tmp_path: Path
) -> None:
    """Tables staged whole (policy_events) are checked where promotion would change a passage
    or the text it points into, and nowhere else: a changed quote is still found."""
    from pipelines.warehouse.load import changed_documents, pending_deltas
    from pipelines.warehouse.staging import LEDGER, STAGING

    con = _copy(released, tmp_path)
    assert changed_documents(con, pending_deltas(con))["policy_events"] == []  # as promoted
    event_id, doc_id = con.execute(
        f"SELECT event_id, doc_id FROM {STAGING}.policy_events ORDER BY event_id LIMIT 1"
    ).fetchone()
    con.execute(
        f"UPDATE {STAGING}.policy_events SET quote = quote || 'x' WHERE event_id = ?", [event_id]
    )
    only = changed_documents(con, pending_deltas(con))
    assert only["policy_events"] == [doc_id]
    found = provenance_mismatches(con, schema=STAGING, only=only)["policy_events"]
    assert found["mismatches"] == 1 and found["examples"][0][0] == doc_id
    # a document whose text is restaged: its passages are checked again, changed or not
    other = con.execute(
        f"SELECT min(doc_id) FROM {STAGING}.policy_events WHERE doc_id <> ?", [doc_id]
    ).fetchone()[0]
    con.execute(
        f"UPDATE {STAGING}.{LEDGER} SET input_key = 'restaged' "
        "WHERE table_name = 'document_texts' AND doc_id = ?",
        [other],
    )
    assert changed_documents(con, pending_deltas(con))["policy_events"] == sorted([doc_id, other])
