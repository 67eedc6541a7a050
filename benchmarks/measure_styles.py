"""What JRIS says a number measures, English and Japanese, on short documents written in the
styles the development corpus's held-back half is weak on (tests/fixtures/measure_styles.yaml:
Diet answers, lists, chronologies, gazetteers...; each number's measure written down before JRIS
ran). Scored with the corpus's rule (benchmarks.agreement.measure_agrees).

Usage: .venv/bin/python -m benchmarks.measure_styles [--show]
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import yaml

from benchmarks.agreement import measure_agrees
from benchmarks.ja_measures import document, measure_at
from pipelines.extracted.frames import extract_frames

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "measure_styles.yaml"


@dataclass
class Outcome:
    lang: str
    style: str
    quote: str
    label: str
    got: str | None  # None: no fact holds the number

    @property
    def agrees(self) -> bool:
        japanese = self.lang == "ja"
        return self.got is not None and measure_agrees(self.label, self.got, japanese=japanese)


def outcomes(fixture: Path = FIXTURE) -> list[Outcome]:
    """Each labelled number with the measure of the fact that overlaps its quote and holds its
    value (within 0.5%, either end of a range)."""
    items = yaml.safe_load(fixture.read_text(encoding="utf-8"))
    docs = [document(f"measure-style-{i:03d}", x["lang"], x["text"]) for i, x in enumerate(items)]
    facts = extract_frames(docs).facts
    out = []
    for x, doc in zip(items, docs, strict=True):
        for n in x["numbers"]:
            got = measure_at(facts, doc.doc_id, x["text"], n["quote"], float(n["value"]))
            out.append(Outcome(x["lang"], x["style"], n["quote"], n["measure"], got))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every number")
    args = ap.parse_args()
    got = outcomes()
    for lang in ("en", "ja"):
        mine = [o for o in got if o.lang == lang]
        found = [o for o in mine if o.got is not None]
        ok = sum(o.agrees for o in found)
        print(f"{lang}: numbers {len(mine)}, found {len(found)}, measure agrees {ok}/{len(found)}")
    if args.show:
        for o in got:
            mark = "ok " if o.agrees else ("-- " if o.got is None else "XX ")
            print(f"{mark}[{o.style}] {o.quote}: {o.label!r} <- {o.got!r}")


if __name__ == "__main__":
    main()
