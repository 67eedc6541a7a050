"""Fuzz the generic extractors with generated documents and report crashes and bad spans.

Documents are made from the pieces converted policy documents are made of (headings, bullets,
tabs, pipes, HTML, footnote marks, money, ranges, years, Japanese text) mixed with random
Unicode. Every document must extract without raising, and every row's quote must equal its
slice of the text.

Usage: .venv/bin/python -m benchmarks.fuzz [--n 100000] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import time
import traceback

from pipelines.extracted.document import extract_text
from pipelines.raw.decoding import normalise

PIECES = [
    "\t",
    "\n",
    "\n\n",
    "# ",
    "## ",
    "- ",
    "• ",
    "▶ ",
    "; ",
    "1. ",
    "2.1 ",
    "**",
    "*",
    "<b>",
    "</b>",
    "<p>",
    "</p>",
    "<ul>",
    "<li>",
    "</li>",
    "<table>",
    "<tr>",
    "<th>",
    "<td>",
    "</td>",
    "</tr>",
    "</table>",
    "| ",
    " |",
    "|---|---|\n",
    "&amp;",
    "<sup>3</sup>",
    "¹",
    "Table 1. ",
    "Figure 2. ",
    "FIGURE 3 - ",
    "Source: ",
    "References\n",
    "¥ 1.14 bn.",
    "12.4billion yen",
    "$1.05billion",
    "£200b",
    "18.9% to 33.8%",
    "2.6757 trillion yen",
    "1983",
    "FY 2008",
    "in 2013",
    "as of the end of March 2007",
    "1990 to 2005",
    "10th",
    "24th position",
    "seven",
    "twenty-six",
    "about 300",
    "—",
    "–",
    "(~1995)",
    "Iwate Prefecture",
    "Japan",
    "SP, LIT",
    "岩手県",
    "・",
    "360 yen to the US dollar",
    ".....",
    "\t3\n",
    "(Ito, 1998, p. 231)",
    "+81-92-123-4567",
    "21/11/2017",
    "Kitakami River Basin (Iwate)\t1987\t—\t—\t1\n",
    "Context:\n",
    '<td colspan="2">',
    "<td rowspan='3'>",
    "\r\n",
    "\u3000",
    "\ufeff",
    "e\u0301",
]
ALPHABET = [
    chr(c)
    for c in (
        *range(32, 127),
        *range(0x3040, 0x30FF, 7),
        *range(0x4E00, 0x4F00, 13),
        0x2028,
        0xFFFD,
        0x1F600,
        0x0301,
        0x00A0,
    )
]


def make_document(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 80)):
        if rng.random() < 0.7:
            parts.append(rng.choice(PIECES))
        else:
            parts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 15))))
    return normalise("".join(parts))


def check(text: str) -> str | None:
    rows = extract_text(text)
    for table in ("blocks", "tables", "cells", "facts"):
        for row in rows[table]:
            s, e = row["char_start"], row["char_end"]
            if not (0 <= s <= e <= len(text)) or text[s:e] != row["quote"]:
                return f"bad span in {table}: {row}"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    crashes, bad_spans, chars = 0, 0, 0
    first_failures: list[str] = []
    start = time.perf_counter()
    for k in range(args.n):
        text = make_document(rng)
        chars += len(text)
        try:
            problem = check(text)
        except Exception:  # noqa: BLE001 - a fuzzer counts every crash
            crashes += 1
            problem = traceback.format_exc(limit=3)
        else:
            bad_spans += problem is not None
        if problem and len(first_failures) < 5:
            first_failures.append(f"document {k}: {text!r}\n{problem}")
    seconds = time.perf_counter() - start
    print(f"documents: {args.n} ({chars / 1e6:.1f} M characters), seed {args.seed}")
    print(f"crashes: {crashes}; documents with a bad span: {bad_spans}")
    print(f"time: {seconds:.1f} s ({args.n / seconds:,.0f} documents/s)")
    for f in first_failures:
        print(f)


if __name__ == "__main__":
    main()
