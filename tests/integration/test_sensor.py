"""The raw_folder sensor registers new, changed and removed documents and asks for exactly the
partitions they need (Dagster's sensor test helpers, on a temporary raw folder)."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg

from pipelines.orchestration.automation import raw_folder_sensor, weekly_full_refresh
from pipelines.orchestration.definitions import defs
from pipelines.orchestration.resources import JrisPaths
from pipelines.orchestration.runner import run_assets
from pipelines.plumbing.settings import Paths
from pipelines.raw.partitions import PARTITIONS_NAME

START = "dagster/asset_partition_range_start"
END = "dagster/asset_partition_range_end"
NEW_DOC = "A new note\n\nThe prefecture funded 12 projects in 2021.\n"


def tick(instance: dg.DagsterInstance, paths: Paths) -> dg.SensorResult:
    with (
        dg.build_sensor_context(
            instance=instance,
            definitions=defs,  # the sensor resolves its selection on the code location's graph
            resources={
                "jris": JrisPaths(
                    raw_dir=str(paths.raw_dir), warehouse_dir=str(paths.warehouse_dir)
                )
            },
        ) as context
    ):  # the resource has a run lifecycle (the warehouse lock), opened as the daemon does
        result = raw_folder_sensor(context)
    assert isinstance(result, dg.SensorResult)
    for req in result.dynamic_partitions_requests or []:  # what the daemon would do
        if isinstance(req, dg.AddDynamicPartitionsRequest):
            instance.add_dynamic_partitions(req.partitions_def_name, list(req.partition_keys))
        else:
            for key in req.partition_keys:
                instance.delete_dynamic_partition(req.partitions_def_name, key)
    return result


def partition_changes(result: dg.SensorResult) -> list[tuple[str, list[str]]]:
    return [
        (type(r).__name__, list(r.partition_keys)) for r in result.dynamic_partitions_requests or []
    ]


def test_sensor_requests_exactly_the_partitions_that_changed(
    raw_copy: Path, tmp_path: Path
) -> None:
    paths = Paths(raw_copy, tmp_path / "wh")
    docs = sorted(p.stem for p in raw_copy.glob("*.txt"))
    instance = dg.DagsterInstance.ephemeral()

    first = tick(instance, paths)  # an empty instance: every document is new
    assert partition_changes(first) == [("AddDynamicPartitionsRequest", docs)]
    (run,) = first.run_requests or []
    assert (run.tags[START], run.tags[END]) == (docs[0], docs[-1])
    assert instance.get_dynamic_partitions(PARTITIONS_NAME) == docs

    run_assets(paths, publish=False)  # the refresh that run asks for
    settled = tick(instance, paths)
    assert settled.run_requests == [] and partition_changes(settled) == []

    (raw_copy / "zz-new-note.txt").write_text(NEW_DOC, encoding="utf-8")
    added = tick(instance, paths)
    assert partition_changes(added) == [("AddDynamicPartitionsRequest", ["zz-new-note"])]
    (run,) = added.run_requests or []
    assert (run.tags[START], run.tags[END]) == ("zz-new-note", "zz-new-note")
    again = tick(instance, paths)  # same change, same run key: the daemon runs it once
    assert [r.run_key for r in again.run_requests or []] == [run.run_key]

    run_assets(paths, publish=False)
    changed_doc = "fukushima-tohoku-innovation-policy"
    with (raw_copy / f"{changed_doc}.txt").open("a", encoding="utf-8") as f:
        f.write("\nIn 2024 the prefecture opened 3 new centres.\n")
    changed = tick(instance, paths)
    assert partition_changes(changed) == []
    (run,) = changed.run_requests or []
    assert (run.tags[START], run.tags[END]) == (changed_doc, changed_doc)

    run_assets(paths, publish=False)
    (raw_copy / "zz-new-note.txt").unlink()
    removed = tick(instance, paths)
    assert partition_changes(removed) == [("DeleteDynamicPartitionsRequest", ["zz-new-note"])]
    (run,) = removed.run_requests or []
    assert START not in run.tags and run.asset_selection
    selected = {k.to_user_string() for k in run.asset_selection}
    assert {"documents", "facts", "warehouse"} <= selected
    assert not selected & {"source_documents", "document_extractions", "release"}


def test_refresh_of_one_changed_document_extracts_that_document_only(
    copy: tuple[Path, Path],
) -> None:
    raw_copy, wh = copy  # the session's release of the corpus: every document extracted
    paths = Paths(raw_copy, wh)
    target = raw_copy / "brucksch-medtech-partnerships.txt"
    target.write_text(
        target.read_text(encoding="utf-8") + "\nIt had 40 members in 2020.\n", "utf-8"
    )
    second = run_assets(paths, publish=False)
    assert second.extracted == ["brucksch-medtech-partnerships"]
    events = second.result.get_asset_materialization_events()
    partitions = {
        e.partition
        for e in events
        if e.asset_key is not None and e.asset_key.to_user_string() == "document_extractions"
    }
    assert partitions == {"brucksch-medtech-partnerships"}
    import duckdb

    con = duckdb.connect(str(paths.duckdb_path), read_only=True)
    facts = con.execute(
        "SELECT value, subject, period_start FROM extracted.facts "
        "WHERE doc_id = 'brucksch-medtech-partnerships' AND quote LIKE '40%'"
    ).fetchall()
    con.close()
    assert facts == [(40.0, "members", 2020)]
    shutil.rmtree(wh / "documents" / "brucksch-medtech-partnerships")
    third = run_assets(paths, publish=False)  # lost rows are extracted again
    assert third.extracted == ["brucksch-medtech-partnerships"]


def test_weekly_schedule_is_stopped_and_refreshes_every_partition() -> None:
    with dg.instance_for_test() as instance:
        check_schedule(instance)


def check_schedule(instance: dg.DagsterInstance) -> None:
    assert weekly_full_refresh.default_status == dg.DefaultScheduleStatus.STOPPED
    assert raw_folder_sensor.default_status == dg.DefaultSensorStatus.STOPPED
    skip = weekly_full_refresh(dg.build_schedule_context(instance=instance))
    assert isinstance(skip, dg.SkipReason)
    instance.add_dynamic_partitions(PARTITIONS_NAME, ["a", "b", "c"])
    req = weekly_full_refresh(dg.build_schedule_context(instance=instance))
    assert isinstance(req, dg.RunRequest)
    assert (req.tags[START], req.tags[END]) == ("a", "c")
    assert req.run_config["ops"]["document_partitions"]["config"]["force"] is True
