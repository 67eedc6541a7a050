"""Run the asset graph in-process: the same definitions the Dagster UI serves.

Dagster is imported only once a run is to happen: `jris release` on unchanged data answers
from the stamp of its inputs in a fraction of the time Dagster takes to load.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipelines.extracted.store.plan import RefreshPlan, handed_down, plan_refresh
from pipelines.plumbing.errors import JrisError
from pipelines.plumbing.import_gc import collector_paused
from pipelines.plumbing.locks import warehouse_lock
from pipelines.plumbing.settings import Paths
from pipelines.raw.folder_check import input_problem, no_documents
from pipelines.release import unchanged
from pipelines.release.folders import ReleaseOutcome, check_previous_release, unchanged_text

if TYPE_CHECKING:
    import dagster as dg


def _user_error(exc: BaseException) -> JrisError | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, JrisError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


INVOCATION_TAG = "jris/invocation"  # finds this command's run among the instance's


@dataclass
class RunOutcome:
    result: dg.ExecuteInProcessResult | None  # None: inputs unchanged, nothing ran
    plan: RefreshPlan
    extracted: list[str]  # the partitions this run extracted
    warnings: list[str] = field(default_factory=list)  # what the assets warned of, each once
    unchanged: ReleaseOutcome | None = None  # said without a run

    @property
    def release(self) -> Any:
        """The release asset's outcome (a ReleaseOutcome), for runs that published."""
        if self.result is None:
            return self.unchanged
        return self.result.output_for_node("release")


def run_assets(
    paths: Paths,
    publish: bool = True,
    release_config: dict[str, Any] | None = None,
    log_level: str = "WARNING",
    workers: int = 0,
    force: bool = False,
    log_path: Path | None = None,
) -> RunOutcome:
    """Extract the documents that are new or changed, rebuild the corpus tables, load the
    warehouse and (if `publish`) release: the same assets and jobs the Dagster UI runs.
    A JrisError surfaces as itself. With `log_path`, Dagster's console stays silent and the
    run's whole event log is written there instead; the warnings come back in the outcome."""
    run_config: dict[str, Any] = {
        "loggers": {"console": {"config": {"log_level": "CRITICAL" if log_path else log_level}}},
        "ops": {"document_partitions": {"config": {"workers": workers, "force": force}}},
    }
    if release_config and publish:
        run_config["ops"]["release"] = {"config": release_config}
    with warehouse_lock(paths.warehouse_dir):
        plan = plan_refresh(paths)
        _preflight(paths, plan)
        options = {"skip_bad": bool((release_config or {}).get("skip_bad"))}
        fast = publish and not force and not (release_config or {}).get("version")
        if fast and (said := unchanged_release(paths, plan, options)) is not None:
            return RunOutcome(None, plan, [], unchanged=said)
        unchanged.forget(paths)
        _check_curation(paths)
        if publish:  # checked again as it publishes: the run may take a while
            check_previous_release(paths.releases_dir)
        with handed_down(paths, plan):  # the run's assets take this plan, and bring it up to date
            outcome = _execute(paths, plan, publish, run_config, force, log_path)
        if fast:
            after = replace(plan, removed=[])  # the run that succeeded dropped their rows
            unchanged.record(paths, unchanged.inputs_digest(paths, after, options))
        return outcome


def _execute(
    paths: Paths,
    plan: RefreshPlan,
    publish: bool,
    run_config: dict[str, Any],
    force: bool,
    log_path: Path | None,
) -> RunOutcome:
    """The job the UI runs, by its name, in this process, on this warehouse's instance and paths."""
    with collector_paused():
        import dagster as dg

        from pipelines.orchestration.automation import CORPUS_WIDE
        from pipelines.orchestration.definitions import ALL_ASSETS, JOBS
        from pipelines.orchestration.instance import open_instance, sync_partitions
        from pipelines.orchestration.resources import build_resources
        from pipelines.raw.partitions import PARTITIONS_NAME, covering_range, range_tags

    with open_instance(paths) as instance:
        order = sync_partitions(instance, PARTITIONS_NAME, sorted(plan.entries))
        wanted = sorted(order) if force else plan.stale
        covering = covering_range(order, wanted)
        selection: dg.AssetSelection = dg.AssetSelection.all()
        if not publish:
            selection = selection - dg.AssetSelection.groups("release")
        tags: dict[str, str] = {INVOCATION_TAG: uuid.uuid4().hex}
        if covering:
            tags |= range_tags(*covering)
        else:
            selection = CORPUS_WIDE | (
                dg.AssetSelection.groups("release") if publish else CORPUS_WIDE
            )
            del run_config["ops"]["document_partitions"]
        try:
            here = dg.Definitions(assets=ALL_ASSETS, jobs=JOBS, resources=build_resources(paths))
            job = here.resolve_job_def("publish_release" if publish else "refresh")
            result = job.execute_in_process(
                run_config=run_config,
                instance=instance,
                asset_selection=list(selection.resolve(here.resolve_asset_graph())),
                tags=tags,
            )
        except Exception as exc:
            _record(instance, tags[INVOCATION_TAG], log_path)
            user = _user_error(exc)
            if user is not None:
                raise user from None
            raise
        warnings = _record(instance, tags[INVOCATION_TAG], log_path)
        return RunOutcome(result, plan, wanted[:] if covering else [], warnings)


def unchanged_release(
    paths: Paths, plan: RefreshPlan, options: dict[str, Any]
) -> ReleaseOutcome | None:
    """The last release run's outcome again, when nothing it was built from has changed."""
    latest = unchanged.unchanged_since(paths, unchanged.inputs_digest(paths, plan, options))
    if latest is None:
        return None
    return ReleaseOutcome(False, latest, paths.releases_dir / latest, None, unchanged_text(latest))


def _preflight(paths: Paths, plan: RefreshPlan) -> None:
    """What a run cannot do without, said before any asset runs."""
    problem = input_problem(paths)
    if problem is None and not plan.entries and not plan.unclaimed:
        problem = no_documents(paths)
    if problem is not None:
        raise JrisError(problem)


def _check_curation(paths: Paths) -> None:
    """The curated entities file read as the curated step reads it, before any document is
    extracted: a malformed entry costs its one line at once, not after a whole extraction
    (every document's key holds the curation, so an edit re-extracts them all)."""
    from pipelines.curated.entities import load_curation

    load_curation(paths.raw_dir / "curation" / "entities.yaml")


def _record(instance: dg.DagsterInstance, invocation: str, log_path: Path | None) -> list[str]:
    """Write the run's event log to log_path; the warnings and errors the assets logged."""
    import dagster as dg

    from pipelines.orchestration.run_log import append, event_log_text, user_messages

    runs = instance.get_runs(dg.RunsFilter(tags={INVOCATION_TAG: invocation}), limit=1)
    if log_path is None or not runs:
        return []
    entries = instance.all_logs(runs[0].run_id)
    append(log_path, event_log_text(entries))
    return user_messages(entries, logging.WARNING)
