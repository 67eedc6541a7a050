"""`jris refresh` and `jris status` for scripts: JSON out, quiet runs, stale partitions named."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from typer.testing import CliRunner

from pipelines.cli.main import app

runner = CliRunner()


def jris(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout


def test_refresh_and_status_report_what_is_stale_and_what_was_extracted(
    raw_copy: Path, tmp_path: Path
) -> None:
    where = ["--raw-dir", str(raw_copy), "--warehouse-dir", str(tmp_path / "wh")]
    docs = sorted(p.stem for p in raw_copy.glob("*.txt"))

    code, out = jris("status", *where, "--json")
    status = json.loads(out)
    assert code == 0 and status["new"] == docs and status["fresh"] == []
    assert status["last_release"] is None

    code, out = jris("refresh", *where, "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True
    assert report["extracted"] == docs and report["documents"] == 5 and "version" not in report

    changed = raw_copy / "hosoya-2008-industrial-cluster-program.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nBy 2050, 12 clusters.\n", "utf-8")
    (raw_copy / "zz-note.txt").write_text(
        "A note\n\nIn 2021 the city funded 12 projects.\n", "utf-8"
    )
    status = json.loads(jris("status", *where, "--json")[1])
    assert status["changed"] == ["hosoya-2008-industrial-cluster-program"]
    assert status["new"] == ["zz-note"] and len(status["fresh"]) == 4

    code, out = jris("refresh", *where, "--quiet")
    assert code == 0 and out == ""
    status = json.loads(jris("status", *where, "--json")[1])
    assert status["changed"] == status["removed"] == status["new"] == []
    assert len(status["fresh"]) == 6

    (raw_copy / "zz-note.txt").unlink()
    assert json.loads(jris("status", *where, "--json")[1])["removed"] == ["zz-note"]
    report = json.loads(jris("refresh", *where, "--json")[1])
    assert report["removed"] == ["zz-note"] and report["extracted"] == []
    assert json.loads(jris("status", *where, "--json")[1])["removed"] == []

    # a document the curation files cite cannot silently disappear
    (raw_copy / "brucksch-medtech-partnerships.txt").unlink()
    registry = yaml.safe_load((raw_copy / "registry.yaml").read_text(encoding="utf-8"))
    del registry["documents"]["brucksch-medtech-partnerships"]
    (raw_copy / "registry.yaml").write_text(yaml.safe_dump(registry, allow_unicode=True), "utf-8")
    code, out = jris("refresh", *where, "--json")
    assert code == 1
    assert (
        "document 'brucksch-medtech-partnerships' is not in the corpus" in json.loads(out)["error"]
    )

    code, out = jris("status", *where)
    assert code == 0 and "fresh" in out and "last release: none" in out


def test_refresh_json_failure_names_the_problem(tmp_path: Path) -> None:
    code, out = jris(
        "refresh", "--raw-dir", str(tmp_path / "nowhere"), "--warehouse-dir", str(tmp_path / "wh"),
        "--json",
    )  # fmt: skip
    assert code == 2  # refused before any work
    report = json.loads(out)
    assert (
        report["ok"] is False
        and "nowhere" in report["error"]
        and "does not exist" in report["error"]
    )
