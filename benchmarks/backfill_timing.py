"""A backfill of the documents' partitions on the team instance (deploy/dagster.yaml: PostgreSQL,
the queue, the daemon), split into runs of JRIS_PARTITIONS_PER_RUN documents that run side by
side, against the same backfill as one run (issue 19). Each case gets a new PostgreSQL
cluster, instance and warehouse; the wall time runs from the launch to the end of its last run.

    .venv/bin/python -m benchmarks.backfill_timing [--docs 200] [--per-run 50]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic import make_corpus
from tests.dagster_services import BACKFILL_TAG, team_services, wait_for_runs
from tests.postgres_server import postgres


def backfill(raw: Path, work: Path, per_run: int, workers: int) -> tuple[float, float, int, float]:
    """Seconds from the launch to the last run's end (the daemon starts after the launch, so
    its start-up is in), seconds from the first run's start to the last one's end, how many
    runs, and the longest run's seconds."""
    keys = sorted(p.stem for p in raw.glob("*.txt"))
    with postgres() as pg:
        env = {
            **pg.env(),
            "JRIS_RAW_DIR": str(raw),
            "JRIS_WAREHOUSE_DIR": str(work / "warehouse"),
            "JRIS_PARTITIONS_PER_RUN": str(per_run),
            "JRIS_MAX_CONCURRENT_RUNS": "8",
            "JRIS_WORKERS": str(workers),
        }
        with (
            team_services(work / "home", env, work / "services") as services,
            services.instance() as instance,
        ):
            started = time.time()
            backfill_id = services.backfill_documents(instance, keys)
            n = -(-len(keys) // per_run) if per_run else 1
            runs = wait_for_runs(instance, {BACKFILL_TAG: backfill_id}, n, timeout=3600)
    failed = [r.run_id for r in runs if r.status != "SUCCESS"]
    if failed:
        raise SystemExit(f"backfill runs failed: {failed} (logs in {work / 'services'})")
    end = max(r.end for r in runs)
    span = end - min(r.start for r in runs)
    return end - started, span, len(runs), max(r.end - r.start for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--per-run", type=int, default=50)
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="jris-backfill-") as tmp:
        raw = make_corpus(Path(tmp), args.docs)
        print(f"corpus: {args.docs} documents; {cores} cores")
        cases = [
            (f"{-(-args.docs // args.per_run)} runs of {args.per_run}, one process each",
             args.per_run, 1),
            (f"one run of {args.docs}, {cores} extraction processes", 0, 0),
        ]  # fmt: skip
        for i, (name, per_run, workers) in enumerate(cases):
            wall, span, n, longest = backfill(raw, Path(tmp) / f"case{i}", per_run, workers)
            print(
                f"backfill as {name}: {wall:6.1f} s from launch to the last run's end, "
                f"{span:5.1f} s from the first run's start ({n} runs, longest {longest:.1f} s)"
            )


if __name__ == "__main__":
    main()
