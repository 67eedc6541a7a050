"""The commands as a user runs them, whole processes on the warehouse's own Dagster instance
(issue 19): a full `jris release` of an N-document corpus, `jris release` on unchanged data,
and `jris refresh` after one document changed, as a share of the full release.

The figures come in rounds: a full release into an empty warehouse and a release of the same
data into it again, then one document changed and a refresh of a kept warehouse, so each
refresh is set against a full release timed in the same minutes. On a shared two-core machine
the speed drifts by 20 % and more over the minutes a benchmark takes: timing all full releases
first and all refreshes after made the share swing by two points. The share reported is the
median of the rounds' shares.

    .venv/bin/python -m benchmarks.cli_timings [--docs 400] [--rounds 5]
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
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jris-cli-") as tmp:
        raw = make_corpus(Path(tmp), args.docs, mean_chars=None)
        kept, scratch = Path(tmp) / "warehouse", Path(tmp) / "scratch-warehouse"
        synthetic = sorted(raw.glob("synthetic-*.txt"))
        fulls: list[float] = []
        refreshes: list[float] = []
        unchanged: list[float] = []
        for i in range(args.rounds):
            # the first round's full release makes the kept warehouse; the others an empty one
            target = kept if i == 0 else scratch
            shutil.rmtree(scratch, ignore_errors=True)
            fulls.append(run("release", "--raw-dir", raw, "--warehouse-dir", target))
            unchanged.append(run("release", "--raw-dir", raw, "--warehouse-dir", target))
            changed = synthetic[(i + 1) * len(synthetic) // (args.rounds + 1)]
            changed.write_text(changed.read_text(encoding="utf-8")
                               + f"\nIn 2025 the region added {17 + i} members.\n", "utf-8")  # fmt: skip
            refreshes.append(run("refresh", "--raw-dir", raw, "--warehouse-dir", kept))
        shares = [100 * r / f for r, f in zip(refreshes, fulls, strict=True)]
        print(f"corpus: {args.docs} documents, {args.rounds} rounds")
        print(f"jris release, empty warehouse (median): {statistics.median(fulls):7.2f} s  "
              f"({', '.join(f'{t:.1f}' for t in fulls)})")  # fmt: skip
        print(f"jris release, unchanged data (median): {statistics.median(unchanged):7.2f} s  "
              f"({', '.join(f'{t:.2f}' for t in unchanged)}; target < 3 s)")  # fmt: skip
        print(f"jris refresh, one document changed (median): {statistics.median(refreshes):7.2f} s  "
              f"({', '.join(f'{t:.2f}' for t in refreshes)})")  # fmt: skip
        print(f"refresh as a share of its round's full release (median): "
              f"{statistics.median(shares):.1f} %  ({', '.join(f'{s:.1f}' for s in shares)}; "
              "target < 10 %)")  # fmt: skip
        print(f"median refresh over median full release: "
              f"{100 * statistics.median(refreshes) / statistics.median(fulls):.1f} %")  # fmt: skip


if __name__ == "__main__":
    main()
