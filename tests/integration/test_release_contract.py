"""The release folder as the data contract lays it out, its metadata, quality report and the
README's example queries."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import duckdb
import pytest

from pipelines.plumbing.errors import ReleaseError
from pipelines.plumbing.settings import Paths
from pipelines.release.metadata import EXAMPLE_QUERIES
from pipelines.release.publish import publish
from schemas import CONTRACTS
from tests.integration.hostile import copy_published

REPO = Path(__file__).resolve().parents[2]


def test_release_layout_and_checksums(released) -> None:
    paths, _ = released
    release = paths.releases_dir / "latest"
    for rel in [
        "manifest.json",
        "datapackage.json",
        "CHANGELOG.md",
        "README.md",
        "data_dictionary.md",
        "SHA256SUMS",
        "croissant.json",
        "CITATION.cff",
        ".zenodo.json",
        "quality/index.html",
        "quality/summary.json",
    ]:
        assert (release / rel).is_file(), rel
    sums = dict(
        reversed(line.split("  ")) for line in (release / "SHA256SUMS").read_text().splitlines()
    )
    files = {p.relative_to(release).as_posix() for p in release.rglob("*") if p.is_file()}
    manifest = json.loads((release / "manifest.json").read_text())
    uncovered = {f for f in files if f not in sums and f != "SHA256SUMS"}
    assert uncovered == {"manifest.json", "CITATION.cff"}
    assert set(manifest["not_checksummed"]) == uncovered
    for rel, digest in sums.items():
        assert hashlib.sha256((release / rel).read_bytes()).hexdigest() == digest, rel


def test_datapackage_describes_every_table_and_field(released) -> None:
    paths, _ = released
    package = json.loads((paths.releases_dir / "latest" / "datapackage.json").read_text())
    resources = {r["name"]: r for r in package["resources"]}
    assert set(resources) == set(CONTRACTS)
    for name, contract in CONTRACTS.items():
        r = resources[name]
        assert r["description"] == contract.description and r["path"] == f"data/{name}.parquet"
        fields = {f["name"]: f for f in r["schema"]["fields"]}
        assert list(fields) == contract.column_names
        assert all(f["description"] for f in fields.values()), name
        assert r["schema"]["primaryKey"] == list(contract.primary_key)
    tech = resources["technopolis_sites"]["schema"]
    assert {
        "fields": ["prefecture_code"],
        "reference": {"resource": "prefectures", "fields": ["code"]},
    } in tech["foreignKeys"]
    dictionary = (paths.releases_dir / "latest" / "data_dictionary.md").read_text()
    assert (
        "## `technopolis_sites`" in dictionary and "| `year_approved` | BIGINT | no |" in dictionary
    )


def test_quality_report_passes_on_the_corpus(released) -> None:
    paths, _ = released
    summary = json.loads((paths.releases_dir / "latest" / "quality" / "summary.json").read_text())
    assert summary["failed_critical"] == 0 and summary["expectations"] >= 100
    kinds = {(r["table"], r["expectation"]) for r in summary["results"]}
    assert ("facts", "expect_column_pair_values_to_be_equal") in kinds
    assert ("technopolis_sites", "expect_column_values_to_be_in_set") in kinds
    page = (paths.releases_dir / "latest" / "quality" / "index.html").read_text()
    assert "cdn" not in page.lower() and "<table>" in page


def test_the_card_carries_the_example_queries(released) -> None:
    """The examples' rows are checked in test_readme_queries.py, as `jris sql` returns them."""
    paths, _ = released
    readme = (paths.releases_dir / "latest" / "README.md").read_text()
    assert all(f"### {title}\n\n```sql\n{sql}\n```" in readme for title, sql in EXAMPLE_QUERIES)


def test_warehouse_views_over_the_latest_release(released) -> None:
    paths, _ = released
    con = duckdb.connect(str(paths.duckdb_path), read_only=True)
    assert con.execute("SELECT count(*) FROM release.technopolis_sites").fetchall() == [(6,)]
    con.close()


def test_a_broken_candidate_is_not_published_and_its_report_says_why(
    published: tuple[Path, Path], tmp_path: Path
) -> None:
    paths = Paths(*copy_published(*published, tmp_path))  # the corpus, released as 1.0.0
    con = duckdb.connect(str(paths.duckdb_path))
    con.execute("UPDATE extracted.facts SET quote = 'X' || substr(quote, 2) WHERE quote = '10,700'")
    inputs = json.loads((paths.releases_dir / "1.0.0" / "manifest.json").read_text())["inputs"]
    with pytest.raises(ReleaseError) as info:
        publish(paths, con, inputs, [], version=None)
    con.close()
    message = str(info.value)
    assert "not published" in message and "facts: expect_column_pair_values_to_be_equal" in message
    assert "X0,700" in message
    assert os.readlink(paths.releases_dir / "latest") == "1.0.0"
    assert sorted(p.name for p in paths.releases_dir.iterdir()) == ["1.0.0", "latest"]
    kept = list((paths.warehouse_dir / "candidates").iterdir())
    assert len(kept) == 1
    report = json.loads((kept[0] / "quality" / "summary.json").read_text())
    failed = [r for r in report["results"] if not r["success"]]
    assert [(r["table"], r["expectation"]) for r in failed] == [
        ("facts", "expect_column_pair_values_to_be_equal")
    ]


