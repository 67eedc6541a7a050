"""Score fact extraction against the hand-labelled set in tests/labels/facts.yaml, beside quantulum3.

For every labelled passage (a whole block), the facts our extractor reads in it and the
quantities quantulum3 reads in its sentences are matched one-to-one to the labelled facts
by value and unit. Prints precision and recall for value+unit for both, our accuracy of
period, geography and (where labelled) subject on the matched facts, and the throughput of
both, sentence by sentence, measured in the same run.

Usage: .venv/bin/python -m benchmarks.fact_accuracy [--repeat 5] [--seconds 2]
"""

from __future__ import annotations

import argparse
import gc
import math
import time
import warnings
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from benchmarks.format_accuracy import summary as format_summary
from benchmarks.scoring import Gold, Passage, match, prf, score_jris
from pipelines.extracted.facts import facts_in_span, facts_in_text, mask_for_facts, sentences
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.numbers.places import find_places
from pipelines.extracted.structure.text_clean import clean_text
from pipelines.raw.registry import read_corpus

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "tests" / "labels" / "facts.yaml"
YEAR_RANGE = (1800, 2100)


def load_passages() -> tuple[list[Passage], dict[str, str], pd.DataFrame]:
    corpus = read_corpus(REPO / "raw", REPO / "raw" / "registry.yaml")
    texts = {d.doc_id: d.text for d in corpus.documents}
    frames = extract_frames(corpus.documents)
    labels: dict[str, Any] = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    passages = []
    for entry in labels["passages"]:
        doc, text = entry["doc"], texts[entry["doc"]]
        blocks = frames.blocks[
            (frames.blocks["doc_id"] == doc)
            & frames.blocks["quote"].str.contains(entry["find"], regex=False)
        ]
        if len(blocks) != 1:
            raise ValueError(f"{doc}: {entry['find']!r} is in {len(blocks)} blocks, not one")
        block = blocks.iloc[0]
        passage = Passage(doc, int(block["char_start"]), int(block["char_end"]))
        cursor = passage.start
        for fact in entry["facts"]:
            quote, value, unit, p_start, p_end, geo = fact[:6]
            at = text.find(quote, cursor, passage.end)
            if at < 0:
                raise ValueError(
                    f"{doc}: labelled quote {quote!r} not in its passage after {cursor}"
                )
            passage.gold.append(
                Gold(
                    doc,
                    quote,
                    float(value),
                    unit,
                    (p_start, p_end),
                    geo,
                    fact[6] if len(fact) > 6 else None,
                    at,
                    at + len(quote),
                )
            )
            cursor = at + 1
        passages.append(passage)
    return passages, texts, frames.facts


QUANTULUM_UNITS = {
    "dimensionless": "count",
    "percentage": "percent",
    "japanese yen": "JPY",
    "yen": "JPY",
    "united states dollar": "USD",
    "dollar": "USD",
    "pound sterling": "GBP",
    "euro": "EUR",
}


def quantulum_facts(sentence_texts: list[str]) -> list[tuple[float, str]]:
    from quantulum3 import parser

    out = []
    for s in sentence_texts:
        for q in parser.parse(s):
            unit = QUANTULUM_UNITS.get(q.unit.name, q.unit.name)
            value = float(q.value)
            if unit == "count" and value.is_integer() and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
                unit = "year"  # read a bare four-digit number as a year, in quantulum3's favour
            out.append((value, unit))
    return out


def passage_sentences(text: str, passage: Passage) -> list[str]:
    masked = mask_for_facts(text)
    return [clean_text(text[a:b]) for a, b in sentences(masked, passage.start, passage.end)]


def ours_sentence_by_sentence(sentence_texts: list[str]) -> int:
    return sum(len(facts_in_text(s)) for s in sentence_texts)


def ours_whole_text(sentence_texts: list[str]) -> int:
    """Our own mode: one masking and place pass over the text, then every block's sentences."""
    text = "\n\n".join(sentence_texts)
    masked = mask_for_facts(text)
    places = find_places(masked)
    n, pos = 0, 0
    for s in sentence_texts:
        n += len(facts_in_span(text, masked, pos, pos + len(s), places))
        pos += len(s) + 2
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="timed passes, at least")
    parser.add_argument("--seconds", type=float, default=2.0, help="timing, at least")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    passages, texts, facts = load_passages()
    n_gold = sum(len(p.gold) for p in passages)
    ours = score_jris(passages, facts)
    q_pred = q_match = 0
    all_sentences: list[str] = []
    for p in passages:
        sents = passage_sentences(texts[p.doc_id], p)
        all_sentences += sents
        q = quantulum_facts(sents)
        q_pred += len(q)
        q_match += len(match(p.gold, q))
    ours_match, ours_pred = ours.matched, ours.predicted
    period_ok, period_n, geo_ok, geo_n = ours.period_ok, ours.period_n, ours.geo_ok, ours.geo_n
    subj_ok, subj_n, misses = ours.subj_ok, ours.subj_n, ours.differences

    p_ours, r_ours = prf(ours_match, ours_pred, n_gold)
    p_q, r_q = prf(q_match, q_pred, n_gold)
    print(
        f"labelled facts: {n_gold} in {len(passages)} passages of "
        f"{len({p.doc_id for p in passages})} documents"
    )
    print(
        f"JRIS       value+unit precision {p_ours:.3f} recall {r_ours:.3f} "
        f"({ours_match} matched, {ours_pred} extracted)"
    )
    print(
        f"quantulum3 value+unit precision {p_q:.3f} recall {r_q:.3f} ({q_match} matched, {q_pred} extracted)"
    )
    print(
        f"JRIS period accuracy {period_ok}/{period_n} = {period_ok / max(1, period_n):.3f}; "
        f"geography accuracy {geo_ok}/{geo_n} = {geo_ok / max(1, geo_n):.3f}; "
        f"subject accuracy {subj_ok}/{subj_n} = {subj_ok / max(1, subj_n):.3f}"
    )

    # Each extractor has a pass to warm up, then timed passes over all sentences with the garbage
    # collector off, as timeit has it, at least `repeat` of them and for at least `seconds`; it
    # keeps its fastest pass.
    extractors = {"ours": ours_sentence_by_sentence, "whole": ours_whole_text, "q": quantulum_facts}
    best = dict.fromkeys(extractors, math.inf)
    for name, fn in extractors.items():
        fn(all_sentences)
        passes, began = 0, time.perf_counter()
        while passes < args.repeat or time.perf_counter() - began < args.seconds:
            gc.disable()
            try:
                t0 = time.perf_counter()
                fn(all_sentences)
                best[name] = min(best[name], time.perf_counter() - t0)
            finally:
                gc.enable()
            passes += 1
    t_ours, t_whole, t_q = best["ours"], best["whole"], best["q"]
    n = len(all_sentences)
    print(
        f"throughput on the same {n} sentences: quantulum3 one by one {n / t_q:,.0f} sentences/s; "
        f"JRIS one by one {n / t_ours:,.0f} sentences/s ({t_q / t_ours:.1f}x); "
        f"JRIS over the text as the pipeline runs it {n / t_whole:,.0f} sentences/s ({t_q / t_whole:.1f}x)"
    )
    if misses:
        print("differences:")
        print("\n".join(misses))

    print("per format, on documents of our own (benchmarks/format_accuracy.py):")
    for line in format_summary():
        print(f"  {line}")


if __name__ == "__main__":
    main()
