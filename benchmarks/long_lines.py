"""Long lines of counted numbers: a table flattened to text, a label and then N cells on one
line with no sentence end (`研究者 21件 21件 …`, `researchers 21 21 …`), run through the whole
extraction (both languages' parse routes) at growing N in this process.

    .venv/bin/python -m benchmarks.long_lines                      # N = 100, 200, 500, 1000
    .venv/bin/python -m benchmarks.long_lines --cells 100 400 --shapes ja-counts

Prints, per shape and N, the seconds, the seconds per cell and the facts found: a flat
seconds-per-cell column means the work is linear in the line, a growing one means a walk over
the line for each number. Figures only, no assertions (the machine may be shared).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks.scoring import read_texts
from pipelines.extracted.frames import extract_frames

# a label, then the same cell again and again, space-separated on one line
SHAPES = {
    "ja-counts": ("研究者 ", "21件"),
    "ja-topic": ("研究者数は ", "21件"),
    "en-bare": ("researchers ", "21"),
    "en-counted": ("", "12 firms,"),
}
WARM = {"warm": "県内の研究者は21件である。\nThe region had 12 firms in 2008.\n"}


def make_line(shape: str, cells: int) -> str:
    label, cell = SHAPES[shape]
    return label + " ".join([cell] * cells) + "\n"


def run_one(shape: str, cells: int, folder: Path) -> tuple[float, int]:
    """Seconds to extract the line as a document of its own, and the facts it gave."""
    docs = read_texts(folder, {f"{shape}-{cells}": make_line(shape, cells)})
    started = time.perf_counter()
    facts = extract_frames(docs).facts
    return time.perf_counter() - started, len(facts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cells", type=int, nargs="*", default=[100, 200, 500, 1000])
    parser.add_argument("--shapes", nargs="*", default=list(SHAPES), choices=list(SHAPES))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jris-long-lines-") as tmp:
        extract_frames(read_texts(Path(tmp), WARM))  # load both parsers before any clock
        print(f"{'shape':<12}{'cells':>7}{'seconds':>10}{'ms/cell':>9}{'facts':>7}")
        for shape in args.shapes:
            for n in args.cells:
                seconds, facts = run_one(shape, n, Path(tmp))
                print(f"{shape:<12}{n:>7}{seconds:>10.2f}{1000 * seconds / n:>9.2f}{facts:>7}",
                      flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
