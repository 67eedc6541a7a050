"""Japanese documents dropped into raw/ without registry entries flow into a release with no
code change: language `ja`, facts with exact quotes, places and entity mentions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb

from tests.conftest import REPO
from tests.integration.hostile import release

JA_DOCS = REPO / "tests" / "fixtures" / "documents" / "ja"


def test_japanese_documents_flow_into_a_release(copy: tuple[Path, Path]) -> None:
    raw, wh = copy
    files = sorted(JA_DOCS.iterdir())
    for f in files:
        shutil.copy(f, raw / f.name)
    done = release(raw, wh)
    assert done.returncode == 0, done.stderr
    assert "published release 1.1.0" in done.stdout, done.stdout  # new documents: a minor release
    data = wh / "releases" / "1.1.0" / "data"
    con = duckdb.connect()
    ids = [f.stem for f in files]

    def rows(query: str) -> list[tuple[object, ...]]:
        return con.execute(query.replace("DATA", str(data))).fetchall()

    langs = dict(rows("SELECT doc_id, language FROM 'DATA/documents.parquet'"))
    assert {i: langs[i] for i in ids} == dict.fromkeys(ids, "ja")
    assert langs["hosoya-2008-industrial-cluster-program"] == "en"
    # every Japanese fact quotes its document exactly, by span
    bad = rows(
        "SELECT f.fact_id FROM 'DATA/facts.parquet' f JOIN 'DATA/document_texts.parquet' t "
        "USING (doc_id) WHERE substr(t.text, f.char_start + 1, f.char_end - f.char_start) "
        f"<> f.quote AND f.doc_id IN ({', '.join(repr(i) for i in ids)})"
    )
    assert bad == []
    budget = rows(
        "SELECT value, unit, qualifier, period_start FROM 'DATA/facts.parquet' "
        "WHERE doc_id = 'kokkai_technopolis_answer' AND unit = 'JPY'"
    )
    assert budget == [(15_000_000_000.0, "JPY", "about", 1988)]
    places = rows(
        "SELECT geography FROM 'DATA/facts.parquet' "
        "WHERE doc_id = 'hakusho_cluster_policy' AND quote = '2,800社'"
    )
    assert places == [("Kanto",)]
    # the README's entity join: facts of the passages that name the programme, in both languages
    joined = rows(
        "SELECT DISTINCT f.doc_id FROM 'DATA/entity_mentions.parquet' m "
        "JOIN 'DATA/facts.parquet' f ON f.block_id = m.block_id "
        "WHERE m.entity_id = 'industrial-cluster-program' AND f.unit = 'count'"
    )
    found = {d for (d,) in joined}
    assert {"hakusho_cluster_policy", "hosoya-2008-industrial-cluster-program"} <= found
    manifest = json.loads((wh / "releases" / "1.1.0" / "manifest.json").read_text(encoding="utf-8"))
    assert set(ids) <= {i["doc_id"] for i in manifest["inputs"]}
