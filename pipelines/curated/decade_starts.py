"""A start a document dates to its year and, elsewhere, only in passing: to its decade (`the
programme started from 1983`, `In 1980s, MITI launched so called Technopolis policy`), read
from the parse (the decade dates a verb of starting, and the name stands in what the verb
started, not in a place beside it: `parks were created in Technopolis locations` dates the
parks); or as the year the entity's counts run since (`Started in 2000`, `156 enterprises ...
since 2000 to 2008`). They agree."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import pandas as pd

from pipelines.curated.comparison_rows import row
from pipelines.curated.event_comparisons import event_stem, start_owners
from pipelines.curated.parsers import curation_rules
from pipelines.extracted.parser import parse_english

if TYPE_CHECKING:
    from spacy.tokens import Token

_DECADE = re.compile(r"\b(?:(early|mid|late)[\s-]+)?((?:1[89]|20)\d0)['’]?s\b", re.IGNORECASE)
_PART = {"early": (0, 4), "mid": (3, 7), "late": (6, 9)}
_ASIDE = ("nsubj", "prep", "conj", "cc", "punct", "advmod", "npadvmod", "mark", "aux")


def decade_starts(sources: pd.DataFrame, facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Each decade a sentence gives a start, against the first passage of the same document
    that dates a start of the thing named to a year of that decade: side b's value is that
    year, which the decade holds, and its period the decade's first year."""
    kinds = set(curation_rules()["comparisons"]["event_groups"]["start"])
    verbs = {v for v, k in curation_rules()["event_reading"]["verbs"].items() if k in kinds}
    starts = sources[sources["kind"].isin(kinds)]
    said = _decade_sentences(facts)
    if said.empty or starts.empty:
        return []
    docs = dict(zip(said["sentence"], parse_english(list(said["sentence"])), strict=True))
    out: list[dict[str, Any]] = []
    for s in said.itertuples():
        for m in _DECADE.finditer(str(s.sentence)):
            started = _started(docs[s.sentence], m.start(2), m.end(), verbs)
            low, high = _years(m)
            doc_starts = starts[(starts["doc_id"] == s.doc_id) & starts["year"].between(low, high)]
            for r in sorted(doc_starts.itertuples(), key=_first):
                words = event_stem(str(r.event))
                if words and started and words <= started:
                    side = _Passage(s.doc_id, int(s.offset) + m.start(), int(s.offset) + m.end(),
                                    m.group())  # fmt: skip
                    note = f"{r.event} {r.kind} in {r.year} ({r.doc_id}); {m.group()} holds it"
                    out.append(row("event_year", "agree", r, side, note, measure=f"year {r.kind}",
                                   unit="year", value=float(r.year), value_b=float(r.year),
                                   period_a=r.year, period_b=low, geography=None))  # fmt: skip
                    break  # the document's first start of it
    return out


def since_starts(sources: pd.DataFrame, facts: pd.DataFrame) -> list[dict[str, Any]]:
    """An entity's counts that run `since` the year the same document dates its start: the
    first start passage (table row first) against the `since` as written, once a sentence."""
    kinds = set(curation_rules()["comparisons"]["event_groups"]["start"])
    owners = start_owners(sources, facts)
    starts = sources.assign(start_owner=owners)[sources["kind"].isin(kinds) & owners.notna()]
    counted = facts[
        (facts["unit"] != "year") & facts["entity_id"].notna() & facts["period_start"].notna()
    ].drop_duplicates(["doc_id", "sentence", "entity_id", "period_start"])
    out: list[dict[str, Any]] = []
    for f in counted.itertuples():
        sentence, year = str(f.sentence), int(f.period_start)
        m = re.search(rf"\bsince\s+{year}\b", sentence)
        at = sentence.find(str(f.quote))
        if m is None or at < 0:
            continue
        start = int(f.char_start) - at + m.start()
        own = starts[
            (starts["doc_id"] == f.doc_id)
            & (starts["start_owner"] == f.entity_id)
            & (starts["year"] == year)
        ]
        first = next(iter(sorted(own.itertuples(), key=_first)), None)
        if first is None or first.char_start <= start < first.char_end:
            continue  # no start of it dated, or the sentence that dates it
        side = _Passage(f.doc_id, start, start + len(m.group()), m.group())
        note = f"{first.event} {first.kind} in {year} ({f.doc_id}); its {f.measure} {m.group()}"
        out.append(row("event_year", "agree", first, side, note, measure=f"year {first.kind}",
                       unit="year", value=float(year), value_b=float(year), period_a=year,
                       period_b=year, geography=None))  # fmt: skip
    return out


def _decade_sentences(facts: pd.DataFrame) -> pd.DataFrame:
    """The sentences facts stand in that give a decade, once each, with where they start."""
    rows = facts[facts["sentence"].map(lambda s: isinstance(s, str) and bool(_DECADE.search(s)))]
    at = [str(s).find(str(q)) for s, q in zip(rows["sentence"], rows["quote"], strict=True)]
    rows = rows.assign(offset=rows["char_start"].astype(int) - pd.Series(at, index=rows.index))
    rows = rows[pd.Series(at, index=rows.index) >= 0]
    return rows.drop_duplicates(["doc_id", "sentence"])[["doc_id", "sentence", "offset"]]


def _years(m: re.Match[str]) -> tuple[int, int]:
    start = int(m.group(2))
    low, high = _PART.get((m.group(1) or "").lower(), (0, 9))
    return start + low, start + high


def _started(doc: Any, start: int, end: int, verbs: set[str]) -> frozenset[str]:
    """The words of what the verb the decade dates started, when it is a verb of starting."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return frozenset()
    verb: Token = span.root
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.lemma_.lower() not in verbs:
        return frozenset()
    aside = {t.i for c in verb.children if c.dep_ in _ASIDE for t in c.subtree}
    return frozenset(t.lower_ for t in verb.subtree if t.i not in aside and t.i != verb.i)


def _first(r: Any) -> tuple[bool, int]:
    return r.source_kind != "table_row", int(r.char_start)


class _Passage:
    """Side b: the decade as written in its document."""

    def __init__(self, doc_id: str, start: int, end: int, text: str) -> None:
        self.doc_id, self.char_start, self.char_end, self.quote = doc_id, start, end, text
        self.fact_id = f"{doc_id}:{start}"  # the row's id, as a fact's
