"""JRIS on real documents nobody wrote for it: the development corpus in ../shared/dev_corpus/
(40 public texts, English and Japanese, facts and traps labelled before any extractor ran).

Scored as the corpus's README says: a label is found when a fact of the same document overlaps
its quote and its value (or either end of a range) is within 0.5%; value+unit then needs the same
unit (`people` counted as `count` is shown apart); a trap is hit when any fact overlaps it. On
the found labels: measure agreement (the labelled measure's head noun or half its content words
in JRIS's measure; Japanese: a third of its two-character runs), entity (half the labelled
entity's words in JRIS's entity, owner or subject), period and geography. Facts that overlap no label
and no trap are unlabelled: their share is printed and a seeded sample written for a blind judge.

The corpus is split per language by a fixed seed into a half to tune on and a half only to
report; both are printed, for each measure route (the hand grammar, and the dependency parse of
parse_route.py) side by side. Speed: JRIS's sentences per second for each route beside
quantulum3's on the same English sentences, in one run.

Usage: .venv/bin/python -m benchmarks.real_documents [--corpus ../shared/dev_corpus]
       [--sample FILE] [--show-misses] [--langs en ja] [--show-measures] [--show-periods]
       [--show-places] [--all-tune]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from benchmarks.agreement import measure_agrees, place_agrees, place_names
from benchmarks.scoring import read_fixture
from pipelines.extracted.facts import mask_for_facts, sentences
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.parse_route import ROUTES
from pipelines.extracted.structure.text_clean import clean_text
from pipelines.raw.registry import SourceDocument

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "dev_corpus"
SEED = 20261205  # the split: never changed once reported


@dataclass
class Label:
    doc: str
    quote: str
    value: float
    unit: str
    measure: str
    entity: str
    period: tuple[int | None, int | None]
    geography: set[str]
    start: int = -1
    end: int = -1


@dataclass
class Tally:
    labels: int = 0
    found: int = 0
    value_unit: int = 0
    value_unit_people: int = 0
    traps: int = 0
    trap_hits: int = 0
    facts: int = 0
    unlabelled: int = 0
    measure_ok: int = 0
    entity_ok: int = 0
    entity_n: int = 0
    period_ok: int = 0
    geo_ok: int = 0
    geo_n: int = 0
    misses: list[str] = field(default_factory=list)


def _period(text: str) -> tuple[int | None, int | None]:
    years = [int(y) for y in re.findall(r"\d{4}", text or "")]
    return (years[0], years[-1]) if years else (None, None)


def load_labels(folder: Path) -> tuple[list[Label], list[tuple[str, str]]]:
    with (folder / "facts.csv").open(encoding="utf-8") as fh:
        facts = [
            Label(
                r["doc"],
                r["quote"],
                float(r["value"]),
                r["unit"],
                r["measure"],
                r["entity"],
                _period(r["period"]),
                {g.strip() for g in r["geography"].split(";") if g.strip()},
            )  # fmt: skip
            for r in csv.DictReader(fh)
        ]
    with (folder / "traps.csv").open(encoding="utf-8") as fh:
        traps = [(r["doc"], r["quote"]) for r in csv.DictReader(fh)]
    return facts, traps


def split(docs: list[str]) -> tuple[set[str], set[str]]:
    """(tune, report): half of each language's documents, drawn by the fixed seed."""
    order = sorted(docs)
    random.Random(SEED).shuffle(order)
    half = len(order) // 2
    return set(order[:half]), set(order[half:])


