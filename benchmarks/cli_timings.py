"""The commands as a user runs them, whole processes on the warehouse's own Dagster instance
(issue 19): a full `jris release` of an N-document corpus, `jris release` on unchanged data,
and `jris refresh` after one document changed, as a share of the full release. Each figure is
a median (the full release's of `--full-repeat` runs, each into an empty warehouse): on a shared
two-core machine one run of either can be 20 % off.

    .venv/bin/python -m benchmarks.cli_timings [--docs 400] [--repeat 5] [--full-repeat 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic import make_corpus

JRIS = str(Path(sys.executable).parent / "jris")


def run(*args: str | Path) -> float:
    """Wall time of one `jris` process; it must succeed."""
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}  # the warehouse's own
    start = time.perf_counter()
    done = subprocess.run([JRIS, *map(str, args), "--quiet"], capture_output=True, text=True,
                          env=env, timeout=3600)  # fmt: skip
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"jris {' '.join(map(str, args))} failed: {done.stderr.strip()}")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--full-repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jris-cli-") as tmp:
        raw = make_corpus(Path(tmp), args.docs, mean_chars=None)
        wh = Path(tmp) / "warehouse"
        where = ("--raw-dir", raw, "--warehouse-dir", wh)
        fulls = []
        for _ in range(args.full_repeat):
            shutil.rmtree(wh, ignore_errors=True)
            fulls.append(run("release", *where))
        full = statistics.median(fulls)
        print(f"corpus: {args.docs} documents")
        print(f"jris release, empty warehouse (median): {full:7.2f} s  "
              f"({', '.join(f'{t:.1f}' for t in fulls)})")  # fmt: skip
        unchanged = [run("release", *where) for _ in range(args.repeat)]
        print(f"jris release, unchanged data (median): {statistics.median(unchanged):7.2f} s  "
              f"({', '.join(f'{t:.2f}' for t in unchanged)})")  # fmt: skip
        synthetic = sorted(raw.glob("synthetic-*.txt"))
        refreshes = []
        for i in range(args.repeat):
            target = synthetic[(i + 1) * len(synthetic) // (args.repeat + 1)]
            target.write_text(target.read_text(encoding="utf-8")
                              + f"\nIn 2025 the region added {17 + i} members.\n", "utf-8")  # fmt: skip
            refreshes.append(run("refresh", *where))
        one = statistics.median(refreshes)
        print(f"jris refresh, one document changed (median): {one:7.2f} s  "
              f"({', '.join(f'{t:.2f}' for t in refreshes)}) "
              f"= {100 * one / full:.1f} % of the full release (target < 10 %)")  # fmt: skip


if __name__ == "__main__":
    main()
