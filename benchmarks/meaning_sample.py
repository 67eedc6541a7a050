"""What the numbers mean, judged by a reader: a seeded random sample of 50 facts and 30
indicators of the bundled corpus, printed with their source sentences, measure and entity,
scored against the judgements in tests/labels/meanings.yaml (does the measure say what the
number measures, as a researcher would accept it?).

A labelled row whose measure has changed since it was judged is reported as unjudged, not as
accepted: re-judge it (`--draft` prints the rows with their current measures as YAML).

Usage: .venv/bin/python -m benchmarks.meaning_sample [--draft]
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from pipelines.curated.build import build_curated
from pipelines.extracted.frames import extract_frames
from pipelines.raw.registry import read_corpus

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "tests" / "labels" / "meanings.yaml"
SEED = 17
SAMPLE = {"facts": 50, "indicators": 30}
# English documents of our own that the measure grammar was not tuned on: every fact of them
# is judged (the held-out figure beside the bundled corpus's sample).
FIXTURES = REPO / "tests" / "fixtures" / "documents"
HELD_OUT = ("facts_policy_brief.txt", "facts_press_release.md", "formats/cluster_briefing.md",
            "formats/partnership_note.md", "formats/prefecture_table.html",
            "formats/regional_portal.html")  # fmt: skip


def corpus_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The bundled corpus's facts (with their entities) and indicators, as a release has them."""
    corpus = read_corpus(REPO / "raw", REPO / "raw" / "registry.yaml")
    texts = {d.doc_id: d.text for d in corpus.documents}
    fr = extract_frames(corpus.documents)
    curated = build_curated(
        texts, fr.blocks, fr.tables, fr.cells, fr.facts, REPO / "raw" / "curation"
    )
    facts = fr.facts.drop(columns=["entity_id"], errors="ignore").merge(
        _entities_of(fr, texts), on="fact_id", how="left"
    )
    return facts, curated["indicators"]


def held_out_facts() -> pd.DataFrame:
    from benchmarks.scoring import read_fixture

    return extract_frames([read_fixture(FIXTURES / name) for name in HELD_OUT]).facts


def _entities_of(fr: Any, texts: dict[str, str]) -> pd.DataFrame:
    from pipelines.curated.build import in_blocks
    from pipelines.curated.entities import find_mentions
    from pipelines.curated.fact_entities import link_facts

    registry = REPO / "raw" / "curation" / "entities.yaml"
    mentions = in_blocks(find_mentions(registry, texts), fr.blocks)
    linked = link_facts(fr.facts, mentions, fr.blocks, texts, registry)
    return linked[["fact_id", "entity_id"]]


def load_labels() -> dict[str, Any]:
    data: dict[str, Any] = (
        yaml.safe_load(LABELS.read_text(encoding="utf-8")) if LABELS.exists() else {}
    )
    return data


def sample(table: pd.DataFrame, key: str, n: int) -> pd.DataFrame:
    """n rows drawn with a fixed seed from the rows sorted by their (content-derived) ids."""
    ordered = table.sort_values(key).reset_index(drop=True)
    picked = sorted(random.Random(SEED).sample(range(len(ordered)), min(n, len(ordered))))
    return ordered.iloc[picked].reset_index(drop=True)


@dataclass
class Judged:
    accepted: int = 0
    rejected: int = 0
    unjudged: int = 0


def score(rows: pd.DataFrame, key: str, labels: dict[str, Any]) -> tuple[Judged, list[str]]:
    judged, changed = Judged(), []
    for r in rows.itertuples():
        label = labels.get(getattr(r, key))
        measure = None if pd.isna(r.measure) else r.measure
        if label is None or label["measure"] != measure:
            judged.unjudged += 1
            changed.append(f"{getattr(r, key)}: measure {measure!r}, judged {label}")
        elif label["accepted"]:
            judged.accepted += 1
        else:
            judged.rejected += 1
    return judged, changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draft", action="store_true", help="print the sample as YAML to judge")
    args = parser.parse_args()
    facts, indicators = corpus_tables()
    labels = load_labels()
    held = held_out_facts()
    picked = {
        "facts": sample(facts, "fact_id", SAMPLE["facts"]),
        "indicators": sample(indicators, "indicator_id", SAMPLE["indicators"]),
        "held_out": held.assign(entity_id=None),
    }
    sentence_of = dict(zip(facts["fact_id"], facts["sentence"], strict=True))
    sentence_of.update(zip(held["fact_id"], held["sentence"], strict=True))
    for name, rows in picked.items():
        key = "indicator_id" if name == "indicators" else "fact_id"
        if args.draft:
            print(f"{name}:")
            for r in rows.itertuples():
                fid = getattr(r, key)
                m = None if pd.isna(r.measure) else r.measure
                print(f"  {fid}: {{measure: {yaml.safe_dump(m).splitlines()[0]}, accepted: }}")
                print(
                    f"    # {r.quote!r} {r.unit} | entity {r.entity_id} | {sentence_of[fid][:160]}"
                )
            continue
        judged, changed = score(rows, key, labels.get(name, {}))
        print(
            f"{name}: {judged.accepted} of {len(rows)} have a measure a researcher would accept "
            f"({judged.rejected} not, {judged.unjudged} not judged at their current measure)"
        )
        for line in changed:
            print(f"  changed since judged: {line}")


if __name__ == "__main__":
    main()
