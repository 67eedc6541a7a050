"""`jris release` on unchanged inputs answers without running the graph, and runs it again as
soon as anything a release is built from changes: a document, a curation file, the warehouse
file, the latest release's files. (A changed document, and a warehouse edited outside jris,
are released or healed in test_release_end_to_end and test_hostile_input.)"""

from __future__ import annotations

import subprocess
from pathlib import Path

import dagster as dg

from tests.integration import hostile
from tests.integration.hostile import assert_one_line_error

UNCHANGED = "data unchanged since release 1.0.0; nothing published"
OWN_INSTANCE = {"DAGSTER_HOME": ""}  # the warehouse's own, warehouse/dagster/


def release(raw: Path, wh: Path) -> subprocess.CompletedProcess[str]:
    return hostile.release(raw, wh, env=OWN_INSTANCE)


def runs(wh: Path) -> int:
    if not (wh / "dagster" / "dagster.yaml").exists():
        return 0
    with dg.DagsterInstance.from_config(str(wh / "dagster")) as instance:
        return len(instance.get_run_records())


def test_unchanged_inputs_answer_without_a_run(copy) -> None:
    raw, wh = copy  # a copy of a published warehouse, its stamp and file times included
    assert (wh / ".release-inputs.json").is_file()
    again = release(raw, wh)
    assert again.returncode == 0 and UNCHANGED in again.stdout, again.stderr
    assert runs(wh) == 0


def test_a_curation_edit_runs_the_graph(copy) -> None:
    raw, wh = copy
    before = runs(wh)
    entities = raw / "curation" / "entities.yaml"
    entities.write_text(entities.read_text(encoding="utf-8") + "\n# reviewed\n", "utf-8")
    again = release(raw, wh)
    assert again.returncode == 0 and UNCHANGED in again.stdout, again.stderr
    assert runs(wh) == before + 1
    third = release(raw, wh)
    assert UNCHANGED in third.stdout and runs(wh) == before + 1  # stamped again


def test_a_tampered_latest_release_is_not_answered_from_the_stamp(copy) -> None:
    raw, wh = copy
    card = wh / "releases" / "1.0.0" / "README.md"
    card.chmod(0o644)
    card.write_text(card.read_text(encoding="utf-8") + "\nedited\n", "utf-8")
    again = release(raw, wh)
    assert_one_line_error(again, "release 1.0.0 no longer matches its SHA256SUMS", "README.md")
