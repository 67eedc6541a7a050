"""Touch one document in a corpus of 200: the refresh extracts that partition only, and takes
under 10% of a full refresh, measured in the same run.

    .venv/bin/python -m benchmarks.refresh_incremental [--docs 200]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic import make_corpus
from pipelines.orchestration.runner import run_assets
from pipelines.plumbing.settings import Paths


def timed(paths: Paths, force: bool = False) -> tuple[float, list[str]]:
    start = time.perf_counter()
    run = run_assets(paths, publish=False, force=force, log_level="ERROR")
    took = time.perf_counter() - start
    steps = {
        e.step_key: e.event_specific_data.duration_ms / 1000  # type: ignore[union-attr]
        for e in (run.result.all_events if run.result else [])
        if e.event_type_value == "STEP_SUCCESS" and e.step_key
    }
    print("    steps: " + ", ".join(f"{k} {v:.2f} s" for k, v in steps.items()))
    return took, run.extracted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5, help="documents touched, one at a time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jris-refresh-") as tmp:
        raw = make_corpus(Path(tmp), args.docs, mean_chars=None)  # each a whole source, varied
        paths = Paths(raw, Path(tmp) / "warehouse")
        mb = sum(p.stat().st_size for p in raw.glob("*.txt")) / 1e6
        print(f"corpus: {args.docs} documents, {mb:.1f} MB")
        cold, first = timed(paths)
        print(f"first refresh (empty warehouse):  {cold:7.2f} s, {len(first)} extracted")
        full, all_docs = timed(paths, force=True)
        print(f"full refresh (every partition):   {full:7.2f} s, {len(all_docs)} extracted")
        touched_times: list[float] = []
        synthetic = sorted(raw.glob("synthetic-*.txt"))
        for i in range(args.repeat):
            target = synthetic[(i + 1) * len(synthetic) // (args.repeat + 1)]
            target.write_text(
                target.read_text(encoding="utf-8")
                + f"\nIn 2025 the region added {17 + i} members.\n",
                encoding="utf-8",
            )
            touched, one = timed(paths)
            touched_times.append(touched)
            print(f"refresh after touching {target.name}: {touched:7.2f} s, extracted {one}")
            assert one == [target.stem], one
        idle, none = timed(paths)
        print(f"refresh with nothing changed:     {idle:7.2f} s, {len(none)} extracted")
        median = statistics.median(touched_times)
        print(f"touched (median of {args.repeat}) / full = {median / full:.1%} (target < 10%)")


if __name__ == "__main__":
    main()