def test_citation_file_at_the_repo_root() -> None:
    text = (REPO / "CITATION.cff").read_text()
    assert "cff-version: 1.2.0" in text and "type: dataset" in text


def test_frictionless_accepts_the_datapackage(released) -> None:
    import subprocess
    import sys

    paths, _ = released
    frictionless = Path(sys.executable).parent / "frictionless"
    result = subprocess.run(
        [str(frictionless), "validate", "datapackage.json"],
        capture_output=True,
        text=True,
        cwd=paths.releases_dir / "latest",
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "INVALID" not in result.stdout and "VALID" in result.stdout


def test_quality_in_chunks_sees_every_row(released, tmp_path: Path) -> None:
    """The report streams tables a chunk at a time, by rows and by bytes: a bad row in a late
    chunk still fails, and whole-table expectations are measured over the whole table."""
    from pipelines.release.quality import run_quality

    paths, _ = released
    data = tmp_path / "data"
    shutil.copytree(paths.releases_dir / "latest" / "data", data)
    con = duckdb.connect()
    last = con.execute(
        f"SELECT max(fact_id) FROM read_parquet('{data / 'facts.parquet'}')"
    ).fetchall()[0][0]
    con.execute(
        f"COPY (SELECT * REPLACE (CASE WHEN fact_id = '{last}' THEN quote || 'x' ELSE quote END "
        f"AS quote) FROM read_parquet('{data / 'facts.parquet'}')) TO '{tmp_path / 'f.parquet'}'"
    )
    con.close()
    shutil.move(tmp_path / "f.parquet", data / "facts.parquet")
    results = run_quality(data, tmp_path / "quality", chunk_rows=100, chunk_bytes=64 * 1024)
    by_kind = {(r.table, r.expectation): r for r in results}
    # Five whole texts are fewer than 100 rows but more than 64 kB: chunked by size.
    texts = by_kind[("document_texts", "expect_column_values_to_be_unique")]
    assert texts.success and texts.kwargs["measured"] == "in DuckDB over the whole table"
    equal = by_kind[("facts", "expect_column_pair_values_to_be_equal")]
    assert not equal.success and equal.unexpected_count == 1
    count = by_kind[("facts", "expect_table_row_count_to_be_between")]
    assert count.success and count.kwargs["measured"] == "in DuckDB over the whole table"
    unique = by_kind[("facts", "expect_column_values_to_be_unique")]
    assert unique.success and unique.unexpected_count == 0
    fks = [r for r in results if r.table == "facts" and "references" in r.kwargs]
    assert fks and all(r.success for r in fks)


# os._exit after the answer: mlcroissant's reader threads can abort the interpreter's exit
# ("terminate called without an active exception") once the work is done
_CROISSANT_CHECK = """
import json, logging, os, sys
import mlcroissant as mlc
logging.getLogger("absl").setLevel(logging.ERROR)
ds = mlc.Dataset(jsonld=sys.argv[1])  # raises on a validation error
print(json.dumps({"sets": [r.name for r in ds.metadata.record_sets],
                  "prefectures": len(list(ds.records(record_set="prefectures")))}), flush=True)
os._exit(0)
"""


def test_croissant_validates_with_mlcroissant_and_reads_records(released) -> None:
    import subprocess
    import sys

    paths, _ = released
    release = paths.releases_dir / "latest"
    doc = json.loads((release / "croissant.json").read_text())
    # in a process of its own: mlcroissant's absl logging holds on to the streams it found
    done = subprocess.run(
        [sys.executable, "-c", _CROISSANT_CHECK, str(release / "croissant.json")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    checked = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(checked["sets"]) == set(CONTRACTS) and checked["prefectures"] == 47
    sums = dict(
        reversed(line.split("  ", 1)) for line in (release / "SHA256SUMS").read_text().splitlines()
    )
    for f in doc["distribution"]:
        assert f["sha256"] == sums[f["contentUrl"]]
    facts = next(r for r in doc["recordSet"] if r["name"] == "facts")
    assert facts["key"] == [{"@id": "facts/fact_id"}]
    entity = next(f for f in facts["field"] if f["name"] == "entity_id")
    assert entity["references"] == {"field": {"@id": "entities/entity_id"}}


def test_each_release_carries_its_citation_and_deposit_metadata(released) -> None:
    paths, outcome = released
    release = paths.releases_dir / "latest"
    cff = (release / "CITATION.cff").read_text()
    assert f"version: {outcome.version}" in cff and "date-released: 20" in cff
    zenodo = json.loads((release / ".zenodo.json").read_text())
    assert zenodo["upload_type"] == "dataset" and zenodo["version"] == outcome.version
    card = (release / "README.md").read_text()
    assert f"version {outcome.version}" in card
