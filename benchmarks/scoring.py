"""Matching extracted facts to hand-labelled ones, shared by the fact benchmarks: a test
document read as a file dropped into raw/, labels and passages, one-to-one matches by value
and unit, and precision, recall and the accuracy of period, place and subject on the matched
facts."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipelines.raw.registry import DocEntry, SourceDocument, doc_id_from_filename, read_document


@dataclass
class Gold:
    doc_id: str
    quote: str
    value: float
    unit: str
    period: tuple[int | None, int | None]
    geography: str | None
    subject: str | None
    start: int
    end: int


@dataclass
class Passage:
    doc_id: str
    start: int
    end: int
    gold: list[Gold] = field(default_factory=list)


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def same_unit(gold: str, got: str) -> bool:
    """The same unit, or `people` for a label's `count`: a count of persons is a count (the
    schema's `people`), and the English labels here were written before English facts had it."""
    return got == gold or (gold == "count" and got == "people")


def match(gold: list[Gold], predicted: list[tuple[float, str]]) -> list[tuple[Gold, int]]:
    """One-to-one matches by value and unit, in text order."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for k, (value, unit) in enumerate(predicted):
            if k not in used and same_unit(g.unit, unit) and _same(value, g.value):
                used.add(k)
                pairs.append((g, k))
                break
    return pairs


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float]:
    return (matched / predicted if predicted else 0.0), (matched / gold if gold else 0.0)


@dataclass
class JrisScore:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    period_ok: int = 0
    period_n: int = 0
    geo_ok: int = 0
    geo_n: int = 0
    subj_ok: int = 0
    subj_n: int = 0
    differences: list[str] = field(default_factory=list)


def score_jris(passages: list[Passage], facts: pd.DataFrame) -> JrisScore:
    """Our facts in each labelled passage, matched to the labels; accuracy on the matched ones."""
    s = JrisScore(gold=sum(len(p.gold) for p in passages))
    for p in passages:
        inside = facts[
            (facts["doc_id"] == p.doc_id)
            & (facts["char_start"] >= p.start)
            & (facts["char_end"] <= p.end)
        ].sort_values("char_start")
        predicted = [
            (float(v), str(u)) for v, u in zip(inside["value"], inside["unit"], strict=True)
        ]
        pairs = match(p.gold, predicted)
        s.predicted += len(predicted)
        s.matched += len(pairs)
        matched_rows = {k for _, k in pairs}
        for k, r in enumerate(inside.itertuples()):
            if k not in matched_rows:
                s.differences.append(f"  extra  {p.doc_id}: {r.quote!r} {r.value:g} {r.unit}")
        matched_gold = [g for g, _ in pairs]
        s.differences += [
            f"  missed {p.doc_id}: {g.quote!r} {g.value:g} {g.unit}"
            for g in p.gold
            if g not in matched_gold
        ]
        for g, k in pairs:
            row = inside.iloc[k]
            got_period = (
                None if pd.isna(row["period_start"]) else int(row["period_start"]),
                None if pd.isna(row["period_end"]) else int(row["period_end"]),
            )
            if g.period != (None, None):
                s.period_n += 1
                s.period_ok += got_period == g.period
                if got_period != g.period:
                    s.differences.append(
                        f"  period {p.doc_id}: {g.quote!r} {got_period} != {g.period}"
                    )
            if g.geography is not None:
                s.geo_n += 1
                s.geo_ok += row["geography"] == g.geography
                if row["geography"] != g.geography:
                    s.differences.append(
                        f"  place  {p.doc_id}: {g.quote!r} {row['geography']} != {g.geography}"
                    )
            if g.subject is not None:
                s.subj_n += 1
                s.subj_ok += str(row["subject"] or "").lower() == g.subject.lower()
    return s


def read_fixture(path: Path) -> SourceDocument:
    """A document as `jris` reads a file dropped into raw/ without a registry entry."""
    item = DocEntry(doc_id_from_filename(path.name), path.name, None)
    doc, _ = read_document(item, path.parent, path.parent / "registry.yaml")
    return doc


def read_texts(folder: Path, texts: dict[str, str]) -> list[SourceDocument]:
    """Each text written to `folder` as `<name>.txt` and read back as `read_fixture` reads it."""
    docs = []
    for name, text in texts.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        docs.append(read_fixture(path))
    return docs


def quote_measures(text: str) -> dict[str, str | None]:
    """Each fact's quote in `text` and the measure the parse gives it, read as one passage."""
    from pipelines.extracted.facts import facts_in_text
    from pipelines.extracted.parse_route import parse_measures

    facts = facts_in_text(text)
    parse_measures(text, [(0, len(text), facts)])
    return {text[f.start : f.end]: f.measure for f in facts}
