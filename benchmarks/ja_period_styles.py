"""Japanese periods on documents written for this check (benchmarks/ja_period_docs/: Diet
records, a history book, a dictionary entry, phases, an evaluation sheet and its table, a press
release, a prefecture page, a Wikipedia article, a grant summary), in
the styles the development corpus's held-back half has and its tune half lacks. The expected
readings (expected.yaml) were written before JRIS ran on them.

Usage: .venv/bin/python -m benchmarks.ja_period_styles [--show]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
import yaml

from benchmarks.scoring import read_fixture
from pipelines.extracted.frames import extract_frames

DOCS = Path(__file__).resolve().parent / "ja_period_docs"


def _period(text: str) -> tuple[int | None, int | None]:
    years = [int(y) for y in text.split("-") if y]
    return (years[0], years[-1]) if years else (None, None)


def _int(v: object) -> int | None:
    return None if v is None or pd.isna(v) else int(v)  # type: ignore[call-overload]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    expected = yaml.safe_load((DOCS / "expected.yaml").read_text(encoding="utf-8"))
    found = unit_ok = period_ok = total = traps = trap_hits = 0
    for name, want in expected.items():
        doc = read_fixture(DOCS / f"{name}.txt")
        facts = extract_frames([doc]).facts
        text = doc.text
        rows = [r for _, r in facts.iterrows()]
        for label in want["facts"]:
            total += 1
            a = text.find(label["quote"])
            b = a + len(label["quote"])
            near = [r for r in rows if r["char_start"] < b and r["char_end"] > a]
            same = [
                r for r in near
                if any(
                    v is not None and not pd.isna(v) and abs(float(v) - float(label["value"])) < 1e-6
                    for v in (r["value"], r["value_low"], r["value_high"])
                )
            ]  # fmt: skip
            if not same:
                if args.show:
                    print(f"  missed {name}: {label['quote']}")
                continue
            found += 1
            r = same[0]
            unit_ok += r["unit"] == label["unit"]
            got = (_int(r["period_start"]), _int(r["period_end"]))
            ok = got == _period(str(label["period"]))
            period_ok += ok
            if args.show and not ok:
                print(f"  period {label['period']!r} <- {got}: {name} {label['quote']}")
        for quote in want.get("traps") or []:
            traps += 1
            a = text.find(quote)
            hit = any(r["char_start"] < a + len(quote) and r["char_end"] > a for r in rows)
            trap_hits += hit
            if args.show and hit:
                print(f"  trap hit {name}: {quote}")
    print(
        f"found {found}/{total}  unit {unit_ok}/{found}  period {period_ok}/{found} "
        f"(of all: {period_ok}/{total})  traps hit {trap_hits}/{traps}"
    )


if __name__ == "__main__":
    main()
