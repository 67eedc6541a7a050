"""The `jris` command line's start-up: what every command pays before it does anything, and
what the test suite pays for each of its hundreds of `jris` processes.

Two figures, medians over fresh processes: `jris --help` as a whole process (wall and CPU
time, user + system), and the import of `pipelines.cli.main` alone as the interpreter reports
it (-X importtime, the module's cumulative microseconds). Rounds alternate the two so a shared
machine's drift falls on both.

    .venv/bin/python -m benchmarks.cli_startup [--rounds 15]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
JRIS = str(Path(sys.executable).parent / "jris")


def whole_process() -> tuple[float, float]:
    """Wall and CPU seconds of one `jris --help`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([JRIS, "--help"], capture_output=True, check=True, cwd=REPO)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def import_seconds() -> float:
    """Cumulative import time of pipelines.cli.main in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import pipelines.cli.main"],
        capture_output=True, text=True, check=True, cwd=REPO,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )  # fmt: skip
    for line in reversed(done.stderr.splitlines()):
        fields = line.split("|")
        if len(fields) == 3 and fields[2].strip() == "pipelines.cli.main":
            return int(fields[1]) / 1e6
    raise SystemExit("pipelines.cli.main not in the import report")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    walls: list[float] = []
    cpus: list[float] = []
    imports: list[float] = []
    whole_process()  # warm the file cache
    for _ in range(args.rounds):
        wall, cpu = whole_process()
        walls.append(wall)
        cpus.append(cpu)
        imports.append(import_seconds())
    print(f"jris --help, whole process (median of {args.rounds}): "
          f"{statistics.median(walls):.3f} s wall, {statistics.median(cpus):.3f} s CPU")  # fmt: skip
    print(f"import pipelines.cli.main (median): {statistics.median(imports):.3f} s")


if __name__ == "__main__":
    main()
