"""Bounded work: one document of 10 KB … 15 MB added to the bundled corpus, through the whole
`jris release`, in three shapes that used to cost far more than their bytes, in a fresh
process and warehouse each.

    .venv/bin/python -m benchmarks.bounded_work                    # 10 KB, 100 KB, 1, 5, 15 MB
    .venv/bin/python -m benchmarks.bounded_work --sizes 10 1000    # sizes in KB

Shapes: `one-line` (a single line with no sentence punctuation), `prose` (ordinary paragraphs)
and `wide-table` (an HTML table three rows deep and as wide as the size makes it). Prints, per
shape and size, the seconds and peak RSS of the run (the process and its children), and the
seconds and MB per MB of input above the fixed cost of the smallest run: flat means linear.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
JRIS = str(Path(sys.executable).parent / "jris")
WORDS = "the regional cluster network of 45 firms met again with 12 universities and "
PROSE = (
    "In 2008 the cluster counted 45 member firms and 12 universities. Its budget was "
    "¥ 1.2 bn. in FY 2009, about 3.5% of the prefecture's R&D spending.\n\n"
)


def make_document(shape: str, n_bytes: int) -> tuple[str, str]:
    """(file name, text) of about n_bytes."""
    if shape == "one-line":
        return "one-line.txt", (WORDS * (n_bytes // len(WORDS) + 1))[:n_bytes]
    if shape == "prose":
        return "prose.txt", "# Prose\n\n" + PROSE * (n_bytes // len(PROSE) + 1)
    cols = max(2, n_bytes // 64)  # a header and three rows of about 16 bytes a cell
    head = "".join(f"<th>c{c}</th>" for c in range(cols))
    rows = "".join(
        "<tr>" + "".join(f"<td>{r * c}</td>" for c in range(cols)) + "</tr>" for r in range(3)
    )
    return (
        "wide.html",
        f"<html><body><h1>Wide</h1><table><tr>{head}</tr>{rows}</table></body></html>",
    )


PROBE = (
    "import json, resource, subprocess, sys, time; t = time.perf_counter(); "
    "p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
    "print(json.dumps([time.perf_counter() - t, "
    "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode, p.stderr[-500:]]))"
)


@dataclass(frozen=True)
class Run:
    mb: float
    seconds: float
    peak_mb: float


def run_one(shape: str, kb: int, root: Path) -> Run:
    raw, wh = root / "raw", root / "wh"
    shutil.copytree(REPO / "raw", raw)  # the bundled corpus beside it: its cost is the fixed part
    name, text = make_document(shape, kb * 1024)
    (raw / name).write_text(text, encoding="utf-8")
    mb = len(text.encode()) / 1048576
    out = subprocess.run(
        [sys.executable, "-c", PROBE, JRIS, "release", "--raw-dir", str(raw),
         "--warehouse-dir", str(wh), "--quiet"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    seconds, rss_kb, rc, stderr = json.loads(out.stdout)
    if rc != 0:
        raise SystemExit(f"{shape} {kb} KB: jris release failed: {stderr}")
    return Run(mb, seconds, rss_kb / 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", type=int, nargs="*", default=[10, 100, 1024, 5 * 1024, 15 * 1024]
    )
    parser.add_argument("--shapes", nargs="*", default=["one-line", "prose", "wide-table"])
    args = parser.parse_args()
    print(f"{'shape':<11}{'size':>9}{'seconds':>9}{'peak MB':>9}{'s/MB*':>8}{'MB/MB*':>8}")
    started = time.perf_counter()
    for shape in args.shapes:
        base: Run | None = None
        for kb in args.sizes:
            with tempfile.TemporaryDirectory(prefix="jris-bounded-") as tmp:
                r = run_one(shape, kb, Path(tmp))
            base = base or r
            extra = r.mb - base.mb
            per_s = (r.seconds - base.seconds) / extra if extra else 0.0
            per_m = (r.peak_mb - base.peak_mb) / extra if extra else 0.0
            size = f"{kb} KB" if kb < 1024 else f"{kb // 1024} MB"
            print(f"{shape:<11}{size:>9}{r.seconds:>9.1f}{r.peak_mb:>9.0f}{per_s:>8.2f}{per_m:>8.0f}",
                  flush=True)  # fmt: skip
    print(f"* per MB of input above the smallest run; {time.perf_counter() - started:.0f} s in all")


if __name__ == "__main__":
    main()
