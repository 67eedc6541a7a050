"""Time a full release of raw/ into a scratch warehouse and print seconds per asset and peak RSS.

Usage: .venv/bin/python benchmarks/release_timing.py [--raw-dir raw] [--repeat 3]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

from pipelines.orchestration.runner import run_assets
from pipelines.plumbing.settings import Paths, resolve_paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--raw-dir", default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    raw = resolve_paths(raw_dir=args.raw_dir).raw_dir
    totals: list[float] = []
    per_step: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as wh:
            start = time.perf_counter()
            result = run_assets(Paths(raw, Path(wh))).result
            assert result is not None  # a fresh warehouse always runs the graph
            totals.append(time.perf_counter() - start)
            for event in result.all_events:
                if event.event_type_value == "STEP_SUCCESS" and event.step_key:
                    duration = event.event_specific_data.duration_ms / 1000  # type: ignore[union-attr]
                    per_step.setdefault(event.step_key, []).append(duration)
    n_docs = len(list(raw.glob("*.txt")))
    mb = sum(p.stat().st_size for p in raw.glob("*.txt")) / 1e6
    print(f"corpus: {n_docs} documents, {mb:.2f} MB from {raw}")
    for step, values in sorted(per_step.items()):
        print(f"  {step:<16} {statistics.median(values):8.3f} s (median of {len(values)})")
    median = statistics.median(totals)
    rates = f"{n_docs / median:.1f} documents/s, {mb / median:.2f} MB/s"
    print(f"  {'whole release':<16} {median:8.3f} s  ({rates})")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