def score_document(
    doc: SourceDocument, facts: pd.DataFrame, labels: list[Label], traps: list[str], t: Tally,
    places: dict[str, str], japanese: bool, show: bool, show_measures: bool = False,
    show_periods: bool = False, show_places: bool = False,
) -> list[pd.Series]:  # fmt: skip
    """Tally one document; return its unlabelled facts."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    for label in labels:
        label.start = text.find(label.quote)
        label.end = label.start + len(label.quote)
        spans.append((label.start, label.end))
    trap_spans = []
    for quote in traps:
        at = text.find(quote)
        trap_spans.append((at, at + len(quote)))
    rows = [r for _, r in facts.iterrows()]
    t.facts += len(rows)

    def overlaps(r: pd.Series, a: int, b: int) -> bool:
        return a >= 0 and int(r["char_start"]) < b and int(r["char_end"]) > a

    t.traps += len(trap_spans)
    t.trap_hits += sum(any(overlaps(r, a, b) for r in rows) for a, b in trap_spans)
    if show:
        t.misses += [
            f"  trap hit {doc.doc_id}: {text[a:b]!r} <- {r['value']:g} {r['unit']}"
            for a, b in trap_spans for r in rows if overlaps(r, a, b)
        ]  # fmt: skip
    for label in labels:
        t.labels += 1
        near = [r for r in rows if overlaps(r, label.start, label.end)]
        same = [r for r in near if _close(label.value, r)]
        if not same:
            if show:
                t.misses.append(
                    f"  missed {label.doc}: {label.quote!r} {label.value:g} {label.unit}"
                )
            continue
        t.found += 1
        r = next((x for x in same if x["unit"] == label.unit), same[0])
        t.value_unit += r["unit"] == label.unit
        if show and r["unit"] != label.unit:
            t.misses.append(f"  unit {label.doc}: {label.quote!r} {label.unit} <- {r['unit']}")
        t.value_unit_people += r["unit"] == label.unit or (
            label.unit == "people" and r["unit"] == "count"
        )
        agrees = measure_agrees(label.measure, str(r["measure"] or ""), japanese)
        t.measure_ok += agrees
        if show_measures and not agrees:
            t.misses.append(f"  measure {label.measure!r} <- {r['measure']!r}: {r['sentence']}")
        if label.entity:
            t.entity_n += 1
            got = f"{r.get('entity_id') or ''} {r.get('owner') or ''} {r.get('subject') or ''}"
            t.entity_ok += measure_agrees(label.entity, got, japanese)
        got_period = (_int(r["period_start"]), _int(r["period_end"]))
        t.period_ok += got_period == label.period
        if show_periods and got_period != label.period:
            t.misses.append(
                f"  period {label.period} <- {got_period}: {label.quote!r} {r['sentence']}"
            )
        if label.geography:
            t.geo_n += 1
            got_place = str(r["geography"]) if r["geography"] is not None else ""
            place_ok = place_agrees(got_place, label.geography, places)
            t.geo_ok += place_ok
            if show_places and not place_ok:
                t.misses.append(
                    f"  place {sorted(label.geography)} <- {got_place!r} "
                    f"({r.get('geography_source')}): {label.quote!r} {r['sentence']}"
                )
    return [
        r for r in rows
        if not any(overlaps(r, a, b) for a, b in spans + trap_spans)
    ]  # fmt: skip


def _int(v: object) -> int | None:
    return None if v is None or pd.isna(v) else int(v)  # type: ignore[call-overload]


def _close(value: float, r: pd.Series) -> bool:
    got = [r["value"], r["value_low"], r["value_high"]]
    return any(
        g is not None and not pd.isna(g) and abs(float(g) - value) <= abs(value) * 0.005 + 1e-9
        for g in got
    )


def _line(name: str, t: Tally) -> str:
    def pct(a: int, b: int) -> str:
        return f"{a / b:.2f} ({a}/{b})" if b else "n/a"

    return (
        f"{name:<14} value+unit {pct(t.value_unit, t.labels)}  (people as count "
        f"{pct(t.value_unit_people, t.labels)})  value {pct(t.found, t.labels)}\n"
        f"{'':<14} traps hit {pct(t.trap_hits, t.traps)}  unlabelled facts "
        f"{pct(t.unlabelled, t.facts)}\n"
        f"{'':<14} on found: measure {pct(t.measure_ok, t.found)}  entity "
        f"{pct(t.entity_ok, t.entity_n)}  period {pct(t.period_ok, t.found)}  geography "
        f"{pct(t.geo_ok, t.geo_n)}"
    )


def halves(lang: str, corpus: Path = CORPUS) -> dict[str, Tally]:
    """One language of the development corpus scored on the current route, per half."""
    folder = corpus / lang
    labels, traps = load_labels(folder)
    files = sorted(folder.glob("*.txt"))
    tune, _ = split([p.name for p in files])
    docs = [read_fixture(p) for p in files]
    facts = extract_frames(docs).facts
    tallies, _ = score_halves(
        files, docs, facts, (labels, traps), tune, place_names(), lang == "ja"
    )
    return tallies


def score_halves(
    files: list[Path],
    docs: list[SourceDocument],
    facts: pd.DataFrame,
    gold: tuple[list[Label], list[tuple[str, str]]],
    tune: set[str],
    places: dict[str, str],
    japanese: bool,
    show: tuple[bool, bool, bool, bool] = (False, False, False, False),
) -> tuple[dict[str, Tally], list[tuple[str, pd.Series]]]:
    """Each half's tally, and the facts no label claims; `show` prints the tune half's misses
    (values, measures, periods and places): the report half is seen only through its summary."""
    labels, traps = gold
    tallies = {"tune": Tally(), "report": Tally()}
    unlabelled: list[tuple[str, pd.Series]] = []
    for path, doc in zip(files, docs, strict=True):
        half = "tune" if path.name in tune else "report"
        mine = facts[facts["doc_id"] == doc.doc_id]
        extra = score_document(
            doc, mine, [x for x in labels if x.doc == path.name],
            [q for d, q in traps if d == path.name], tallies[half], places, japanese,
            *(flag and half == "tune" for flag in show),
        )  # fmt: skip
        tallies[half].unlabelled += len(extra)
        unlabelled += [(path.name, r) for r in extra]
    return tallies, unlabelled


def card_lines(corpus: Path = CORPUS) -> list[str]:
    """The development corpus's figures as the release card states them."""
    lines = []
    for lang, name in (("en", "English"), ("ja", "Japanese")):
        for half, t in halves(lang, corpus).items():
            part = "tuned on" if half == "tune" else "held back for reporting"
            lines.append(
                f"facts, real public documents labelled blind ({name}, the half {part}): "
                f"value and unit {t.value_unit}/{t.labels}, numbers that must not be facts "
                f"given as facts {t.trap_hits}/{t.traps}, measure agrees {t.measure_ok}/"
                f"{t.found}, period {t.period_ok}/{t.found}, geography {t.geo_ok}/{t.geo_n}"
            )
    return lines


