from pathlib import Path

import pytest

from pipelines.plumbing.errors import RegistryError
from pipelines.raw.registry import doc_id_from_filename, infer_title, read_corpus


def test_the_bundled_corpus_is_five_registered_utf8_documents() -> None:
    raw = Path(__file__).resolve().parents[3] / "raw"
    corpus = read_corpus(raw, raw / "registry.yaml")
    assert [d.doc_id for d in corpus.documents] == [
        "brucksch-medtech-partnerships",
        "eccp-2018-eu-japan-cluster-cooperation",
        "edgington-2008-japanese-innovation-system",
        "fukushima-tohoku-innovation-policy",
        "hosoya-2008-industrial-cluster-program",
    ]
    assert {d.metadata_source for d in corpus.documents} == {"registry"}
    assert corpus.quarantined == [] and corpus.warnings == []
    edgington = next(d for d in corpus.documents if d.doc_id.startswith("edgington"))
    assert edgington.metadata["authors"] == ["David W. Edgington"]
    assert edgington.metadata["year"] == 2008 and edgington.metadata["kind"] == "article"


def test_unregistered_file_flows_with_inferred_metadata_and_a_warning(raw_copy: Path) -> None:
    (raw_copy / "Regional Clusters 2010.md").write_text(
        "Some preface\n\n## **Kyushu** Silicon Island report\n\nText.\n", encoding="utf-8"
    )
    corpus = read_corpus(raw_copy, raw_copy / "registry.yaml")
    doc = next(d for d in corpus.documents if d.doc_id == "regional-clusters-2010")
    assert doc.metadata_source == "inferred"
    assert doc.metadata["title"] == "Kyushu Silicon Island report"
    assert len(corpus.documents) == 6
    assert any("Regional Clusters 2010.md" in w and "no entry" in w for w in corpus.warnings)


def test_registry_syntax_error_names_the_file(raw_copy: Path) -> None:
    (raw_copy / "registry.yaml").write_text("documents:\n  a: [unclosed\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"registry\.yaml, line \d+: not valid YAML"):
        read_corpus(raw_copy, raw_copy / "registry.yaml")


def test_registry_unknown_field_is_named(raw_copy: Path) -> None:
    (raw_copy / "registry.yaml").write_text(
        "documents:\n  x:\n    file: x.txt\n    titel: typo\n", encoding="utf-8"
    )
    with pytest.raises(RegistryError, match=r"entry 'x': unknown field\(s\) \['titel'\]"):
        read_corpus(raw_copy, raw_copy / "registry.yaml")


def test_entry_for_missing_file_is_quarantined_and_others_flow(raw_copy: Path) -> None:
    reg = raw_copy / "registry.yaml"
    reg.write_text(
        reg.read_text(encoding="utf-8") + "  ghost:\n    file: ghost.txt\n", encoding="utf-8"
    )
    corpus = read_corpus(raw_copy, reg)
    assert len(corpus.documents) == 5
    assert [(q.doc_id, q.file) for q in corpus.quarantined] == [("ghost", "ghost.txt")]
    assert "ghost.txt" in corpus.quarantined[0].reason and "missing" in corpus.quarantined[0].reason


def test_two_files_claiming_one_doc_id_quarantine_the_second(raw_copy: Path) -> None:
    (raw_copy / "Notes.txt").write_text("# A\n", encoding="utf-8")
    (raw_copy / "notes.md").write_text("# B\n", encoding="utf-8")
    corpus = read_corpus(raw_copy, raw_copy / "registry.yaml")
    assert [q.file for q in corpus.quarantined] == ["notes.md"]
    assert "claimed by Notes.txt" in corpus.quarantined[0].reason


def test_symlink_outside_raw_is_refused(raw_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("# secret\n", encoding="utf-8")
    (raw_copy / "link.txt").symlink_to(outside)
    corpus = read_corpus(raw_copy, raw_copy / "registry.yaml")
    assert [q.file for q in corpus.quarantined] == ["link.txt"]
    assert "outside raw/" in corpus.quarantined[0].reason


def test_doc_ids_from_file_names_are_path_safe() -> None:
    assert doc_id_from_filename("Regional Clusters 2010.md") == "regional-clusters-2010"
    assert doc_id_from_filename("岩手 報告書.txt") == "岩手-報告書"
    assert doc_id_from_filename("../../etc.txt") == "etc"


def test_title_falls_back_to_first_line() -> None:
    assert infer_title("\n\n  **Bold** first line\nsecond") == "Bold first line"
