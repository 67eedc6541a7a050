"""One happening a sentence dates twice (`in 2017, 26 representatives ... went to Japan in
2016`): two `in <year>` of one verb, with different years, are inconsistent within the
document. Read from the parse: years joined (`in 2014 and 2015`), of two verbs (`started in
2001 and renewed in 2006`) or of a change (`increase from X in 2014 to Y in 2018`) are not
one happening's two dates."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from pipelines.curated.comparison_rows import row
from pipelines.curated.parsers import curation_rules
from pipelines.extracted.parser import parse_english

_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_YEARS = re.compile(r"\b(?:1[89]|20)\d\d\b")


def twice_dated(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Each verb of a fact's sentence dated by two different `in <year>`: the first year against
    the second, as the sentence writes them."""
    said = facts[facts["sentence"].map(lambda s: isinstance(s, str) and _two_years(s))]
    at = [str(s).find(str(q)) for s, q in zip(said["sentence"], said["quote"], strict=True)]
    said = said.assign(offset=said["char_start"].astype(int) - pd.Series(at, index=said.index))
    said = said[pd.Series(at, index=said.index) >= 0].drop_duplicates(["doc_id", "sentence"])
    if said.empty:
        return []
    docs = parse_english(list(said["sentence"]))
    changes = tuple(curation_rules()["comparisons"]["change_words"])
    out: list[dict[str, Any]] = []
    for s, doc in zip(said.itertuples(), docs, strict=True):
        for verb in (t for t in doc if t.pos_ in ("VERB", "AUX")):
            if _tells_change(verb, changes):
                continue  # `increase from X in 2014 to Y in 2018`: two times, by design
            years = [
                p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children if p.dep_ == "pobj" and _YEAR.match(p.text)
            ]  # fmt: skip
            if len({y.text for y in years}) < 2:
                continue
            a, b = (_Year(s.doc_id, int(s.offset) + y.idx, y.text) for y in years[:2])
            note = f"{verb.text} dated {a.quote} and {b.quote} in one sentence ({s.doc_id})"
            out.append(row("dated_twice", "inconsistent_within_document", a, b, note,
                           measure="year", unit="year", value=float(a.quote),
                           value_b=float(b.quote), period_a=int(a.quote),
                           period_b=int(b.quote), geography=None))  # fmt: skip
    return out


def _tells_change(verb: Any, changes: tuple[str, ...]) -> bool:
    """A verb of change, or one with a `from` (a move from one time to another)."""
    froms = any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)
    return froms or verb.lemma_.lower().startswith(changes)


def _two_years(sentence: str) -> bool:
    return len(set(_YEARS.findall(sentence))) > 1


class _Year:
    """A side: a year as the sentence writes it."""

    def __init__(self, doc_id: str, start: int, text: str) -> None:
        self.doc_id, self.char_start, self.char_end, self.quote = (
            doc_id, start, start + len(text), text
        )  # fmt: skip
        self.fact_id = f"{doc_id}:{start}"
        self.measure = self.entity_id = self.geography = None