def number_sentences(doc: SourceDocument) -> list[str]:
    masked = mask_for_facts(doc.text)
    out = [clean_text(doc.text[a:b]) for a, b in sentences(masked, 0, len(masked))]
    return [s for s in out if re.search(r"[0-9０-９]", s)]


def quantulum_seconds(texts: list[str]) -> float:
    from quantulum3 import parser

    started = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for s in texts:
            parser.parse(s)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sample", type=Path, help="write a seeded sample of unlabelled facts here")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--langs", nargs="+", default=["en", "ja"])
    ap.add_argument("--show-measures", action="store_true", help="tune half's measure misses")
    ap.add_argument("--show-periods", action="store_true", help="tune half's period misses")
    ap.add_argument("--show-places", action="store_true", help="tune half's geography misses")
    ap.add_argument(
        "--all-tune", action="store_true",
        help="score every document as tune data (a corpus with no held-back half)",
    )  # fmt: skip
    args = ap.parse_args()
    places = place_names()
    sample: list[str] = []
    for lang in args.langs:
        folder = args.corpus / lang
        labels, traps = load_labels(folder)
        files = sorted(p for p in folder.glob("*.txt"))
        tune, report = split([p.name for p in files])
        if args.all_tune:
            tune = {p.name for p in files}
        docs = [read_fixture(p) for p in files]
        texts = [s for d in docs for s in number_sentences(d)]
        print(f"== {lang}: {len(files)} documents, {len(texts)} sentences with a number")
        for route in ("grammar", "parse"):
            ROUTES[lang] = route
            frames = extract_frames(docs[:1])  # load the pipeline before the clock starts
            started = time.perf_counter()
            frames = extract_frames(docs)
            seconds = time.perf_counter() - started
            tallies, unlabelled = score_halves(
                files, docs, frames.facts, (labels, traps), tune, places, lang == "ja",
                (args.show_misses, args.show_measures, args.show_periods, args.show_places),
            )  # fmt: skip
            source = "the parse" if route == "parse" else "the hand grammar"
            print(f"-- route: {route} (measure from {source})")
            for half, t in tallies.items():
                print(_line(f"{half} half", t))
                for m in t.misses:
                    print(m)
            print(f"speed: JRIS {len(texts) / seconds:,.0f} sentences/s (whole extraction)")
        if lang == "en":
            q = quantulum_seconds(texts)
            print(f"speed: quantulum3 {len(texts) / q:,.0f} sentences/s on the same sentences")
        rng = random.Random(SEED)
        for name, r in rng.sample(unlabelled, min(20, len(unlabelled))):
            sample.append(
                f"{lang}\t{name}\t{r['value']}\t{r['unit']}\t{r['quote']}\t{r['sentence']}"
            )
    if args.sample:
        args.sample.write_text("\n".join(sample) + "\n", encoding="utf-8")
        print(f"a seeded sample of unlabelled facts for a blind judge: {args.sample}")


if __name__ == "__main__":
    main()
