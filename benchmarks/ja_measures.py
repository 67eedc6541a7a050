"""What JRIS says a Japanese number measures, on sentences written for the purpose
(tests/fixtures/ja_measures.yaml: white-paper, plan, minutes and news forms, each with the number
and the measure a careful reader gives it, written before JRIS ran on them). Scored with the
development corpus's Japanese rule, so a fix is judged on Japanese in general, not on the
corpus's documents.

Usage: .venv/bin/python -m benchmarks.ja_measures [--show]
"""

from __future__ import annotations

import argparse
import hashlib
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from benchmarks.agreement import measure_agrees
from pipelines.extracted.frames import extract_frames
from pipelines.raw.registry import SourceDocument

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "ja_measures.yaml"


@dataclass
class Outcome:
    text: str
    quote: str
    label: str
    got: str | None  # None: no fact holds the number

    @property
    def agrees(self) -> bool:
        return self.got is not None and measure_agrees(self.label, self.got, japanese=True)


def document(name: str, lang: str, text: str) -> SourceDocument:
    """A written example as a document of its own."""
    meta = {"title": "example", "language": lang}
    digest = hashlib.sha256(text.encode()).hexdigest()
    return SourceDocument(name, Path(f"{name}.txt"), meta, "inferred", digest,
                          len(text.encode()), text, "utf-8")  # fmt: skip


def measure_at(facts: pd.DataFrame, doc_id: str, text: str, quote: str, value: float) -> str | None:
    """The measure of the fact of `doc_id` that overlaps `quote` in `text` and holds `value`
    (within 0.5%, either end of a range); None when no fact does."""
    a = text.find(quote)
    b = a + len(quote)
    mine = facts[(facts["doc_id"] == doc_id) & (facts["char_start"] < b) & (facts["char_end"] > a)]
    for _, r in mine.iterrows():
        ends = [
            v for v in (r["value"], r["value_low"], r["value_high"]) if v == v and v is not None
        ]
        if any(abs(float(v) - value) <= abs(value) * 0.005 + 1e-9 for v in ends):
            return str(r["measure"] or "")
    return None


def outcomes(fixture: Path = FIXTURE) -> list[Outcome]:
    """Each labelled number with the measure of the fact that overlaps its quote and holds its
    value (within 0.5%, either end of a range); each sentence is a document of its own."""
    items = yaml.safe_load(fixture.read_text(encoding="utf-8"))
    texts = list(dict.fromkeys(x["text"] for x in items))
    docs = [document(f"ja-measure-{i:03d}", "ja", t) for i, t in enumerate(texts)]
    facts = extract_frames(docs).facts
    out = []
    for x in items:
        doc = docs[texts.index(x["text"])]
        got = measure_at(facts, doc.doc_id, x["text"], x["quote"], float(x["value"]))
        out.append(Outcome(x["text"], x["quote"], x["measure"], got))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every disagreement")
    args = ap.parse_args()
    got = outcomes()
    found = [o for o in got if o.got is not None]
    ok = sum(o.agrees for o in found)
    print(f"numbers {len(got)}, found {len(found)}, measure agrees {ok}/{len(found)} "
          f"({ok / max(len(found), 1):.2f}), of all {ok}/{len(got)}")  # fmt: skip
    if args.show:
        for o in got:
            mark = "ok " if o.agrees else ("-- " if o.got is None else "XX ")
            print(f"{mark}{o.quote}: {o.label!r} <- {o.got!r}   {o.text}")


if __name__ == "__main__":
    main()
