"""Score policy_events of the bundled corpus against the blind list of every dated event in the
five sources (tests/labels/events_blind.yaml, written from the texts before any output was seen).

What is scored: each (event, document) pair of policy_event_sources (an event dated by two
documents is scored once in each, since the labels are per document).
A row matches a label when all of these hold:
- same document and same year;
- compatible kind: the same kind, or kinds of one group in KIND_GROUPS (a body `established`
  and a programme `launched` are one kind of start; a law `enacted` and a plan `approved` one
  kind of adoption; a plan `approved` or `launched`; an agreement `signed` or `concluded`),
  or a label of kind `other` (the reader named no kind from the list), which any kind matches;
- the subject: one of the row's names (canonical or as written in any of its sources) and one
  of the label's names (subject or alias, with and without its bracketed parts) share words
  (lower-cased, without `the`, `of`, `and` ...): at least 60% of the shorter name's words and at
  least one word that is no generic head (law, plan, programme ...).
Precision: matched rows / rows, leaving out rows whose passage holds a quote the reader listed
as ambiguous (neither right nor wrong). Recall: labels some row matches / labels.

Usage: .venv/bin/python -m benchmarks.event_accuracy
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "tests" / "labels" / "events_blind.yaml"
KIND_GROUPS = (
    {"launched", "established"},
    {"enacted", "approved"},
    {"launched", "approved"},
    {"approved", "designated"},
    {"signed", "agreement_concluded"},
    {"renamed", "reorganised"},
)
_STOP = {"the", "of", "and", "for", "in", "a", "an", "to", "on", "by", "with", "between", "s"}
_GENERIC = {"law", "plan", "program", "programme", "project", "policy", "agreement", "council",
            "centre", "center", "cluster", "japan", "eu", "japanese", "mou", "memorandum"}  # fmt: skip


def words(name: str) -> set[str]:
    text = unicodedata.normalize("NFKC", name).lower().replace("’", "'")
    text = re.sub(r"[–—‐-]", " ", text)
    return {w for w in re.findall(r"[\w&+]+", text) if w not in _STOP}


def _forms(name: str) -> list[str]:
    bare = re.sub(r"\s*\([^()]*\)", "", name)
    return [name, bare] if bare != name else [name]


def names_match(ours: list[str], theirs: list[str]) -> bool:
    for a in (f for n in ours for f in _forms(n)):
        for b in (f for n in theirs for f in _forms(n)):
            wa, wb = words(a), words(b)
            shared = wa & wb
            short = min(len(wa), len(wb))
            if short and len(shared) >= 0.6 * short and shared - _GENERIC:
                return True
    return False


def kinds_match(ours: str, theirs: str) -> bool:
    return ours == theirs or theirs == "other" or any({ours, theirs} <= g for g in KIND_GROUPS)


def load_labels() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    data = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    return list(data["events"]), list(data.get("ambiguous") or [])


def scored_rows(events: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """One row per (event, document): year and kind of the event, every name it goes by, the
    passages that document dates it in."""
    aliases = events.set_index("event_id")["aliases"].to_dict() if "aliases" in events else {}
    rows = []
    for (event_id, doc), g in sources.groupby(["event_id", "doc_id"]):
        ev = events[events["event_id"] == event_id].iloc[0]
        names = [str(ev["event"]), *map(str, g["event"])]
        extra = aliases.get(event_id)
        if isinstance(extra, str):
            names += extra.split(" | ")
        rows.append(
            {
                "event_id": event_id,
                "doc_id": doc,
                "year": int(ev["year"]),
                "kind": str(ev["kind"]),
                "names": names,
                "quotes": list(map(str, g["quote"])),
            }
        )
    return pd.DataFrame(rows)


@dataclass
class Score:
    rows: int
    judged: int
    right: int
    labels: int
    found: int
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.judged if self.judged else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.labels if self.labels else 0.0


def matches(row: dict[str, Any], label: dict[str, Any]) -> bool:
    return (
        row["doc_id"] == label["doc"]
        and row["year"] == int(label["year"])
        and kinds_match(row["kind"], str(label["kind"]))
        and names_match(row["names"], [label["subject"], *(label.get("aliases") or [])])
    )


def score(events: pd.DataFrame, sources: pd.DataFrame) -> Score:
    labels, ambiguous = load_labels()
    rows = scored_rows(events, sources).to_dict("records")
    right, judged, wrong = 0, 0, []
    for r in rows:
        hit = any(matches(r, lab) for lab in labels)
        unsure = any(
            a["doc"] == r["doc_id"] and any(a["quote"] in q for q in r["quotes"]) for a in ambiguous
        )
        if hit or not unsure:
            judged += 1
            right += hit
            if not hit:
                wrong.append(f"{r['doc_id'][:12]} {r['year']} {r['kind']}: {r['names'][0]}")
    found = [lab for lab in labels if any(matches(r, lab) for r in rows)]
    missed = [
        f"{lab['doc'][:12]} {lab['year']} {lab['kind']}: {lab['subject']}"
        for lab in labels
        if lab not in found
    ]
    return Score(len(rows), judged, right, len(labels), len(found), missed, wrong)


def corpus_events() -> tuple[pd.DataFrame, pd.DataFrame]:
    from benchmarks.comparison_accuracy import corpus_curated

    curated = corpus_curated()
    return curated["policy_events"], curated["policy_event_sources"]


def headline(s: Score) -> str:
    return (
        f"policy_events on the blind list of every dated event of the five sources: precision "
        f"{s.precision:.3f} ({s.right}/{s.judged} (event, document) rows), recall "
        f"{s.recall:.3f} ({s.found}/{s.labels} labelled events)"
    )


def main() -> None:
    s = score(*corpus_events())
    print(headline(s))
    for m in s.missed:
        print(f"  missed: {m}")
    for w in s.wrong:
        print(f"  no label: {w}")


if __name__ == "__main__":
    main()
