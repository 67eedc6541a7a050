"""What each of the three process tricks saves on the commands a user runs (issue 36): whole
`jris` processes on the bundled corpus, each trick switched off in turn.

The tricks: the collector paused and frozen while Dagster and pandas load
(`plumbing/import_gc.py`), pandera's unused integrations marked absent
(`plumbing/unused_imports.py`), the interpreter's teardown skipped (`plumbing/quick_exit.py`).
A trick is switched off by replacing its function with a no-op before the command line loads,
in the same interpreter and environment. Commands: `jris sql` (a count), `jris refresh` after
one document changed, and `jris release` after one document changed. Rounds alternate the
variants so a shared machine's drift falls on all of them; the figures are medians of wall
time and of CPU time (user + system, children included).

    .venv/bin/python -m benchmarks.process_tricks [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OFF = {
    "all on": "",
    "no import_gc": "import contextlib, pipelines.plumbing.import_gc as m; "
    "m.collector_paused = contextlib.nullcontext\n",
    "no unused_imports": "import pipelines.plumbing.unused_imports as m; "
    "m.mark_unused_absent = lambda: None\n",
    "no quick_exit": "import pipelines.plumbing.quick_exit as m; m.exit_now = lambda code: None\n",
}
LAUNCH = "import sys\n{off}from pipelines.cli.main import main\nsys.argv[0] = 'jris'\nmain()\n"


def timed(variant: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one `jris` process with `variant`'s trick off."""
    code = LAUNCH.format(off=OFF[variant])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=3600)  # fmt: skip
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{variant}: jris {' '.join(args)} failed: {done.stderr.strip()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def touch_one(raw: Path, round_no: int) -> None:
    """Change one document (a line appended), as an author's edit would."""
    doc = sorted(raw.glob("*.txt"))[0]
    with doc.open("a", encoding="utf-8") as f:
        f.write(f"\nA note added in round {round_no}.\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jris-tricks-") as tmp:
        raw, wh = Path(tmp) / "raw", Path(tmp) / "warehouse"
        shutil.copytree(REPO / "raw", raw)
        env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
        env |= {"JRIS_RAW_DIR": str(raw), "JRIS_WAREHOUSE_DIR": str(wh)}
        timed("all on", ["release", "--quiet"], env)  # the warehouse and a first release
        results: dict[tuple[str, str], list[tuple[float, float]]] = {}
        step = 0
        for r in range(args.rounds):
            for variant in OFF:
                step += 1
                results.setdefault(("sql", variant), []).append(
                    timed(variant, ["sql", "SELECT count(*) FROM facts"], env))  # fmt: skip
                touch_one(raw, step)
                results.setdefault(("refresh", variant), []).append(
                    timed(variant, ["refresh", "--quiet"], env))  # fmt: skip
                touch_one(raw, step * 1000)
                results.setdefault(("release", variant), []).append(
                    timed(variant, ["release", "--quiet"], env))  # fmt: skip
            print(f"round {r + 1} of {args.rounds} done", file=sys.stderr)
        print(f"{'command':8} {'variant':18} {'wall s':>7} {'cpu s':>7} {'saves (wall)':>13} "
              f"{'saves (cpu)':>12}")  # fmt: skip
        for command in ("sql", "refresh", "release"):
            base = statistics.median(w for w, _ in results[(command, "all on")])
            base_cpu = statistics.median(c for _, c in results[(command, "all on")])
            for variant in OFF:
                wall = statistics.median(w for w, _ in results[(command, variant)])
                cpu = statistics.median(c for _, c in results[(command, variant)])
                saves = "" if variant == "all on" else f"{(wall - base) / wall:+.1%}"
                saves_cpu = "" if variant == "all on" else f"{(cpu - base_cpu) / cpu:+.1%}"
                print(f"{command:8} {variant:18} {wall:7.2f} {cpu:7.2f} {saves:>13} "
                      f"{saves_cpu:>12}")  # fmt: skip


if __name__ == "__main__":
    main()
